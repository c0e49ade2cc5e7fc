// A host that has never seen the workbook (the ribbon button, no layout hint stored): its first round surveys, with
// the sheet list, the sheets Office.js addresses without a name — the first, the last and the active one — and only
// the others wait for a second round, by name.
import { analyzeWorkbook } from '../../src/core';
import { detectCapabilities } from '../../src/excel/capabilities';
import { type FakeCell, FakeExcel, type FakeSheet } from '../fakes/excel';
import { addLargeSeed002Sheet, addSeed002Sheet } from '../fakes/seed002';
import { addVoucherSheet } from '../fakes/vouchers';
import { hostOver, seedWorkbook } from './helpers';

const SHEET = '部门整体绩效自评表';
const OPTIONS = { profile: 'national' as const };
const AIM = 4_000_000;

/** The cover, the table, and `others` sheets of notes after it. */
function workbook(others = 0) {
  const excel = new FakeExcel();
  excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  const { sheet } = addSeed002Sheet(excel);
  for (let i = 1; i <= others; i++) excel.addSheet(`附表${i}`, [[`附表${i}：填报说明`]]);
  return { excel, table: sheet };
}

/** The workbook as a person sees it, and the ledger of marks: the layout hint's measured densities may differ. */
function visible(excel: FakeExcel) {
  const { sheets } = excel.dump() as { sheets: unknown };
  return { sheets, ledger: excel.settings.get('jixiao.ledger') };
}

/** What a host that has read the workbook once (the pane, warm) makes of the same workbook. */
async function warmRecalc(excel: FakeExcel) {
  const host = hostOver(excel);
  await host.check(OPTIONS);
  return host.recalc(OPTIONS);
}

