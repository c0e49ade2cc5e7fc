// Reads within Excel's limits: no response over 4 MB (Excel on the web refuses 5 MB), few round trips.
import { analyzeWorkbook } from '../../src/core';
import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT_BYTES } from '../fakes/excel';
import { addSeed002Sheet } from '../fakes/seed002';
import { addVoucherSheet } from '../fakes/vouchers';
import { hostOver } from './helpers';

const SHEET = '部门整体绩效自评表';
const OPTIONS = { profile: 'national' as const };
const AIM = 4_000_000;

function besideVouchers(rows = 30_000) {
  const excel = new FakeExcel();
  excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  addSeed002Sheet(excel);
  const vouchers = addVoucherSheet(excel, rows);
  return { excel, vouchers };
}

describe('a table beside a 30,000-row × 12-column voucher sheet', () => {
  it('the old single read (values, formats, formulas and fills of every used range) is refused by Excel on the web', async () => {
    const { excel } = besideVouchers();
    const context = excel.context();
    const used = context.workbook.worksheets.getItem('凭证明细').getUsedRange(true);
    used.load('address,values,numberFormat,formulas');
    used.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    const error = (await context.sync().catch((e: unknown) => e)) as FakeOfficeError;
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(excel.responseSizes[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it('recalculates in at most 3 syncs once the pane has read the workbook, no response over 4 MB', async () => {
    const { excel } = besideVouchers();
    const host = hostOver(excel);
    await host.check(OPTIONS);
    const before = excel.syncCount;
    const [checked] = await host.recalc(OPTIONS);
    expect(excel.syncCount - before).toBeLessThanOrEqual(3);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    // The same writes as on the table alone: 任务 2 and 任务 5's rates (seed 002).
    expect(checked.analysis.plan.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);
    // The voucher sheet was read for its values only: every response together is far below what its fills alone
    // would take (30,001 × 12 cells × 53 bytes of fill properties ≈ 19 MB).
    const readBytes = excel.responseSizes.slice(-(excel.syncCount - before)).reduce((n, b) => n + b, 0);
    expect(readBytes).toBeLessThan(30_001 * 12 * 53 / 2);
  });

  it('the ribbon pressed cold after a recalculation plans from the layout hint: at most 3 syncs', async () => {
    const { excel } = besideVouchers();
    await hostOver(excel).recalc(OPTIONS);
    expect(excel.settings.get('jixiao.layout')).toEqual(expect.stringContaining('凭证明细'));
    const before = excel.syncCount;
    await hostOver(excel, { delayForCellEdit: true, showReportAfterRecalc: true }).recalcWithStoredSettings();
    expect(excel.syncCount - before).toBeLessThanOrEqual(3);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
  });

  it('finds and reads in full a table that sits below the vouchers on the same sheet', async () => {
    const { excel, vouchers } = besideVouchers(5_000);
    const table = addSeed002Sheet(excel, '临时');
    // The same table pasted under the voucher list (a large sheet: 5,001 × 12 cells), from row 5,005 on.
    for (const [address, cell] of table.sheet.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      vouchers.cells.set(`${m[1]}${Number(m[2]) + 5_004}`, { ...cell });
    }
    excel.sheets = excel.sheets.filter((s) => s.name !== '临时');
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    await host.check(OPTIONS);
    const [checked] = await host.recalc(OPTIONS);
    const onVouchers = checked.analysis.plan.writes.filter((w) => w.sheet === '凭证明细').map((w) => w.cell);
    // 任务 5's rate is in row 12 of the table: row 5,016 of the voucher sheet.
    expect(onVouchers).toContain('I5016');
    expect(excel.cell('凭证明细', 'I5016')).toEqual({ value: 0.143, numberFormat: '0.00%' });
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
  });
});

describe('many sheets and small budgets', () => {
  it('30 sheets with a table each: 2 syncs once read, every table recalculated', async () => {
    const excel = new FakeExcel();
    for (let i = 1; i <= 30; i++) addSeed002Sheet(excel, `单位${i}`);
    const host = hostOver(excel);
    await host.check(OPTIONS);
    const before = excel.syncCount;
    const [checked] = await host.recalc(OPTIONS);
    expect(excel.syncCount - before).toBe(2);
    // Two rates per table (任务 2 and 任务 5), on each of the 30 sheets.
    expect(checked.analysis.plan.writes).toHaveLength(60);
    expect(excel.cell('单位30', 'I12')?.value).toBe(0.143);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
  });

  it('a 30-sheet workbook read for the first time: its first and last sheet with the list, then the 28 others', async () => {
    const excel = new FakeExcel();
    for (let i = 1; i <= 30; i++) addSeed002Sheet(excel, `单位${i}`);
    const [checked] = await hostOver(excel).check(OPTIONS);
    expect(checked.analysis.report.tables).toHaveLength(30);
    expect(excel.syncCount).toBe(2);
  });

  it('splits a read into as many syncs as a small budget needs, with the same result', async () => {
    const { excel } = besideVouchers(3_000);
    const reference = besideVouchers(3_000).excel;
    const [expected] = await hostOver(reference).check(OPTIONS);
    const host = hostOver(excel, { responseBudget: 150_000 });
    const [checked] = await host.check(OPTIONS);
    expect(checked.analysis.report).toEqual(expected.analysis.report);
    expect(excel.syncCount).toBeGreaterThan(reference.syncCount);
    // Planned to 150 kB from the measured density of each sheet; a few percent over at most.
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(200_000);
  });

  it('plans again at half the size when Excel still refuses a response', async () => {
    const { excel } = besideVouchers();
    const host = hostOver(excel, { responseBudget: 40_000_000 });
    const [checked] = await host.check(OPTIONS);
    expect(checked.analysis.report.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
    // Some responses were refused along the way, then every one that came back fitted.
    expect(excel.responseSizes.some((b) => b > PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(excel.responseSizes.filter((b) => b <= PAYLOAD_LIMIT_BYTES).length).toBeGreaterThan(0);
  });
});

describe('what the values-only used range misses', () => {
  it('a previous mark on a fill-only cell outside the used range gets its own fill back, and undo puts the mark back', async () => {
    const excel = new FakeExcel({ apiMinor: 19 });
    const { sheet } = addSeed002Sheet(excel);
    // A mark left by an earlier run on K60, below and right of everything typed: only its fill is there.
    sheet.cells.set('K60', { value: '', fill: 'FFC7CE' });
    excel.settings.set('jixiao.ledger', JSON.stringify([['sheet', 'cell', 'originalFill', 'originalNote'], [SHEET, 'K60', 'FFFF00', '']]));
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.cell(SHEET, 'K60')?.fill).toBe('FFFF00');
    await host.undoLastRecalc();
    expect(excel.cell(SHEET, 'K60')?.fill).toBe('FFC7CE');
  });
});
