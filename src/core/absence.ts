// Whether a sheet can hold anything the engine reads — a table (a budget or indicator block), the words that make a
// sheet look like a self-evaluation table, a roll-up's header — judged from only those of its cells whose text holds
// one of TABLE_MARKS. Every label those three detectors key on (labels.ts, rollup/locate.ts) holds one of these
// characters once normalised (NFKC, no spaces: text.ts), so a cell holding none of them is no label of theirs; and
// each check below asks only for labels, in a looser form than its detector (every row, both rows of any pair, no
// count of the other cells). So: when mayHoldTables says no on a grid holding every marked cell of a sheet, the
// engine finds nothing on that sheet, read whole or read in part. The Excel door uses it to leave a large data
// sheet's values unread (src/excel/read.ts); a label added to the lists without a mark fails test/core/absence.test.ts.
import { type Grid, filledRows, rowEntries } from './grid';
import { blockTypeOfCells, selfEvaluationEvidence } from './locate';
import { mayHeadRollup } from './rollup/locate';

/**
 * One character of each label, single characters because a label may be typed with spaces inside ("预算执 行数"),
 * with the compatibility forms NFKC turns into one of them (U+2F40 → 支, U+3234 → (名), U+3294 → 名, U+FA71 → 况),
 * written as escapes: an editor may normalise them away.
 */
export const TABLE_MARKS = ['分', '权', '值', '况', '指', '任', '执', '预', '初', '名', '位', '评', '项', '支', '等', '\u2f40', '\u3234', '\u3294', '\ufa71'];

function textCellsOf(grid: Grid, row: number): { col: number; value: unknown }[] {
  return rowEntries(grid, row).filter((e) => typeof e.value === 'string');
}

export function mayHoldTables(grid: Grid): boolean {
  const rows = filledRows(grid);
  for (const row of rows) {
    const here = textCellsOf(grid, row);
    const type = blockTypeOfCells(here);
    if (type === 'budget' || type === 'indicators') return true;
    const pair = blockTypeOfCells([...here, ...textCellsOf(grid, row + 1)]);
    if (pair === 'budget' || pair === 'indicators') return true;
  }
  const { title, labels } = selfEvaluationEvidence(grid, 0, Infinity, true);
  if ((title !== null && labels.length >= 1) || labels.length >= 3) return true;
  return mayHeadRollup(grid);
}
