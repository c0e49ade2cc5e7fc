// 撤销本次写入 in Excel: only what still holds what the recalculation wrote goes back; what a person changed since stays
// and is listed; the record lives in the workbook, so the pane undoes what the ribbon did.
import { REPORT_SHEET } from '../../src/core';
import { recalcAll } from '../../src/commands/recalc';
import { hostOver, seedWorkbook } from './helpers';

const SHEET = '部门整体绩效自评表';
const OPTIONS = { profile: 'national' as const };

describe('撤销本次写入 after a person changed things', () => {
  it('leaves a derived cell typed over since, lists it, and puts back everything else', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    // The stand-in rewrote 任务 2 and 任务 5's rates: 10.86 ÷ 46.5 = 0.2335, 1.43 ÷ 10 = 0.143.
    expect([excel.cell(SHEET, 'I9')?.value, excel.cell(SHEET, 'I12')?.value]).toEqual([0.2335, 0.143]);
    excel.sheet(SHEET).cells.set('I12', { value: 0.15, numberFormat: '0.00%' }); // the accountant's own figure
    const outcome = await host.undoLastRecalc();
    expect(outcome).toEqual({ restored: 1, kept: [{ sheet: SHEET, cell: 'I12', wrote: 0.143, now: 0.15, formula: null }] });
    expect(excel.cell(SHEET, 'I9')).toEqual({ value: 0.2336, numberFormat: '0.00%' });
    expect(excel.cell(SHEET, 'I12')).toEqual({ value: 0.15, numberFormat: '0.00%' });
    // The marks went (I17 and I28 had no fill or note of their own), and so did the sheet and the record.
    expect([excel.cell(SHEET, 'I17')?.fill, excel.cell(SHEET, 'I28')?.fill]).toEqual([undefined, undefined]);
    expect(excel.sheet(SHEET).notes.size).toBe(0);
    expect(excel.findSheet(REPORT_SHEET)).toBeUndefined();
    expect([...excel.settings.keys()]).toEqual([]);
    expect(host.undoState().available).toBe(false);
  });

  it('a formula typed into a derived cell since is kept and shown with its formula', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    excel.sheet(SHEET).cells.set('I9', { value: 0.2335, formula: '=G9/D9', numberFormat: '0.00%' });
    const { kept } = await host.undoLastRecalc();
    expect(kept).toEqual([{ sheet: SHEET, cell: 'I9', wrote: 0.2335, now: 0.2335, formula: '=G9/D9' }]);
    expect(excel.cell(SHEET, 'I9')?.formula).toBe('=G9/D9');
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.0143);
  });

  it('a fill a person set on a marked cell since is theirs: left, and the mark stays in the ledger', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    excel.sheet(SHEET).cells.get('I17')!.fill = 'FF0000';
    await host.undoLastRecalc();
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FF0000');
    expect(excel.cell(SHEET, 'I28')?.fill).toBeUndefined();
    expect(JSON.parse(excel.settings.get('jixiao.ledger') as string)).toEqual([['sheet', 'cell', 'originalFill', 'originalNote'], [SHEET, 'I17', '', '']]);
  });

  it('keeps a 校验结果 sheet someone wrote into since', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    excel.sheet(REPORT_SHEET).cells.set('J1', { value: '已核对' });
    await host.undoLastRecalc();
    expect(excel.cell(REPORT_SHEET, 'J1')?.value).toBe('已核对');
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.0143);
  });

  it('with no record there is nothing to undo, and nothing is changed', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const original = excel.dump();
    expect(await hostOver(excel).undoLastRecalc()).toEqual({ restored: 0, kept: [] });
    expect(excel.dump()).toEqual(original);
  });
});

describe('the pane and the ribbon agree on the last recalculation', () => {
  it('the pane undoes what 一键重算 wrote: the record is in the workbook, not in the ribbon\'s memory', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const original = excel.dump();
    const ribbon = hostOver(excel, { delayForCellEdit: true, showReportAfterRecalc: true });
    const result = await recalcAll({ completed: () => undefined }, ribbon, () => undefined);
    expect(result.ok).toBe(true);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);
    // A pane opened afterwards, in another runtime: it learns of the record when it reads the workbook.
    const pane = hostOver(excel);
    expect(pane.undoState().available).toBe(false);
    await pane.check(OPTIONS);
    expect(pane.undoState()).toEqual({ available: true, excelUndo: false });
    const outcome = await pane.undoLastRecalc();
    expect(outcome.kept).toEqual([]);
    expect(excel.dump()).toEqual(original);
  });

  it('after the pane recalculated, a second recalculation from the ribbon is the one undone', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const pane = hostOver(excel);
    await pane.recalc(OPTIONS);
    excel.sheet(SHEET).cells.get('D13')!.value = 4; // 任务 6's budget changed: its rate becomes 3.29 ÷ 4 = 0.8225
    const edited = excel.dump() as { settings: Record<string, unknown> };
    await hostOver(excel).recalc(OPTIONS);
    expect(excel.cell(SHEET, 'I13')?.value).toBe(0.8225);
    await pane.undoLastRecalc();
    expect(excel.cell(SHEET, 'I13')?.value).toBe(0.658);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);
    expect(excel.settings.has('jixiao.lastRecalc')).toBe(false);
    expect(excel.settings.get('jixiao.ledger')).toEqual(edited.settings['jixiao.ledger']);
  });
});
