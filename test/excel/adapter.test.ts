import { CHANGE_SHEET, cellLinkFormula, LEDGER_SHEET, REPORT_SHEET, ruleName } from '../../src/core';
import { HostError } from '../../src/excel/errors';
import { NOTE_PREFIX } from '../../src/core';
import { hostOver, seedWorkbook } from './helpers';

const SHEET = '部门整体绩效自评表';
const OPTIONS = { profile: 'national' as const };

describe('ExcelHost over the fake Excel: syncs', () => {
  it.each([50, 5000])('recalculates a %i-row table in 2 syncs once the pane has read the workbook', async (rows) => {
    const { excel, layout } = seedWorkbook({ rows });
    expect(layout.lastRow).toBe(rows);
    const host = hostOver(excel);
    await host.check(OPTIONS);
    const before = excel.syncCount;
    await host.recalc(OPTIONS);
    expect(excel.syncCount - before).toBe(2);
    expect(host.lastRecalc?.syncs).toBe(2);
    // Every repeated 任务 2 and 任务 5 row had its rate rewritten.
    const expected = Array.from({ length: layout.taskCount }, (_, i) => i % 8).filter((k) => k === 1 || k === 4).length;
    expect(host.lastRecalc?.written).toBe(expected);
  });

  it('a recalculation straight after another also takes 2 syncs (the host expects the sheets it added)', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    await host.check(OPTIONS);
    await host.recalc(OPTIONS);
    const before = excel.syncCount;
    await host.recalc(OPTIONS);
    expect(excel.syncCount - before).toBe(2);
  });

  it('costs one round more when the host has never seen the workbook and the table is neither first, last nor active', async () => {
    // 封面 (first, active), the table, 说明 (last): the table waits for the second round, by name.
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.syncCount).toBe(3);
  });

  it('reads a sheet added since the last read with one catch-up sync and finds its table', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    await host.check(OPTIONS);
    excel.addSheet('新表');
    const before = excel.syncCount;
    await host.check(OPTIONS);
    expect(excel.syncCount - before).toBe(2);
  });

  it('recovers when a sheet it knew was deleted', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    await host.check(OPTIONS);
    excel.sheets = excel.sheets.filter((s) => s.name !== '说明');
    const [checked] = await host.check(OPTIONS);
    expect(checked.analysis.report.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
  });
});

