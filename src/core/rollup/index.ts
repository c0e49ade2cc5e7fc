// Roll-ups: a workbook's 项目支出绩效自评汇总表 read and set against its tables (the rule summary-mismatch inspects
// that), and the summary of any
// set of checked tables (jixiao summary, the pane's 汇总 card). Pure: no Node APIs, no DOM.
import type { LocatedTable } from '../locate';
import type { Grid } from '../grid';
import { locateRollup, type RollupSheet } from './locate';

export { locateRollup, type RollupSheet, type RollupLine, type RollupTotal } from './locate';
export { tableFacts, fundsOf, type TableFacts } from './facts';
export { calcRollup, type LineCalc, type RollupCalc, type RollupDerived } from './calc';
export { matchNames, nameForms, nameKey } from './names';
export { amountUnitIn, convertAmount, type AmountUnit } from './units';

const overlaps = (t: LocatedTable, r: RollupSheet) => t.top <= r.bottom && r.top <= t.bottom;

/**
 * The roll-up on a sheet and the tables located beside it. What the table locator found in a roll-up — its header
 * reads like a budget block (年初预算数 / 执行数), and nothing else — is the roll-up, not a table. Any other table
 * overlapping a would-be roll-up (an indicator block, a budget block of its own) means there is no roll-up: the table
 * wins, and no roll-up write can land on its figures.
 */
export function separateRollup(grid: Grid, located: LocatedTable[]): { rollup: RollupSheet | null; tables: LocatedTable[] } {
  const rollup = locateRollup(grid);
  if (!rollup) return { rollup: null, tables: located };
  const isRollup = (t: LocatedTable) =>
    t.blocks.every((b) => b.type === 'name' || (b.type === 'budget' && b.row >= rollup.headerRow && b.row <= rollup.headerEnd));
  const overlapping = located.filter((t) => overlaps(t, rollup));
  if (!overlapping.every(isRollup)) return { rollup: null, tables: located };
  return { rollup, tables: located.filter((t) => !overlaps(t, rollup)) };
}

export {
  buildSummary,
  cellInRange,
  summarizeChecked,
  summarizeReport,
  summaryRow,
  summaryTotals,
  type FileFinding,
  type FilePart,
  type SummaryFile,
  type SummaryReport,
  type SummaryRow,
  type SummaryStatus,
  type SummaryTotals,
} from './summary';