describe('a cold recalculation (the ribbon, nothing known)', () => {
  it('of the cover and the table: 2 syncs (one read, one write), the same writes and workbook as a warm one', async () => {
    const { excel } = workbook();
    const [cold] = await hostOver(excel).recalc(OPTIONS);
    expect(excel.syncCount).toBe(2);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    // Seed 002: 任务 2's rate 0.0514 … and 任务 5's 1.43 ÷ 10 = 0.143 were wrong (I9, I12).
    expect(cold.analysis.plan.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);

    const twin = workbook().excel;
    const [warm] = await warmRecalc(twin);
    expect(cold.analysis.report).toEqual(warm.analysis.report);
    expect(visible(excel)).toEqual(visible(twin));
  });

  it('of three sheets with the table showing (the middle one, active): 2 syncs', async () => {
    const { excel, sheet } = seedWorkbook();
    excel.activeSheetId = sheet.id;
    await hostOver(excel).recalc(OPTIONS);
    expect(excel.syncCount).toBe(2);
  });

  it('of three sheets with the cover showing: the table, in the middle, costs one round more (3 syncs), same result', async () => {
    const { excel } = seedWorkbook();
    const [cold] = await hostOver(excel).recalc(OPTIONS);
    expect(excel.syncCount).toBe(3);
    const [warm] = await warmRecalc(seedWorkbook().excel);
    expect(cold.analysis.report).toEqual(warm.analysis.report);
  });

  it('of a workbook with more sheets than the first round reaches: every sheet read, tables anywhere found', async () => {
    const { excel } = workbook(4);
    // A second table on the third of four appended sheets: neither first, last nor active.
    addSeed002Sheet(excel, '单位2');
    excel.sheets.splice(4, 0, excel.sheets.pop()!);
    expect(excel.sheets.map((s) => s.name)).toEqual(['封面', SHEET, '附表1', '附表2', '单位2', '附表3', '附表4']);
    const [checked] = await hostOver(excel).check(OPTIONS);
    // Round one: the list and 封面 (first, active), 附表4 (last); round two: the five others by name.
    expect(excel.syncCount).toBe(2);
    expect(checked.analysis.report.tables.map((t) => t.sheet)).toEqual([SHEET, '单位2']);
    expect(checked.analysis.report.writes.map((w) => `${w.sheet}!${w.cell}`)).toEqual([`${SHEET}!I9`, `${SHEET}!I12`, '单位2!I9', '单位2!I12']);
  });

  it('of 30 sheets with a table each: 2 read syncs, every table recalculated in the third', async () => {
    const excel = new FakeExcel();
    for (let i = 1; i <= 30; i++) addSeed002Sheet(excel, `单位${i}`);
    const host = hostOver(excel);
    const [checked] = await host.recalc(OPTIONS);
    expect(excel.syncCount).toBe(3);
    // Two rates per table (任务 2 and 任务 5), on each of the 30 sheets.
    expect(checked.analysis.plan.writes).toHaveLength(60);
    expect(excel.cell('单位17', 'I12')?.value).toBe(0.143);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
  });

  it('a sheet renamed between the rounds: the read starts over and finds its table under the new name', async () => {
    const { excel } = workbook(2);
    addSeed002Sheet(excel, '单位2');
    excel.sheets.splice(2, 0, excel.sheets.pop()!);
    // The person renames 单位2 while the add-in waits for its first answer.
    excel.afterSync = (n) => {
      if (n === 1) excel.sheet('单位2').name = '单位二';
    };
    const [checked] = await hostOver(excel).check(OPTIONS);
    expect(checked.analysis.report.tables.map((t) => t.sheet)).toEqual([SHEET, '单位二']);
    // Round one, round two (refused: 单位2 is gone), then the read again from the start: two rounds.
    expect(excel.syncCount).toBe(4);
  });

  it('a sheet deleted between the rounds: read without it', async () => {
    const { excel } = workbook(2);
    addSeed002Sheet(excel, '单位2');
    excel.sheets.splice(2, 0, excel.sheets.pop()!);
    excel.afterSync = (n) => {
      if (n === 1) excel.sheets = excel.sheets.filter((s) => s.name !== '单位2');
    };
    const [checked] = await hostOver(excel).check(OPTIONS);
    expect(checked.analysis.report.tables.map((t) => t.sheet)).toEqual([SHEET]);
    expect(checked.analysis.report.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
  });

  it('a first sheet whose window would run off the grid: planned again without the surveys, read right', async () => {
    const excel = new FakeExcel();
    // The first sheet holds a footer in the sheet's last three rows only: a window of 578 rows from there does not exist.
    const footer = excel.addSheet('页脚');
    for (const row of [1048574, 1048575, 1048576]) footer.cells.set(`A${row}`, { value: '页脚' });
    addSeed002Sheet(excel);
    const [checked] = await hostOver(excel).check(OPTIONS);
    expect(checked.analysis.report.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
    expect(checked.analysis.report.tables.map((t) => t.sheet)).toEqual([SHEET]);
    // Refused; the head alone; both windows by name (refused again); each used range surveyed, then both read.
    expect(excel.responseSizes).toHaveLength(5);
  });
});

describe('a cold recalculation beside a 30,000-row × 12-column voucher sheet', () => {
  function besideVouchers() {
    const excel = new FakeExcel();
    excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
    const { sheet } = addSeed002Sheet(excel);
    addVoucherSheet(excel, 30_000);
    return { excel, table: sheet };
  }

  /** The same recalculation by a host that has read the workbook once, with the real engine. */
  async function warmReal(excel: FakeExcel) {
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    await host.check(OPTIONS);
    return host.recalc(OPTIONS);
  }

  it('with the table showing: 3 syncs (the vouchers told apart by their marked cells), the same as a warm one', async () => {
    const { excel, table } = besideVouchers();
    excel.activeSheetId = table.id;
    const [cold] = await hostOver(excel, { analyze: analyzeWorkbook }).recalc(OPTIONS);
    // Round one: the list, the table and the cover whole, 578 voucher rows, and how many voucher cells hold each
    // mark; round two: those cells' values (科目名称, 项目, 经济分类, 支付…, 一般公共预算), which head no table; the write.
    expect(excel.syncCount).toBe(3);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    // Less than the vouchers' values alone (30,001 × 12 cells at about 13.5 bytes: 4.86 MB) came back in all.
    expect(excel.responseSizes.reduce((n, b) => n + b, 0)).toBeLessThan(4_500_000);
    const twin = besideVouchers();
    twin.excel.activeSheetId = twin.table.id;
    const [warm] = await warmReal(twin.excel);
    expect(cold.analysis.report).toEqual(warm.analysis.report);
    expect(visible(excel)).toEqual(visible(twin.excel));
  });

  it('with the cover showing: 3 syncs (the table, in the middle, read beside the vouchers\' marked cells), the same result', async () => {
    const { excel } = besideVouchers();
    const [cold] = await hostOver(excel, { analyze: analyzeWorkbook }).recalc(OPTIONS);
    expect(excel.syncCount).toBe(3);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    const twin = besideVouchers().excel;
    const [warm] = await warmReal(twin);
    expect(cold.analysis.report).toEqual(warm.analysis.report);
    expect(visible(excel)).toEqual(visible(twin));
  });

  it('without Worksheet.findAllOrNullObject: the vouchers\' values are read, 4 syncs either way, the same result', async () => {
    for (const onTable of [true, false]) {
      const { excel, table } = besideVouchers();
      if (onTable) excel.activeSheetId = table.id;
      const host = hostOver(excel, { analyze: analyzeWorkbook, capabilities: { ...detectCapabilities(excel, excel.library), findAll: false } });
      const [cold] = await host.recalc(OPTIONS);
      // Round one: the anchors; the table by name beside the vouchers' values where the cover shows; their rest; the write.
      expect(excel.syncCount).toBe(4);
      expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
      expect(cold.analysis.plan.writes.map((w) => `${w.sheet}!${w.cell}`)).toEqual(expect.arrayContaining([`${SHEET}!I9`, `${SHEET}!I12`]));
    }
  });

  /** Seed 002's table pasted under the voucher list, from row `from` (1-based) on; `change` may alter each cell. */
  function tableBelow(excel: FakeExcel, vouchers: FakeSheet, from: number, change: (cell: FakeCell, row: number) => FakeCell = (c) => c) {
    const table = addSeed002Sheet(excel, '临时');
    for (const [address, cell] of table.sheet.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const row = Number(m[2]) + from - 1;
      vouchers.cells.set(`${m[1]}${row}`, change({ ...cell }, row));
    }
    excel.sheets = excel.sheets.filter((s) => s.name !== '临时');
    return table.layout;
  }

  /** The table below 30,000 voucher rows (from row 30,005), changed by `change`; the cover showing. */
  function tableUnderVouchers(change?: (cell: FakeCell, row: number) => FakeCell, hide = false) {
    const excel = new FakeExcel();
    excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
    const vouchers = addVoucherSheet(excel, 30_000);
    const layout = tableBelow(excel, vouchers, 30_005, change);
    if (hide) vouchers.hiddenRows = new Set(Array.from({ length: layout.lastRow }, (_, i) => 30_004 + i));
    return excel;
  }

  it.each([
    ['in plain sight: its marked cells head a table, so the vouchers are read whole', undefined, false],
    ['in hidden rows (whether Excel searches them is not documented: the sheet is read whole)', undefined, true],
    [
      'typed as formulas whose text holds no mark (what Excel searches in a formula is not documented: read whole)',
      (cell: FakeCell) => (typeof cell.value === 'string' ? { ...cell, formula: '=Z1' } : cell),
      false,
    ],
  ] as const)('a table below the vouchers, %s: found and recalculated as by a full read', async (_name, change, hide) => {
    const excel = tableUnderVouchers(change, hide);
    const [cold] = await hostOver(excel, { analyze: analyzeWorkbook }).recalc(OPTIONS);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    // 任务 2 and 任务 5's rates: rows 9 and 12 of the table, rows 30,013 and 30,016 of the voucher sheet.
    expect(cold.analysis.plan.writes.filter((w) => w.sheet === '凭证明细').map((w) => w.cell)).toEqual(expect.arrayContaining(['I30013', 'I30016']));
    const twin = tableUnderVouchers(change, hide);
    const [warm] = await warmReal(twin);
    expect(cold.analysis.report).toEqual(warm.analysis.report);
    expect(visible(excel)).toEqual(visible(twin));
  });

  it('a never-seen sheet after the vouchers in tab order: its window is set aside before their values, no response over 4 MB', async () => {
    const build = () => {
      const excel = new FakeExcel();
      addVoucherSheet(excel, 30_000);
      // A 5,000-row table (5,000 × 9 cells, ≈ 3.7 MB in full) between the vouchers (first, active) and a cover (last).
      addLargeSeed002Sheet(excel, 5_000);
      excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
      return excel;
    };
    const excel = build();
    const [cold] = await hostOver(excel).recalc(OPTIONS);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    const twin = build();
    const [warm] = await warmRecalc(twin);
    expect(cold.analysis.report).toEqual(warm.analysis.report);
    expect(visible(excel)).toEqual(visible(twin));
  });
});
