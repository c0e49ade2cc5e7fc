// The WPS door over the fake ET object model (test/fakes/wps.ts), with the real engine, on seed 002's table as
// published (test/fixtures/seed002.ts) laid out with its labels merged.
import { LEDGER_SHEET, NOTE_PREFIX, REPORT_SHEET } from '../../src/core';
import { readWorkbook } from '../../src/wps/read';
import type { EtApplication } from '../../src/wps/et';
import { STATE_SHEET } from '../../src/wps/state';
import { ERROR_CODES, rgbToBgr } from '../fakes/wps';
import { hostOver, seed002Workbook, SHEET } from './helpers';

const value = (wps: ReturnType<typeof seed002Workbook>, cell: string) => wps.cell(SHEET, cell)?.value;

describe('reading through the ET object model', () => {
  it('sees seed 002 as the engine does: the five slips and the number-as-text notes', async () => {
    const wps = seed002Workbook();
    const [checked] = await hostOver(wps).check({});
    const slips = checked.analysis.report.findings.filter((f) => f.rule !== 'number-as-text').map((f) => `${f.rule}@${f.cell}`);
    expect(slips.sort()).toEqual(['rate-mismatch@D48', 'rate-mismatch@I10', 'rate-rounding@I7', 'score-mismatch@H26', 'score-mismatch@I15'].sort());
    // "90%" typed as text in 度量单位/实际完成值 (F25, F26 …) stays text through Value2.
    expect(checked.analysis.report.findings.filter((f) => f.rule === 'number-as-text').map((f) => f.cell)).toEqual(['F25', 'F26', 'F28', 'F29', 'F40', 'F41', 'F44']);
    expect(checked.name).toBe('部门整体绩效自评表.xlsx');
  });

  it('reads merged areas by halving regions, and number formats of the numbers only', () => {
    const wps = seed002Workbook();
    const read = readWorkbook(wps.Application as unknown as EtApplication);
    const sheet = read.sheets.find((s) => s.name === SHEET)!;
    expect([...sheet.merges].sort()).toEqual(
      ['A2:A3', 'B2:E3', 'A5:A13', 'A14:A19', 'B15:C15', 'A21:A39', 'B21:B23', 'B24:B35', 'B36:B39', 'A40:A41', 'A42:A44', 'B42:B43', 'A46:D46', 'B4:E4'].sort(),
    );
    // I6 (任务1 51.78%) and D48 (99%) carry their formats; the text beside them none.
    expect(sheet.formats[5][8]).toBe('0.00%');
    expect(sheet.formats[47][3]).toBe('0%');
    expect(sheet.formats[5][1]).toBeNull();
  });

  it('turns error values (CVErr numbers) back into their text', () => {
    const wps = seed002Workbook();
    wps.sheet(SHEET).cells.set('I9', { error: '#DIV/0!', formula: '=G9/D9' });
    expect(ERROR_CODES['#DIV/0!']).toBe(-2146826281);
    const read = readWorkbook(wps.Application as unknown as EtApplication);
    const sheet = read.sheets.find((s) => s.name === SHEET)!;
    expect(sheet.values[8][8]).toBe('#DIV/0!');
    expect(sheet.formulas[8][8]).toBe('=G9/D9');
  });

  it('says in Chinese when no workbook is open', async () => {
    const wps = seed002Workbook();
    wps.noWorkbook = true;
    await expect(hostOver(wps).check({})).rejects.toThrow('没有打开的工作簿');
  });
});