describe('ExcelHost over the fake Excel: what is written', () => {
  it('writes the recalculated rates as 0.00% and nothing else in the table', async () => {
    const { excel, sheet } = seedWorkbook();
    const tableBefore = new Map([...sheet.cells].map(([k, c]) => [k, { ...c }]));
    const host = hostOver(excel);
    const [checked] = await host.recalc(OPTIONS);
    expect(checked.analysis.plan.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
    expect(excel.cell(SHEET, 'I12')).toEqual({ value: 0.143, numberFormat: '0.00%' });
    expect(excel.cell(SHEET, 'I9')).toEqual({ value: 0.2335, numberFormat: '0.00%' });
    // Amounts, weights, scores and text a person typed are all as they were.
    for (const [address, cell] of tableBefore) {
      if (address === 'I9' || address === 'I12') continue;
      const now = excel.cell(SHEET, address);
      expect({ address, value: now?.value, formula: now?.formula, numberFormat: now?.numberFormat }).toEqual({ address, value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat });
    }
    expect(excel.cell('封面', 'A1')?.value).toBe('2021 年度部门整体支出绩效自评报告');
  });

  it('marks what remains with Excel\'s Bad/Neutral fills and a note, recording the originals in workbook.settings', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.cells.get('I17')!.fill = 'FFFF00'; // the accountant had highlighted the score herself
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFEB9C');
    expect(excel.cell(SHEET, 'I28')?.fill).toBe('FFEB9C');
    expect(excel.sheet(SHEET).notes.get('I28')).toBe(`${NOTE_PREFIX}\n得分低于分值，须填写未完成原因`);
    expect(JSON.parse(excel.settings.get('jixiao.ledger') as string)).toEqual([
      ['sheet', 'cell', 'originalFill', 'originalNote'],
      [SHEET, 'I17', 'FFFF00', ''],
      [SHEET, 'I28', '', ''],
    ]);
    // No sheet was added for the ledger, and nothing Excel documents as clearing the undo stack was called.
    expect(excel.findSheet(LEDGER_SHEET)).toBeUndefined();
    expect(excel.undoStackClearingCalls).toEqual([]);
  });

  it('keeps using a jixiao_marks sheet the CLI or file mode left, in place and still very hidden', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.cells.get('I17')!.fill = 'FFC7CE'; // marked by the CLI: its original fill was yellow
    const ledger = excel.addSheet(LEDGER_SHEET, [['sheet', 'cell', 'originalFill', 'originalNote'], [SHEET, 'I17', 'FFFF00', ''], [SHEET, 'D8', '', '']]);
    ledger.visibility = 'VeryHidden';
    sheet.cells.get('D8')!.fill = 'FFEB9C';
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.findSheet(LEDGER_SHEET)?.visibility).toBe('VeryHidden');
    expect(excel.cell(LEDGER_SHEET, 'B2')?.value).toBe('I17');
    expect(excel.cell(LEDGER_SHEET, 'C2')?.value).toBe('FFFF00');
    expect(excel.cell(LEDGER_SHEET, 'B3')?.value).toBe('I28');
    expect(excel.settings.has('jixiao.ledger')).toBe(false);
    // D8 is no longer marked: its own (empty) fill is back.
    expect(excel.cell(SHEET, 'D8')?.fill).toBeUndefined();
    await host.clearMarks();
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFFF00');
    expect(excel.findSheet(LEDGER_SHEET)?.cells.size).toBe(0);
    expect(excel.undoStackClearingCalls).toEqual([]);
  });

  it('writes the 校验结果 sheet with a link formula to each cell, grouped by severity', async () => {
    const { excel } = seedWorkbook();
    await hostOver(excel).recalc(OPTIONS);
    const report = excel.sheet(REPORT_SHEET);
    const at = (a: string) => report.cells.get(a);
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1', 'I1'].map((a) => at(a)?.value)).toEqual(['序号', '严重程度', '规则', '编号', '工作表', '单元格', '说明', '应为', '表中为']);
    // The seed holds two wrong rates (I9, I12: errors) and two warnings (I17's score, I28's missing reason): a line
    // heads each group, spanning the nine columns; the findings follow, numbered across the groups.
    expect(at('A2')?.value).toBe('错误 2 处（提交前须改正）');
    expect(at('A5')?.value).toBe('警告 2 处（请核对，必要时改正或说明）');
    expect(report.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 8 }, { top: 4, left: 0, bottom: 4, right: 8 }]);
    expect([at('A3')?.value, at('A4')?.value, at('A6')?.value, at('A7')?.value]).toEqual([1, 2, 3, 4]);
    expect(at('B3')?.value).toBe('错误');
    expect(at('C3')?.value).toBe(ruleName('rate-mismatch', 'zh-CN'));
    expect(at('D3')?.value).toBe('rate-mismatch');
    expect(at('E3')?.value).toBe(SHEET);
    // The link column (F) holds formulas showing the cell's address.
    expect(at('F3')?.formula).toBe(`=${cellLinkFormula(SHEET, 'I9')}`);
    expect(at('F3')?.formula).toMatch(/^=HYPERLINK\("#'部门整体绩效自评表'!I9",/);
    expect(at('F3')?.value).toBe('I9');
    expect(at('F4')?.formula).toBe(`=${cellLinkFormula(SHEET, 'I12')}`);
    expect(at('D6')?.value).toBe('score-mismatch');
    expect(at('D7')?.value).toBe('deviation-unexplained');
    // Text columns stay text: the seed's rate cell shows 0.2335 unformatted, and it is not turned into a number.
    expect(at('H3')?.value).toBe('0.2335');
    expect(at('H3')?.numberFormat).toBe('@');
    expect(report.cells.size).toBeGreaterThan(0);
  });

  it('gives the same cells, fills, notes and ledger when run twice as when run once', async () => {
    const once = seedWorkbook();
    once.sheet.cells.get('I17')!.fill = 'FFFF00';
    await hostOver(once.excel).recalc(OPTIONS);
    const twice = seedWorkbook();
    twice.sheet.cells.get('I17')!.fill = 'FFFF00';
    const host = hostOver(twice.excel);
    await host.recalc(OPTIONS);
    await host.recalc(OPTIONS);
    // 校验结果 lists the findings as read, and the second run reads already-corrected rates.
    const withoutReport = (dump: unknown) => (dump as { sheets: { name: string }[] }).sheets.filter((s) => s.name !== REPORT_SHEET);
    expect(withoutReport(twice.excel.dump())).toEqual(withoutReport(once.excel.dump()));
    // The second run finds no wrong rate: its first group is the warnings, the score of I17 first.
    expect(twice.excel.sheet(REPORT_SHEET).cells.get('A2')?.value).toBe('警告 2 处（请核对，必要时改正或说明）');
    expect(twice.excel.sheet(REPORT_SHEET).cells.get('D3')?.value).toBe('score-mismatch');
    // It wrote nothing, so the 修改记录 of the first run stays (compared above with the one-run workbook's).
    expect(twice.excel.sheet(CHANGE_SHEET).cells.get('C2')?.value).toBe('I9');
  });

  it('keeps a person\'s own note: shown under the mark, restored by 清除标记', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.notes.set('I28', '待科长确认');
    sheet.cells.get('I17')!.fill = 'FFFF00';
    const original = excel.dump();
    const host = hostOver(excel);
    await host.check(OPTIONS);
    const before = excel.syncCount;
    await host.recalc(OPTIONS);
    // A person's note on a table sheet: one extra sync to learn which cells hold notes.
    expect(excel.syncCount - before).toBe(3);
    expect(excel.sheet(SHEET).notes.get('I28')).toBe(`${NOTE_PREFIX}\n得分低于分值，须填写未完成原因\n（原批注）待科长确认`);
    expect(JSON.parse(excel.settings.get('jixiao.ledger') as string)[2]).toEqual([SHEET, 'I28', '', '待科长确认']);
    await host.clearMarks();
    const cleared = excel.dump() as { sheets: { name: string }[] };
    // 清除标记 keeps the 修改记录: the values it lists stay in the table.
    expect(cleared.sheets.map((s) => s.name)).toEqual(['封面', SHEET, '说明', CHANGE_SHEET, REPORT_SHEET]);
    expect(excel.sheet(REPORT_SHEET).cells.size).toBe(0);
    expect(excel.sheet(REPORT_SHEET).merges).toEqual([]);
    expect(excel.sheet(CHANGE_SHEET).cells.get('C2')?.value).toBe('I9');
    // Fills and notes exactly as before; only the two recalculated rates differ.
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFFF00');
    expect(excel.cell(SHEET, 'I28')?.fill).toBeUndefined();
    expect(excel.sheet(SHEET).notes.get('I28')).toBe('待科长确认');
    expect(excel.sheet(SHEET).notes.size).toBe(1);
    const o = original as { sheets: { cells: Record<string, unknown> }[] };
    const c = cleared as unknown as { sheets: { cells: Record<string, unknown> }[] };
    const changed = Object.keys(o.sheets[1].cells).filter((k) => JSON.stringify(o.sheets[1].cells[k]) !== JSON.stringify(c.sheets[1].cells[k]));
    expect(changed).toEqual(['I12', 'I9']);
  });

  it('marks with fills only where Excel has no notes API (before ExcelApi 1.18)', async () => {
    const { excel } = seedWorkbook({ apiMinor: 17 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.cell(SHEET, 'I28')?.fill).toBe('FFEB9C');
    expect(excel.sheet(SHEET).notes.size).toBe(0);
  });
});

