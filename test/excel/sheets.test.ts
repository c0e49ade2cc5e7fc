// jixiao's own sheets in Excel: 校验结果 and 修改记录 as src/core/sheets.ts lays them out, their print setup where
// Worksheet.pageLayout exists, undo, and 生成提交版 in place.
import { CHANGE_SHEET, LEDGER_SETTING, LEDGER_SHEET, NOTE_PREFIX, REPORT_SHEET, cellLinkFormula } from '../../src/core';
import { columnPoints } from '../../src/excel/apply';
import { detectCapabilities } from '../../src/excel/capabilities';
import { HostError } from '../../src/excel/errors';
import { hostOver, seedWorkbook } from './helpers';

const SHEET = '部门整体绩效自评表';
const OPTIONS = { profile: 'national' as const };
const COLUMNS = 'ABCDEFGHI'.split('');

describe('校验结果 in Excel', () => {
  it('is bold where it heads, wrapped where it explains, as wide as its layout, fitted, and set up for A4 landscape', async () => {
    const { excel } = seedWorkbook();
    await hostOver(excel).recalc(OPTIONS);
    const report = excel.sheet(REPORT_SHEET);
    const format = (a: string) => report.formats?.get(a) ?? {};
    // The header and the two group lines (rows 2 and 5) are bold; a finding's row is not.
    expect(COLUMNS.map((c) => format(`${c}1`).bold)).toEqual(COLUMNS.map(() => true));
    expect([format('A2').bold, format('A5').bold, format('A3').bold]).toEqual([true, true, undefined]);
    // 规则, 工作表, 说明, 应为, 表中为 wrap on the findings' rows; 序号 and the link do not; a group line does not.
    expect(COLUMNS.map((c) => format(`${c}3`).wrapText ?? false)).toEqual([false, false, true, false, true, false, true, true, true]);
    expect(format('G2').wrapText).toBe(false);
    expect(format('A7').verticalAlignment).toBe('Top');
    // Widths in characters 6 9 18 20 14 9 60 12 12, each (7 px a character + 5 px) at 0.75 pt a pixel.
    expect([...(report.columnWidths ?? new Map()).entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 35.25], [1, 51], [2, 98.25], [3, 108.75], [4, 77.25], [5, 51], [6, 318.75], [7, 66.75], [8, 66.75],
    ]);
    expect(columnPoints(60)).toBe(318.75);
    expect([...(report.autofitRows ?? [])].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(report.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$1:$1' });
  });

  it('is written without print setup where Worksheet.pageLayout is missing (the capability says so)', async () => {
    // The manifest asks for ExcelApi 1.9, which brings pageLayout, and the bundled library is 1.15: the door still
    // asks, and a host or library without it gets the same sheets with Excel's default print setup.
    const { excel } = seedWorkbook();
    const host = hostOver(excel, { capabilities: { ...detectCapabilities(excel, excel.library), pageLayout: false } });
    const before = excel.syncCount;
    await host.recalc(OPTIONS);
    expect(excel.syncCount - before).toBe(3);
    const report = excel.sheet(REPORT_SHEET);
    expect(report.pageLayout).toBeUndefined();
    expect(excel.sheet(CHANGE_SHEET).pageLayout).toBeUndefined();
    expect(report.cells.get('D3')?.value).toBe('rate-mismatch');
    expect(report.merges).toHaveLength(2);
    expect(report.formats?.get('A1')?.bold).toBe(true);
  });

  it('trusting the host alone would fail: the fake refuses Worksheet.pageLayout from a library without it', async () => {
    const { excel } = seedWorkbook({ libraryMinor: 8 });
    const library = excel.library;
    expect(detectCapabilities(excel, library).pageLayout).toBe(false);
    const context = excel.context();
    expect(context.workbook.worksheets.getItem(SHEET).pageLayout).toBeUndefined();
  });

  it('rewrites an older 校验结果 in place, its old group lines unmerged first', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    // The second run finds only the two warnings: one group line, in row 2.
    await host.recalc(OPTIONS);
    expect(excel.sheet(REPORT_SHEET).merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 8 }]);
    expect(excel.sheet(REPORT_SHEET).cells.get('A5')).toBeUndefined();
    expect(excel.sheet(REPORT_SHEET).formats?.get('A5')?.bold).toBeUndefined();
  });
});

