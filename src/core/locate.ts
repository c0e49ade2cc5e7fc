// Finds self-evaluation tables on a sheet by their labels, never by fixed addresses: the header rows of each
// block (年度主要任务, 预算情况/项目资金, 绩效指标, 各项指标得分情况) and the name row, then splits a sheet holding
// several tables wherever a block starts over. A header may take two rows (年度指标值 over 指标性质 / 指标值 /
// 度量单位); a sheet that looks like a self-evaluation table but yields no block is still returned, with no blocks,
// so that table-unreadable can say so.
import { filledRows, filledRowsBetween, type Grid, rowEntries } from './grid';
import {
  isColumnLabel,
  labelIn,
  matchesColumn,
  NAME_LABELS,
  ROLL_UP_TITLE,
  SELF_EVALUATION_TITLE,
  TOTAL_LABELS,
  type ColumnKey,
} from './labels';
import { normalizeLabel } from './text';

export type BlockType = 'name' | 'tasks' | 'budget' | 'indicators' | 'summary';

export interface Block {
  type: BlockType;
  /** The block's (first) header row (for 'name', the row of the name label). */
  row: number;
  /** Its last header row: row + 1 for a two-row header, else row. */
  headerEnd: number;
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

type Cells = { col: number; value: unknown }[];

function textCells(grid: Grid, row: number): Cells {
  return rowEntries(grid, row).filter((e) => typeof e.value === 'string');
}

/** The block a row's text cells head, from their labels alone (absence.ts relies on that: no other cell counts). */
export function blockTypeOfCells(cells: Cells): BlockType | null {
  if (cells.length === 0) return null;
  const has = (key: ColumnKey) => cells.some((e) => matchesColumn(e.value, key));
  const scored = has('weight') || has('score') || has('actual');
  if (has('level3') && scored) return 'indicators';
  // A flat list (Chongqing 部门整体): 指标名称 with its figures and no 一级/二级/三级 columns.
  if (has('indicatorName') && scored && (has('target') || has('actual')) && !has('summaryRate')) return 'indicators';
  if (has('taskName') && (has('rate') || has('taskBudget'))) return 'tasks';
  if ((has('initial') || has('adjusted')) && has('executed')) return 'budget';
  if (has('summaryRate') && has('summaryWeight') && has('score')) return 'summary';
  return null;
}

/** A row that is all header: text cells, at least two and half of them column labels, no figures. */
function continuesHeader(grid: Grid, row: number): boolean {
  const entries = rowEntries(grid, row);
  if (entries.length === 0 || entries.some((e) => typeof e.value !== 'string')) return false;
  const labels = entries.filter((e) => isColumnLabel(e.value)).length;
  return labels >= 2 && labels * 2 >= entries.length;
}

/** The block a row heads, alone or with the row under it (a two-row header), and its last header row. */
function blockAt(grid: Grid, row: number, next: number | undefined): { type: BlockType; headerEnd: number } | null {
  const cells = textCells(grid, row);
  const alone = blockTypeOfCells(cells);
  if (alone) {
    // Its second row, when there is one, still belongs to the header (指标性质 / 指标值 / 度量单位 under 年度指标值).
    const two = next === row + 1 && continuesHeader(grid, next);
    return { type: alone, headerEnd: two ? next : row };
  }
  // Neither row is a header alone (年度指标值 | 实际完成值 | 分值 above 一级指标 | 二级指标 | 三级指标 | 指标性质 …).
  if (next === row + 1 && continuesHeader(grid, row) && continuesHeader(grid, next)) {
    const both = blockTypeOfCells([...cells, ...textCells(grid, next)]);
    if (both) return { type: both, headerEnd: next };
  }
  return cells.some((e) => labelIn(e.value, NAME_LABELS)) ? { type: 'name', headerEnd: row } : null;
}

/** Where a new table starts: a block type the current table already has, or a top block after the indicators. */
function startsNewTable(seen: Set<BlockType>, type: BlockType): boolean {
  // Hubei's 年度绩效目标1 / 年度绩效目标2: one table, one indicator block per goal, each with its own header.
  if (type === 'indicators' && seen.has('indicators') && !seen.has('summary')) return false;
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
  let skipUntil = -1;
  filled.forEach((r, i) => {
    if (r <= skipUntil) return;
    const hit = blockAt(grid, r, filled[i + 1]);
    if (!hit) return;
    const { type, headerEnd } = hit;
    skipUntil = headerEnd;
    if (!current || startsNewTable(seen, type)) {
      current = [];
      groups.push(current);
      seen = new Set();
    }
    current.push({ type, row: r, headerEnd, end: headerEnd });
    seen.add(type);
  });
  // Each table starts at its title rows (…自评表, （2021年度）, 单位：万元), not at its first block.
  const starts = groups.map((blocks, i) => (i === 0 ? 0 : titleStart(grid, blocks[0].row, groups[i - 1][groups[i - 1].length - 1].row)));
  const tables: LocatedTable[] = [];
  groups.forEach((blocks, i) => {
    const top = starts[i];
    const limit = i + 1 < groups.length ? starts[i + 1] - 1 : rows - 1;
    const bottom = tableEnd(grid, blocks[blocks.length - 1].headerEnd, limit);
    blocks.forEach((b, j) => {
      b.end = j + 1 < blocks.length ? blocks[j + 1].row - 1 : bottom;
    });
    if (blocks.some((b) => b.type === 'budget' || b.type === 'indicators')) {
      tables.push({ grid, top, bottom, blocks });
    }
  });
  if (tables.length === 0 && looksLikeSelfEvaluation(grid)) {
    // Found by its words, not read: the parser gives an empty table and table-unreadable says what is missing.
    tables.push({ grid, top: filled[0], bottom: tableEnd(grid, filled[0], rows - 1), blocks: groups.flat().filter((b) => b.type === 'name') });
  }
  return tables;
}

/** How far down a sheet the words of a self-evaluation table are looked for (its title and headers sit on top). */
const EVIDENCE_ROWS = 200;

/**
 * Labels that make a sheet look like a self-evaluation table: its title (…绩效自评表), its name and total labels,
 * and the headers of its blocks (三级指标, 指标权重, 年度指标值 …). A roll-up (…汇总表) is not one.
 */
export function selfEvaluationEvidence(grid: Grid, top = 0, bottom = Infinity, everyRow = false): { title: string | null; labels: string[] } {
  let title: string | null = null;
  const keys = new Set<string>();
  const labels: string[] = [];
  // everyRow (absence.ts): all rows, and no stop at a roll-up title, so that the evidence is at least what it is on
  // any grid holding these cells and more.
  const rows = filledRowsBetween(grid, top, bottom);
  for (const r of everyRow ? rows : rows.slice(0, EVIDENCE_ROWS)) {
    for (const { value } of rowEntries(grid, r)) {
      if (typeof value !== 'string' || value.length > 40) continue;
      const t = normalizeLabel(value);
      if (!everyRow && ROLL_UP_TITLE.test(t) && /表$/.test(t)) return { title: null, labels: [] };
      if (!title && SELF_EVALUATION_TITLE.test(t)) title = value.trim();
      if (labelIn(value, NAME_LABELS) || labelIn(value, TOTAL_LABELS) || /^绩效指标(\(\d+分\))?$/.test(t)) {
        if (!keys.has(t)) labels.push(value.trim());
        keys.add(t);
        continue;
      }
      for (const key of EVIDENCE_KEYS) {
        if (!matchesColumn(value, key)) continue;
        if (!keys.has(key)) labels.push(value.trim());
        keys.add(key);
        break;
      }
    }
  }
  return { title, labels };
}

const EVIDENCE_KEYS: ColumnKey[] = ['level1', 'level2', 'level3', 'indicatorName', 'target', 'actual', 'weight', 'initial', 'adjusted', 'executed'];

function looksLikeSelfEvaluation(grid: Grid): boolean {
  const { title, labels } = selfEvaluationEvidence(grid);
  return (title !== null && labels.length >= 1) || labels.length >= 3;
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

/**
 * A table and a cell far from it are two things: a gap of this many blank rows or columns ends the table. Real
 * tables leave one or two blank rows before 各项指标得分情况表 or the 填表人 line, never ten; a stray cell typed at
 * A1048576 or XFD1 is not part of the table and must not stretch its range.
 */
export const TABLE_GAP = 10;

/** The last row of a table whose last block's header ends at `from`: its last filled row before a gap of
 *  TABLE_GAP blank rows (or `limit`, where the next table starts). */
function tableEnd(grid: Grid, from: number, limit: number): number {
  let end = from;
  for (const r of filledRowsBetween(grid, from + 1, limit)) {
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
