// A host that has never seen the workbook (the ribbon button, no layout hint stored): its first round surveys, with
// the sheet list, the sheets Office.js addresses without a name — the first, the last and the active one — and only
// the others wait for a second round, by name.
import { FakeExcel } from '../fakes/excel';
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

  it('with the table showing: 4 syncs (the vouchers\' values alone take two rounds), no response over 4 MB', async () => {
    const { excel, table } = besideVouchers();
    excel.activeSheetId = table.id;
    const [cold] = await hostOver(excel).recalc(OPTIONS);
    // Round one: the list, the table and the cover whole, 578 voucher rows; rounds two and three: the other
    // 29,423 rows' values (≈ 4.4 MB at their 13.5 bytes a cell: more than one response may carry); the write.
    expect(excel.syncCount).toBe(4);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    // The same writes as on the table alone (seed 002's 任务 2 and 任务 5), nothing written on the vouchers.
    expect(cold.analysis.plan.writes.map((w) => `${w.sheet}!${w.cell}`)).toEqual([`${SHEET}!I9`, `${SHEET}!I12`]);
  });

  it('with the cover showing: 4 syncs (the table, in the middle, is read beside the vouchers\' values), same result', async () => {
    const { excel } = besideVouchers();
    const [cold] = await hostOver(excel).recalc(OPTIONS);
    // Round one: the list, the cover (first and active), 578 voucher rows (last); round two: the table by name and
    // part of the vouchers' values, which need more than one response anyway; round three: their rest; the write.
    expect(excel.syncCount).toBe(4);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(AIM);
    const twin = besideVouchers().excel;
    const [warm] = await warmRecalc(twin);
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
