// The Excel door with the real engine on seed 002's table.
import { analyzeWorkbook, LEDGER_SHEET, REPORT_SHEET } from '../../src/core';
import { hostOver, seedWorkbook } from './helpers';

const SHEET = '部门整体绩效自评表';

describe('ExcelHost with the engine on seed 002', () => {
  it('recalculates the published table in 2 syncs: rates, budget score, indicator score, total and grade', async () => {
    const { excel } = seedWorkbook();
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    await host.check({});
    const before = excel.syncCount;
    const [checked] = await host.recalc({});
    expect(excel.syncCount - before).toBe(2);
    expect(excel.cell(SHEET, 'I12')).toEqual({ value: 0.143, numberFormat: '0.00%' });
    expect(excel.cell(SHEET, 'I9')).toEqual({ value: 0.2335, numberFormat: '0.00%' });
    // 部门预算总额's empty 预算执行率 filled in as a rate.
    expect(excel.cell(SHEET, 'G17')).toEqual({ value: 1, numberFormat: '0.00%' });
    expect(excel.cell(SHEET, 'I17')?.value).toBe(10);
    expect(excel.cell(SHEET, 'H28')?.value).toBe(2);
    expect(excel.cell(SHEET, 'G4')?.value).toBe(100);
    expect(excel.cell(SHEET, 'G5')?.value).toBe('优');
    expect(checked.analysis.report.findings.find((f) => f.cell === 'I12')?.rule).toBe('rate-mismatch');
    // Everything was fixable, so 校验结果 holds its nine-column header and the line saying nothing is left.
    const report = excel.sheet(REPORT_SHEET);
    expect(report.cells.get('A1')?.value).toBe('序号');
    expect(report.cells.get('I1')?.value).toBe('表中为');
    expect(report.cells.get('J1')).toBeUndefined();
    expect(report.cells.get('A2')?.value).toBe('未发现需要处理的问题');
    expect([...report.cells.keys()].filter((a) => /^[A-Z]+3$/.test(a))).toEqual([]);
  });

  it('never overwrites what a person typed: only the engine\'s derived cells change', async () => {
    const { excel, sheet } = seedWorkbook();
    const typed = new Map([...sheet.cells].map(([k, c]) => [k, { ...c }]));
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    const [checked] = await host.recalc({});
    const written = new Set(checked.analysis.plan.writes.map((w) => w.cell));
    const changed = [...new Set([...typed.keys(), ...excel.sheet(SHEET).cells.keys()])].filter((k) => {
      const a = typed.get(k);
      const b = excel.cell(SHEET, k);
      return a?.value !== b?.value || a?.formula !== b?.formula;
    });
    expect(changed.sort()).toEqual([...written].sort());
    // Amounts, weights and qualitative text stay as typed.
    for (const address of ['D17', 'E17', 'F17', 'H17', 'D8', 'G8', 'G25', 'F25', 'B4']) expect(excel.cell(SHEET, address)?.value).toBe(typed.get(address)?.value);
  });

  it('stays at 2 syncs for a 5,000-row table', async () => {
    const { excel, layout } = seedWorkbook({ rows: 5000 });
    expect(layout.lastRow).toBe(5000);
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    await host.check({});
    const before = excel.syncCount;
    const [checked] = await host.recalc({});
    expect(excel.syncCount - before).toBe(2);
    expect(checked.analysis.plan.writes.length).toBeGreaterThan(1000);
    expect(host.lastRecalc?.written).toBe(checked.analysis.plan.writes.length);
  });

  it('restores the workbook exactly with 撤销本次写入 where Excel cannot group the undo', async () => {
    const { excel } = seedWorkbook({ apiMinor: 19 });
    const original = excel.dump();
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    await host.recalc({});
    expect(excel.cell(SHEET, 'G4')?.value).toBe(100);
    await host.undoLastRecalc();
    expect(excel.dump()).toEqual(original);
  });

  it('clears its marks without deleting a sheet: fills come back, the ledger and 校验结果 are emptied', async () => {
    const { excel, sheet, layout } = seedWorkbook({ rows: 50 });
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    const [checked] = await host.recalc({});
    const marked = checked.analysis.plan.marks;
    expect(marked.length).toBeGreaterThan(0);
    expect(excel.cell(SHEET, marked[0].cell)?.fill).toBe(marked[0].fill);
    expect(JSON.parse(excel.settings.get('jixiao.ledger') as string)[1].slice(0, 2)).toEqual([SHEET, marked[0].cell]);
    await host.clearMarks();
    expect(excel.settings.has('jixiao.ledger')).toBe(false);
    expect(excel.findSheet(LEDGER_SHEET)).toBeUndefined();
    expect(excel.sheet(REPORT_SHEET).cells.size).toBe(0);
    expect(excel.undoStackClearingCalls).toEqual([]);
    expect(excel.cell(SHEET, marked[0].cell)?.fill).toBeUndefined();
    expect(sheet.notes.size).toBe(0);
    expect(layout.lastRow).toBe(50);
  });
});