describe('ExcelHost over the fake Excel: undo', () => {
  it('asks Excel to merge the recalculation into one undo group where ExcelApi 1.20 exists', async () => {
    const { excel } = seedWorkbook({ apiMinor: 20 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.runs.at(-1)).toEqual({ mergeUndoGroup: true });
    expect(host.undoState()).toEqual({ available: true, excelUndo: true });
  });

  it('elsewhere keeps its own snapshot, and 撤销本次写入 restores the workbook exactly', async () => {
    const { excel, sheet } = seedWorkbook({ apiMinor: 19 });
    sheet.cells.set('I9', { value: '23.36%' }); // a rate typed as text
    sheet.cells.get('I17')!.fill = 'FFFF00';
    sheet.notes.set('I28', '待科长确认');
    excel.addSheet(REPORT_SHEET, [['旧的校验结果'], ['=1+1']]);
    const original = excel.dump();
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.runs.at(-1)).toEqual({});
    expect(host.undoState()).toEqual({ available: true, excelUndo: false });
    expect(excel.dump()).not.toEqual(original);
    await host.undoLastRecalc();
    expect(excel.dump()).toEqual(original);
    expect(excel.cell(SHEET, 'I9')).toEqual({ value: '23.36%' });
    expect(host.undoState().available).toBe(false);
  });

  it('falls back to its own record when Excel cannot group the batch into one undo step', async () => {
    const { excel } = seedWorkbook({ apiMinor: 20 });
    excel.refuseUndoGroup = true;
    const original = excel.dump() as { sheets: unknown[] };
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.runs.map((r) => r.mergeUndoGroup ?? false)).toEqual([true, false]);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);
    expect(host.undoState()).toEqual({ available: true, excelUndo: false });
    await host.undoLastRecalc();
    // ExcelApi 1.20 keeps API changes on Excel's undo stack, which Worksheet.delete would clear: the 校验结果 sheet the
    // and 修改记录 sheets the recalculation added are emptied instead of deleted. Everything else is as it was.
    const after = excel.dump() as { sheets: { name: string }[] };
    expect(excel.sheet(REPORT_SHEET).cells.size).toBe(0);
    expect(excel.sheet(CHANGE_SHEET).cells.size).toBe(0);
    expect(excel.sheet(REPORT_SHEET).merges).toEqual([]);
    expect({ ...after, sheets: after.sheets.filter((s) => s.name !== REPORT_SHEET && s.name !== CHANGE_SHEET) }).toEqual(original);
    expect(excel.undoStackClearingCalls).toEqual([]);
  });

  it('undo after a second recalculation goes back to the first one\'s result', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    const afterFirst = excel.dump();
    excel.sheet(SHEET).cells.get('D13')!.value = 4; // 任务 6 budget changed by hand → its rate is recalculated
    const edited = excel.dump();
    await host.recalc(OPTIONS);
    expect(excel.cell(SHEET, 'I13')?.value).toBe(0.8225);
    await host.undoLastRecalc();
    // One level of undo: the first recalculation's record went with the second one.
    const withoutRecord = (dump: unknown) => {
      const d = dump as { settings: Record<string, unknown> };
      const { 'jixiao.lastRecalc': _record, ...settings } = d.settings;
      return { ...d, settings };
    };
    expect(withoutRecord(excel.dump())).toEqual(withoutRecord(edited));
    expect(excel.settings.has('jixiao.lastRecalc')).toBe(false);
    expect(edited).not.toEqual(afterFirst);
  });
});

