// Office.js round trips per recalculation (contract: syncsPerRecalc50, syncsPerRecalc5000, syncsPerRecalcLargeWorkbook)
// and the largest response one sync needs (maxSyncResponseBytes, as the fake measures it; Excel on the web refuses
// more than 5 MB): the Excel host over the fake Excel object model (test/fakes), with the real engine, on seed 002's
// table grown to 50 and 5,000 rows, and on the table beside a 30,000-row × 12-column voucher sheet.
// "Warm": the pane has read the workbook once (as it does when it opens), then one recalculation is counted.
// "Cold": a host that has never seen the workbook (the ribbon button) recalculates, the workbook showing its first
// sheet (the cover); "OnTable" the same pressed with the table's sheet showing; "hinted" is the same after a previous
// recalculation left its layout hint in the workbook.
import { analyzeWorkbook } from '../../src/core';
import { detectCapabilities } from '../../src/excel/capabilities';
import { ExcelHost, type ExcelRun } from '../../src/excel/host';
import { FakeExcel, type FakeRequestContext } from '../../test/fakes/excel';
import { addLargeSeed002Sheet } from '../../test/fakes/seed002';
import { addVoucherSheet } from '../../test/fakes/vouchers';
import { round } from '../skip';

function workbook(rows: number, vouchers: number, onTable = false): FakeExcel {
  const excel = new FakeExcel({ apiMinor: 20, platform: 'web' });
  excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  const { sheet } = addLargeSeed002Sheet(excel, rows);
  if (vouchers) addVoucherSheet(excel, vouchers);
  if (onTable) excel.activeSheetId = sheet.id;
  return excel;
}

function hostFor(excel: FakeExcel): ExcelHost {
  const run: ExcelRun = (batch, options) => excel.run((ctx: FakeRequestContext) => batch(ctx as unknown as Excel.RequestContext), options ?? {});
  return new ExcelHost({ run, capabilities: detectCapabilities(excel, excel.library), documentSettings: excel.documentSettings(), analyze: analyzeWorkbook });
}

interface Measured {
  syncs: number;
  ms: number;
  coldSyncs: number;
  coldOnTableSyncs: number;
  hintedSyncs: number;
  maxBytes: number;
}

async function measure(rows: number, vouchers = 0): Promise<Measured> {
  const excel = workbook(rows, vouchers);
  const host = hostFor(excel);
  await host.check({});
  const before = excel.syncCount;
  const start = performance.now();
  await host.recalc({});
  const ms = performance.now() - start;
  const syncs = excel.syncCount - before;

  const cold = workbook(rows, vouchers);
  await hostFor(cold).recalc({});
  // The recalculation left its layout hint: a second cold host (the ribbon pressed again) plans from it.
  const hintedBefore = cold.syncCount;
  await hostFor(cold).recalc({});
  const onTable = workbook(rows, vouchers, true);
  await hostFor(onTable).recalc({});
  const maxBytes = Math.max(excel.maxResponseBytes, cold.maxResponseBytes, onTable.maxResponseBytes);
  return { syncs, ms, coldSyncs: hintedBefore, coldOnTableSyncs: onTable.syncCount, hintedSyncs: cold.syncCount - hintedBefore, maxBytes };
}

export async function run(): Promise<Record<string, number>> {
  const small = await measure(50);
  const large = await measure(5000);
  const beside = await measure(50, 30_000);
  return {
    syncsPerRecalc50: small.syncs,
    syncsPerRecalc5000: large.syncs,
    syncsPerRecalcLargeWorkbook: beside.syncs,
    maxSyncResponseBytes: Math.max(small.maxBytes, large.maxBytes, beside.maxBytes),
    syncsPerColdRecalc50: small.coldSyncs,
    syncsPerColdRecalc5000: large.coldSyncs,
    syncsPerColdRecalcLargeWorkbook: beside.coldSyncs,
    syncsPerColdRecalcLargeWorkbookOnTable: beside.coldOnTableSyncs,
    syncsPerHintedColdRecalc50: small.hintedSyncs,
    syncsPerHintedColdRecalcLargeWorkbook: beside.hintedSyncs,
    excelFakeRecalcMs50: round(small.ms),
    excelFakeRecalcMs5000: round(large.ms),
    excelFakeRecalcLargeWorkbookMs: round(beside.ms),
  };
}
