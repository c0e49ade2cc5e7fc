// Office.js round trips per recalculation (contract: syncsPerRecalc50, syncsPerRecalc5000): the Excel host over
// the fake Excel object model (test/fakes), with the real engine, on seed 002's table grown to 50 and 5,000 rows.
// The pane has read the workbook once (as it does when it opens); then one recalculation is counted.
// Also: the same recalculation's wall time in-process (engine + adapter + fake), and the ribbon's cold start.
import { analyzeWorkbook } from '../../src/core';
import { ExcelHost, type ExcelRun } from '../../src/excel/host';
import { FakeExcel, type FakeRequestContext } from '../../test/fakes/excel';
import { addLargeSeed002Sheet } from '../../test/fakes/seed002';
import { round } from '../skip';

function workbook(rows: number): FakeExcel {
  const excel = new FakeExcel({ apiMinor: 20 });
  excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  addLargeSeed002Sheet(excel, rows);
  return excel;
}

function hostFor(excel: FakeExcel): ExcelHost {
  const run: ExcelRun = (batch, options) => excel.run((ctx: FakeRequestContext) => batch(ctx as unknown as Excel.RequestContext), options ?? {});
  return new ExcelHost({ run, capabilities: { notes: true, undoGroup: true }, analyze: analyzeWorkbook });
}

async function measure(rows: number): Promise<{ syncs: number; ms: number; coldSyncs: number }> {
  const excel = workbook(rows);
  const host = hostFor(excel);
  await host.check({});
  const before = excel.syncCount;
  const start = performance.now();
  await host.recalc({});
  const ms = performance.now() - start;
  const syncs = excel.syncCount - before;

  const cold = workbook(rows);
  await hostFor(cold).recalc({});
  return { syncs, ms, coldSyncs: cold.syncCount };
}

export async function run(): Promise<Record<string, number>> {
  const small = await measure(50);
  const large = await measure(5000);
  return {
    syncsPerRecalc50: small.syncs,
    syncsPerRecalc5000: large.syncs,
    syncsPerColdRecalc5000: large.coldSyncs,
    excelFakeRecalcMs50: round(small.ms),
    excelFakeRecalcMs5000: round(large.ms),
  };
}
