// A 自评报告 of 200 paragraphs (seed 002's own, repeated) checked beside seed 002's table: claims extracted, checked
// against themselves and the table. Engine only (no .docx parsing). contract.md: reportEngineMs < 1000.
import type { ReportText } from '../../src/core/claims';
import { analyzeWorkbook } from '../../src/core/engine';
import { seed002Grid } from '../../test/fixtures/seed002';
import { seedReportText } from '../../test/fixtures/seed-reports';
import { timeMedian } from '../skip';

export async function run(): Promise<Record<string, number>> {
  const seed = seedReportText('002');
  const paragraphs: ReportText['paragraphs'] = [];
  for (let i = 0; paragraphs.length < 200; i++) paragraphs.push({ index: paragraphs.length + 1, text: seed.paragraphs[i % seed.paragraphs.length].text });
  const report = { text: { file: 'bench.docx', paragraphs, tables: seed.tables } };
  const grids = [seed002Grid()];
  const analysis = analyzeWorkbook(grids, { report });
  if (!analysis.report.findings.some((f) => f.rule === 'report-mismatch')) throw new Error('the bench report found no report-mismatch');
  return {
    reportEngineMs: await timeMedian(11, () => analyzeWorkbook(grids, { report })),
    reportClaims200: analysis.report.report!.claims,
  };
}