describe('修改记录 in Excel', () => {
  it('lists every cell recalc wrote, row for row as the plan says, in the same 2 syncs', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    await host.check(OPTIONS);
    const before = excel.syncCount;
    const [checked] = await host.recalc(OPTIONS);
    expect(excel.syncCount - before).toBe(2);
    const plan = checked.analysis.plan;
    expect(plan.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
    const sheet = excel.sheet(CHANGE_SHEET);
    const at = (a: string) => sheet.cells.get(a);
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => at(a)?.value)).toEqual(['序号', '工作表', '单元格', '原值', '新值', '原因']);
    expect(plan.changeSheet.rows).toHaveLength(2);
    plan.changeSheet.rows.forEach((row, i) => {
      const r = i + 2;
      expect([at(`A${r}`)?.value, at(`B${r}`)?.value, at(`C${r}`)?.value, at(`D${r}`)?.value, at(`E${r}`)?.value, at(`F${r}`)?.value]).toEqual([row.index, row.sheet, row.cell, row.before, row.after, row.why]);
      expect(at(`C${r}`)?.formula).toBe(`=${row.link}`);
    });
    // The rows name the cells written, in the order written, linked to them; a value shown as text stays text.
    expect(at('C2')?.formula).toBe(`=${cellLinkFormula(SHEET, 'I9')}`);
    expect(at('C3')?.formula).toBe(`=${cellLinkFormula(SHEET, 'I12')}`);
    expect(typeof at('D2')?.value).toBe('string');
    expect(at('A4')).toBeUndefined();
    expect(sheet.formats?.get('F2')?.wrapText).toBe(true);
    expect(sheet.formats?.get('A1')?.bold).toBe(true);
    expect(sheet.pageLayout?.orientation).toBe('Landscape');
  });

  it('is not written by a recalculation that writes nothing, nor by 导出校验报告', async () => {
    const { excel } = seedWorkbook();
    await hostOver(excel).exportReport(OPTIONS);
    expect(excel.findSheet(CHANGE_SHEET)).toBeUndefined();
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    const first = JSON.stringify([...excel.sheet(CHANGE_SHEET).cells]);
    const [second] = await host.recalc(OPTIONS);
    expect(second.analysis.plan.writes).toEqual([]);
    expect(JSON.stringify([...excel.sheet(CHANGE_SHEET).cells])).toBe(first);
  });

  it('comes back as the last recalculation found it when 撤销本次写入 undoes the next one', async () => {
    const { excel, sheet } = seedWorkbook({ apiMinor: 19 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    const firstChanges = new Map([...excel.sheet(CHANGE_SHEET).cells].map(([k, c]) => [k, { ...c }]));
    sheet.cells.get('D13')!.value = 4; // 任务 6's budget changed by hand: its rate is recalculated
    await host.recalc(OPTIONS);
    // The second run wrote I13 only: its 修改记录 says so.
    expect(excel.cell(CHANGE_SHEET, 'C2')?.value).toBe('I13');
    expect(excel.cell(CHANGE_SHEET, 'C3')).toBeUndefined();
    await host.undoLastRecalc();
    expect(new Map([...excel.sheet(CHANGE_SHEET).cells].map(([k, c]) => [k, { ...c }]))).toEqual(firstChanges);
  });

  it('goes with the recalculation that added it when that is undone (deleted where Excel keeps no API undo)', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.findSheet(CHANGE_SHEET)).toBeDefined();
    await host.undoLastRecalc();
    expect(excel.findSheet(CHANGE_SHEET)).toBeUndefined();
    expect(excel.findSheet(REPORT_SHEET)).toBeUndefined();
  });
});

describe('生成提交版 in Excel', () => {
  it('restores fills and notes, deletes 校验结果, 修改记录 and the ledger, keeps the values written', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.cells.get('I17')!.fill = 'FFFF00';
    sheet.notes.set('I28', '待科长确认');
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.sheet(SHEET).notes.get('I28')).toMatch(new RegExp(`^${NOTE_PREFIX}`));
    const result = await host.clean();
    expect(result).toEqual({ restored: 2, sheets: [REPORT_SHEET, CHANGE_SHEET] });
    expect(excel.sheets.map((s) => s.name)).toEqual(['封面', SHEET, '说明']);
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFFF00');
    expect(excel.cell(SHEET, 'I28')?.fill).toBeUndefined();
    expect(excel.sheet(SHEET).notes.get('I28')).toBe('待科长确认');
    expect(excel.sheet(SHEET).notes.size).toBe(1);
    // The derived values stay.
    expect(excel.cell(SHEET, 'I12')).toEqual({ value: 0.143, numberFormat: '0.00%' });
    expect(excel.cell(SHEET, 'I9')?.value).toBe(0.2335);
    // No ledger, no record of a recalculation to undo, no layout hint: nothing of jixiao's in the settings.
    expect([...excel.settings.keys()].filter((k) => k.startsWith('jixiao.') && k !== 'jixiao.settings')).toEqual([]);
    expect(host.undoState().available).toBe(false);
    // The pane's next check reads the clean workbook.
    const [checked] = await host.check(OPTIONS);
    expect(checked.analysis.report.writes).toEqual([]);
  });

  it('deletes a very hidden jixiao_marks sheet the CLI or file mode left, with the fills it recorded restored', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.cells.get('I17')!.fill = 'FFC7CE';
    const ledger = excel.addSheet(LEDGER_SHEET, [['sheet', 'cell', 'originalFill', 'originalNote'], [SHEET, 'I17', 'FFFF00', '']]);
    ledger.visibility = 'VeryHidden';
    const result = await hostOver(excel).clean();
    expect(result).toEqual({ restored: 1, sheets: [LEDGER_SHEET] });
    expect(excel.findSheet(LEDGER_SHEET)).toBeUndefined();
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFFF00');
  });

  it('refuses in a workbook whose structure is protected, and changes nothing', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    excel.structureProtected = true;
    const before = excel.dump();
    const error = await host.clean().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('structure-protected');
    expect((error as HostError).message).toBe('工作簿结构受保护，无法删除工作表“校验结果”“修改记录”：请先在“审阅”中撤销工作簿保护，再生成提交版。未做任何修改。');
    expect(excel.dump()).toEqual(before);
  });

  it('in a workbook jixiao never touched, removes nothing and says so', async () => {
    const { excel } = seedWorkbook();
    const before = excel.dump();
    expect(await hostOver(excel).clean()).toEqual({ restored: 0, sheets: [] });
    expect(excel.dump()).toEqual(before);
    expect(excel.settings.has(LEDGER_SETTING)).toBe(false);
  });
});
