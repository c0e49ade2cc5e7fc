// Engine time alone (locate + parse + score + rules + plan = analyzeWorkbook) on department tables of 50, 500 and
// 5,000 indicator rows built in memory. Median of several runs after a warm-up.
import { analyzeWorkbook } from '../../src/core/engine';
import { departmentGrid } from '../tables';
import { timeMedian } from '../skip';

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const [rows, runs] of [
    [50, 21],
    [500, 11],
    [5000, 5],
  ] as const) {
    const grids = [departmentGrid(rows)];
    const analysis = analyzeWorkbook(grids); // warm-up, and a sanity check that the table is found
    if (analysis.report.tables.length !== 1) throw new Error(`the generated ${rows}-row table was not found`);
    figures[`engineMs${rows}`] = await timeMedian(runs, () => analyzeWorkbook(grids));
    if (rows === 5000) figures.engineFindings5000 = analysis.report.findings.length;
  }
  return figures;
}