describe('一键重算 over the fake WPS', () => {
  it('writes the derived cells of seed 002 and nothing a person typed', async () => {
    const wps = seed002Workbook();
    const before = JSON.parse(JSON.stringify(wps.dump())) as { name: string; cells: Record<string, { value?: unknown }> }[];
    await hostOver(wps).recalc({});
    // 1.43 ÷ 10 = 14.30%; budget 1125.54 ÷ 1125.54 = 100% → 10 of 10; 预算执行率 90% met → 2 of 2;
    // 投入管理 2·9 + 2 = 20, total 10 + 20 + 40 + 30 = 100; summary 预算执行 10 ÷ 10 = 100%.
    expect([value(wps, 'I10'), value(wps, 'I15'), value(wps, 'H26'), value(wps, 'G2'), value(wps, 'C48'), value(wps, 'D48'), value(wps, 'C52')]).toEqual([0.143, 10, 2, 100, 10, 1, 100]);
    const written = new Set(['I7', 'I10', 'G15', 'G16', 'G18', 'G19', 'I15', 'H26', 'G2', 'C48', 'D48', 'C49', 'D49', 'C52', 'D52']);
    const table = before.find((s) => s.name === SHEET)!;
    const unchanged = Object.entries(table.cells).filter(([a]) => !written.has(a));
    expect(unchanged.length).toBeGreaterThan(250);
    for (const [address, cell] of unchanged) expect({ address, value: wps.cell(SHEET, address)?.value }).toEqual({ address, value: cell.value });
  });

  it('lists what remains on 校验结果 with links, and notes each marked cell, recorded in the hidden ledger', async () => {
    const wps = seed002Workbook();
    await hostOver(wps).recalc({});
    const report = wps.sheet(REPORT_SHEET);
    expect(report.cells.get('A1')?.value).toBe('序号');
    expect(report.cells.get('I1')?.value).toBe('表中为');
    // Every slip in seed 002 is fixable: what remains are the seven numbers typed as text (提示, docs/rules.md), one
    // group under its line (row 2, merged across the nine columns), each row linked from column F.
    expect(report.cells.get('A2')?.value).toBe('提示 7 处（供参考）');
    expect(report.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 8 }]);
    const links = ['F25', 'F26', 'F28', 'F29', 'F40', 'F41', 'F44'];
    links.forEach((cell, i) => {
      expect(report.cells.get(`F${i + 3}`)?.formula).toBe(`=HYPERLINK("#'部门整体绩效自评表'!${cell}","${cell}")`);
      expect(report.cells.get(`D${i + 3}`)?.value).toBe('number-as-text');
    });
    expect(report.cells.get('A10')).toBeUndefined();
    expect(wps.sheet(LEDGER_SHEET).visible).toBe(2);
    const note = wps.sheet(SHEET).comments.get('F25');
    expect(note?.startsWith(NOTE_PREFIX)).toBe(true);
    // The person stays on the table: WPS activated each sheet it added, the door brought the table back.
    expect(wps.activeSheet?.name).toBe(SHEET);
  });

  it('writes nothing the second time', async () => {
    const wps = seed002Workbook();
    const host = hostOver(wps);
    await host.recalc({});
    const once = JSON.stringify(wps.dump());
    const [again] = await host.recalc({});
    expect(again.analysis.plan.writes).toEqual([]);
    expect(JSON.stringify(wps.dump())).toBe(once);
    expect(host.lastRecalc).toMatchObject({ written: 0 });
  });

  it('refuses a protected sheet in Chinese and changes nothing', async () => {
    const wps = seed002Workbook();
    wps.sheet(SHEET).protectContents = true;
    const before = JSON.stringify(wps.dump());
    await expect(hostOver(wps).recalc({})).rejects.toThrow('工作表“部门整体绩效自评表”受保护，无法写入计算结果和标记：请先在“审阅”中撤销工作表保护后再重算。未写入任何内容。');
    expect(JSON.stringify(wps.dump())).toBe(before);
  });

  it('refuses to add 校验结果 to a structure-protected workbook, changing nothing', async () => {
    const wps = seed002Workbook();
    wps.protectStructure = true;
    const before = JSON.stringify(wps.dump());
    await expect(hostOver(wps).recalc({})).rejects.toThrow('工作簿结构受保护');
    expect(JSON.stringify(wps.dump())).toBe(before);
  });

  it('brings 校验结果 forward when asked (the ribbon)', async () => {
    const wps = seed002Workbook();
    await hostOver(wps, { showReportAfterRecalc: true }).recalcWithStoredSettings();
    expect(wps.activeSheet?.name).toBe(REPORT_SHEET);
    expect(wps.selection).toEqual({ sheet: REPORT_SHEET, address: 'A1' });
  });
});