describe('ExcelHost over the fake Excel: refusals', () => {
  it('writes nothing to a protected sheet and says why in zh-CN', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.protected = true;
    const original = excel.dump();
    const host = hostOver(excel);
    const error = await host.recalc(OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('protected');
    expect((error as HostError).message).toBe(`工作表“${SHEET}”受保护，无法写入计算结果和标记：请先在“审阅”中撤销工作表保护后再重算。未写入任何内容。`);
    expect(excel.dump()).toEqual(original);
  });

  it('writes nothing while a cell is being edited', async () => {
    const { excel } = seedWorkbook();
    const original = excel.dump();
    excel.cellEditMode = true;
    const host = hostOver(excel);
    const error = (await host.recalc(OPTIONS).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('cell-edit');
    expect(error.message).toContain('单元格编辑状态');
    expect(excel.dump()).toEqual(original);
  });

  it('refuses to add 校验结果 to a workbook whose structure is protected', async () => {
    const { excel } = seedWorkbook();
    excel.structureProtected = true;
    const original = excel.dump();
    const error = (await hostOver(excel).recalc(OPTIONS).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe('structure-protected');
    expect(excel.dump()).toEqual(original);
  });
});

describe('ExcelHost over the fake Excel: the rest of the Host', () => {
  it('selects a finding\'s cell on its sheet', async () => {
    const { excel } = seedWorkbook();
    await hostOver(excel).select('当前工作簿', SHEET, 'I12');
    expect(excel.selection).toEqual({ sheet: SHEET, address: 'I12' });
    expect(excel.activeSheetId).toBe(excel.sheet(SHEET).id);
  });

  it('keeps settings in workbook.settings', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel);
    expect(await host.loadSettings()).toEqual({ profile: 'national', gradeBands: '90=优,80=良,60=中,0=差', ignores: [] });
    const settings = { profile: 'yitihua' as const, gradeBands: '85=优秀,75=良好,60=一般,0=较差', ignores: [{ rule: 'rate-mismatch' as const, sheet: SHEET, cell: 'I12', reason: '财政局口径' }] };
    await host.saveSettings(settings);
    expect(JSON.parse(excel.settings.get('jixiao.settings') as string).ignores[0].reason).toBe('财政局口径');
    expect(await hostOver(excel).loadSettings()).toEqual(settings);
  });

  it('exports only the 校验结果 sheet and shows it', async () => {
    const { excel, sheet } = seedWorkbook();
    const before = new Map([...sheet.cells].map(([k, c]) => [k, { ...c }]));
    const { rows } = await hostOver(excel).exportReport(OPTIONS);
    expect(rows).toBe(4);
    expect(excel.activeSheetId).toBe(excel.sheet(REPORT_SHEET).id);
    // Row 2 heads the errors; I9's row is 3, I12's row 4; the link column is F.
    expect(excel.sheet(REPORT_SHEET).cells.get('F4')?.formula).toBe(`=${cellLinkFormula(SHEET, 'I12')}`);
    // Export writes no 修改记录: nothing was recalculated.
    expect(excel.findSheet(CHANGE_SHEET)).toBeUndefined();
    expect(new Map([...sheet.cells].map(([k, c]) => [k, { ...c }]))).toEqual(before);
  });
});
