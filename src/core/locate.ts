// Finds self-evaluation tables on a sheet by their labels, never by fixed addresses: the header rows of each
// block (年度主要任务, 预算情况/项目资金, 绩效指标, 各项指标得分情况) and the name row, then splits a sheet holding
// several tables wherever a block starts over.
import { filledRows, filledRowsBetween, type Grid, rowEntries } from './grid';
import { labelIn, matchesColumn, NAME_LABELS, type ColumnKey } from './labels';

export type BlockType = 'name' | 'tasks' | 'budget' | 'indicators' | 'summary';

export interface Block {
  type: BlockType;
  /** The block's header row (for 'name', the row of the name label). */
  row: number;
  /** Last row of the block's data, inclusive. */
  end: number;
}

export interface LocatedTable {
  grid: Grid;
  /** First and last row, inclusive. */
  top: number;
  bottom: number;
  blocks: Block[];
}

function blockTypeOfRow(grid: Grid, row: number): BlockType | null {
  const cells = rowEntries(grid, row).filter((e) => typeof e.value === 'string');
  if (cells.length === 0) return null;
  const has = (key: ColumnKey) => cells.some((e) => matchesColumn(e.value, key));
  if (has('level3') && (has('weight') || has('score') || has('actual'))) return 'indicators';
  if (has('taskName') && (has('rate') || has('taskBudget'))) return 'tasks';
  if ((has('initial') || has('adjusted')) && has('executed')) return 'budget';
  if (has('summaryRate') && has('summaryWeight') && has('score')) return 'summary';
  return cells.some((e) => labelIn(e.value, NAME_LABELS)) ? 'name' : null;
}

/** Where a new table starts: a block type the current table already has, or a top block after the indicators. */
function startsNewTable(seen: Set<BlockType>, type: BlockType): boolean {
  if (seen.has(type)) return true;
  const pastIndicators = seen.has('indicators') || seen.has('summary');
  if (pastIndicators && (type === 'name' || type === 'tasks' || type === 'budget')) return true;
  return seen.has('summary') && type === 'indicators';
}

export function locateTables(grid: Grid): LocatedTable[] {
  const filled = filledRows(grid);
  const rows = filled.length ? filled[filled.length - 1] + 1 : 0;
  const groups: Block[][] = [];
  let current: Block[] | null = null;
  let seen = new Set<BlockType>();
  for (const r of filled) {
    const type = blockTypeOfRow(grid, r);
    if (!type) continue;
    if (!current || startsNewTable(seen, type)) {
      current = [];
      groups.push(current);
      seen = new Set();
    }
    current.push({ type, row: r, end: r });
    seen.add(type);
  }
  // Each table starts at its title rows (…自评表, （2021年度）, 单位：万元), not at its first block.
  const starts = groups.map((blocks, i) => (i === 0 ? 0 : titleStart(grid, blocks[0].row, groups[i - 1][groups[i - 1].length - 1].row)));
  const tables: LocatedTable[] = [];
  groups.forEach((blocks, i) => {
    const top = starts[i];
    const limit = i + 1 < groups.length ? starts[i + 1] - 1 : rows - 1;
    const bottom = tableEnd(grid, blocks[blocks.length - 1].row, limit);
    blocks.forEach((b, j) => {
      b.end = j + 1 < blocks.length ? blocks[j + 1].row - 1 : bottom;
    });
    if (blocks.some((b) => b.type === 'budget' || b.type === 'indicators')) {
      tables.push({ grid, top, bottom, blocks });
    }
  });
  return tables;
}

/**
 * A table and a cell far from it are two things: a gap of this many blank rows or columns ends the table. Real
 * tables leave one or two blank rows before 各项指标得分情况表 or the 填表人 line, never ten; a stray cell typed at
 * A1048576 or XFD1 is not part of the table and must not stretch its range.
 */
export const TABLE_GAP = 10;

/** The last row of a table whose last block starts at `lastBlockRow`: its last filled row before a gap of
 *  TABLE_GAP blank rows (or `limit`, where the next table starts). */
function tableEnd(grid: Grid, lastBlockRow: number, limit: number): number {
  let end = lastBlockRow;
  for (const r of filledRowsBetween(grid, lastBlockRow + 1, limit)) {
    if (isBlankRow(grid, r)) continue;
    if (r - end > TABLE_GAP) break;
    end = r;
  }
  return end;
}

/**
 * The columns a table spans: those of its block header rows, widened to any column with something in it in the
 * table's rows that is less than TABLE_GAP blank columns away (a grade beside 总分, a note column).
 */
export function tableColumns(table: LocatedTable): { left: number; right: number } {
  const headerCols = table.blocks.filter((b) => b.type !== 'name').flatMap((b) => rowEntries(table.grid, b.row).map((e) => e.col));
  const used = new Set<number>();
  for (const r of filledRowsBetween(table.grid, table.top, table.bottom)) for (const e of rowEntries(table.grid, r)) used.add(e.col);
  const cols = [...used].sort((a, b) => a - b);
  if (cols.length === 0) return { left: 0, right: 0 };
  let left = headerCols.length ? Math.min(...headerCols) : cols[0];
  let right = headerCols.length ? Math.max(...headerCols) : cols[0];
  for (const c of cols) if (c > right && c - right <= TABLE_GAP) right = c;
  for (let i = cols.length - 1; i >= 0; i--) if (cols[i] < left && left - cols[i] <= TABLE_GAP) left = cols[i];
  return { left, right };
}

const TITLE_TEXT = /自评表|绩效评价表|^[(（]?\d{4}\s*年度?[)）]?$|^单位[:：]|^金额单位|^填表|^填报单位/;

/** A row above a table that only titles it: one or two text cells such as "项目支出绩效自评表", "（2021年度）". */
function isTitleRow(grid: Grid, row: number): boolean {
  const texts: string[] = [];
  for (const { value } of rowEntries(grid, row)) {
    if (typeof value !== 'string') return false;
    texts.push(value.replace(/\s+/g, ''));
  }
  return texts.length > 0 && texts.length <= 2 && texts.some((t) => TITLE_TEXT.test(t));
}

/** The first row of a table whose first block is at `firstBlockRow`: title rows and blank rows just above it. */
function titleStart(grid: Grid, firstBlockRow: number, previousBlockRow: number): number {
  let start = firstBlockRow;
  const between = filledRowsBetween(grid, previousBlockRow + 1, firstBlockRow - 1).filter((r) => !isBlankRow(grid, r));
  for (let i = between.length - 1; i >= 0 && isTitleRow(grid, between[i]); i--) start = between[i];
  return start;
}

function isBlankRow(grid: Grid, row: number): boolean {
  return rowEntries(grid, row).length === 0;
}