describe('marks on cells a person had filled or noted', () => {
  // Task 8's 预算执行数 typed as 16.97 of 15: over budget, which no recalculation can fix, so it stays marked.
  function overBudget() {
    const wps = seed002Workbook();
    wps.sheet(SHEET).cells.set('G13', { value: 16.97, color: rgbToBgr('FFFF00') });
    wps.sheet(SHEET).comments.set('G13', '财务科：待核对');
    return wps;
  }

  it('marks with Excel\'s colours as BGR numbers and keeps the person\'s fill and note in the ledger', async () => {
    const wps = overBudget();
    const [checked] = await hostOver(wps).recalc({});
    const mark = checked.analysis.plan.marks.find((m) => m.cell === 'G13');
    expect(mark?.fill).not.toBeNull();
    // FFC7CE (errors) is RGB(255, 199, 206) = 255 + 199·256 + 206·65536 = 13551615; FFEB9C (warnings) 10284031.
    expect(wps.cell(SHEET, 'G13')?.color).toBe(mark!.fill === 'FFC7CE' ? 13551615 : 10284031);
    const comment = wps.sheet(SHEET).comments.get('G13')!;
    expect(comment.startsWith(NOTE_PREFIX)).toBe(true);
    expect(comment.endsWith('（原批注）财务科：待核对')).toBe(true);
    const ledger = wps.sheet(LEDGER_SHEET).cells;
    const rowOf = [...ledger.entries()].find(([a, c]) => a.startsWith('B') && c.value === 'G13')![0].slice(1);
    expect([ledger.get(`C${rowOf}`)?.value, ledger.get(`D${rowOf}`)?.value]).toEqual(['FFFF00', '财务科：待核对']);
  });

  it('清除标记 gives back the fill and the note exactly, and empties 校验结果', async () => {
    const wps = overBudget();
    const host = hostOver(wps);
    await host.recalc({});
    await host.clearMarks();
    expect(wps.cell(SHEET, 'G13')?.color).toBe(rgbToBgr('FFFF00'));
    expect(wps.sheet(SHEET).comments.get('G13')).toBe('财务科：待核对');
    expect([...wps.sheet(SHEET).comments.keys()]).toEqual(['G13']);
    expect(wps.sheet(REPORT_SHEET).cells.size).toBe(0);
  });

  it('生成提交版 removes marks, 校验结果 and the ledger, keeps the derived values, asks no confirmation', async () => {
    const wps = overBudget();
    const host = hostOver(wps);
    await host.recalc({});
    await host.clean();
    expect(wps.sheets.map((s) => s.name)).toEqual(['封面', SHEET, '说明']);
    expect(value(wps, 'I10')).toBe(0.143);
    expect(wps.cell(SHEET, 'G13')?.color).toBe(rgbToBgr('FFFF00'));
    expect([...wps.sheet(SHEET).comments.entries()]).toEqual([['G13', '财务科：待核对']]);
    expect(wps.deletePrompts).toEqual([]);
    expect(wps.displayAlerts).toBe(true);
  });
});

describe('撤销本次写入 (safe undo, kept in the workbook)', () => {
  it('restores the cells still as written, leaves and lists the ones changed since, from another session', async () => {
    const wps = seed002Workbook();
    await hostOver(wps).recalc({});
    expect(wps.sheets.find((s) => s.name === STATE_SHEET)?.visible).toBe(2);
    // The person then types 8 into the budget score I15 the recalculation had set to 10.
    wps.sheet(SHEET).cells.set('I15', { value: 8 });
    // WPS was closed and opened again: a new host, nothing in memory.
    const later = hostOver(wps);
    await later.loadSettings();
    expect(later.undoState()).toEqual({ available: true, excelUndo: false });
    const result = await later.undoLastRecalc();
    expect(result.kept).toEqual([{ sheet: SHEET, cell: 'I15' }]);
    expect(value(wps, 'I10')).toBe(0.0143);
    expect(value(wps, 'H26')).toBe(1);
    expect(value(wps, 'G2')).toBe(98);
    expect(value(wps, 'I15')).toBe(8);
    // G15 (部门预算总额 预算执行率) was blank before: blank again.
    expect(value(wps, 'G15')).toBeUndefined();
    expect([...wps.sheet(SHEET).comments.keys()]).toEqual([]);
    expect(later.undoState().available).toBe(false);
  });
});

describe('settings', () => {
  it('are kept in the workbook and read by the next session', async () => {
    const wps = seed002Workbook();
    const settings = { profile: 'yitihua' as const, gradeBands: '85=优秀,75=良好,60=一般,0=较差', ignores: [{ rule: 'rate-rounding' as const, sheet: SHEET, cell: 'I7', reason: '按财政局口径保留' }] };
    await hostOver(wps).saveSettings(settings);
    expect(await hostOver(wps).loadSettings()).toEqual(settings);
  });
});

describe('a sheet whose used range a stray fill stretches to the last cell', () => {
  it('reads only the cells holding values (found with Find), and says so in Chinese when even they are too far apart', async () => {
    const wps = seed002Workbook();
    // Someone filled XFD1048576: UsedRange is now A1:XFD1048576, 17 billion cells.
    wps.sheet(SHEET).cells.set('XFD1048576', { color: rgbToBgr('FFFF00') });
    const [checked] = await hostOver(wps).check({});
    expect(checked.analysis.report.tables.map((t) => t.range)).toEqual(['A1:I52']);
    wps.sheet(SHEET).cells.set('XFD1048576', { value: 'x' });
    await expect(hostOver(wps).check({})).rejects.toThrow('工作表“部门整体绩效自评表”的内容分布在 A1:XFD1048576 这样大的范围里，无法一次读入');
  });
});

describe('定位', () => {
  it('activates the sheet and selects the cell without reading the workbook', async () => {
    const wps = seed002Workbook();
    wps.activeSheet = wps.sheet('封面');
    const before = wps.calls;
    await hostOver(wps).select('', SHEET, 'I10');
    expect(wps.selection).toEqual({ sheet: SHEET, address: 'I10' });
    // ActiveWorkbook, Worksheets, Item, Activate, Range, Select.
    expect(wps.calls - before).toBe(6);
  });
});
