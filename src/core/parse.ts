// Reads the rows of each located block into the table model. Merged labels (一级/二级指标 spanning many rows)
// hold text only in their top-left cell, so a blank label cell means "same as above".
import { cellAddress, filledRowsBetween, formatAt, formulaAt, type Grid, mergeAnchor, mergeAt, rangeAddress, rowEntries, valueAt } from './grid';
import {
  type ColumnKey,
  GRADE_LABELS,
  groupName,
  headerText,
  labelIn,
  matchesColumn,
  NAME_LABELS,
  TOTAL_LABELS,
  TOTAL_ROW_LABELS,
  weightInLabel,
} from './labels';
import { tableColumns, type Block, type LocatedTable } from './locate';
import type {
  BudgetRow,
  BudgetRowKey,
  Figure,
  IndicatorGroup,
  IndicatorRow,
  SummaryRow,
  Table,
  TaskRow,
} from './model';
import { parseTarget } from './target';
import { normalizeLabel, parseNumber } from './text';

type Columns = Partial<Record<ColumnKey, number>>;

interface Reader {
  grid: Grid;
  text(row: number, col: number | undefined): string;
  figure(row: number, col: number | undefined, percentColumn?: boolean): Figure | null;
}

function reader(grid: Grid): Reader {
  return {
    grid,
    text(row, col) {
      if (col === undefined) return '';
      const v = valueAt(grid, row, col);
      return v === null || v === undefined ? '' : String(v).trim();
    },
    figure(at, col, percentColumn = false) {
      if (col === undefined) return null;
      // A figure in a merged area is its top-left cell: that is where the value is and where a write must go.
      const { row, col: c } = mergeAnchor(grid, at, col);
      col = c;
      const raw = valueAt(grid, row, col);
      const format = formatAt(grid, row, col);
      const parsed = parseNumber(raw, format);
      return {
        sheet: grid.sheet,
        cell: cellAddress(row, col),
        row,
        col,
        raw,
        format,
        formula: formulaAt(grid, row, col),
        percentColumn,
        ...parsed,
      };
    },
  };
}

/** Column of each key in a header row; the first match wins, so the first 其中/执行数 column is the main one. */
function headerColumns(r: Reader, row: number, keys: ColumnKey[]): { cols: Columns; percent: Set<number> } {
  const cols: Columns = {};
  const percent = new Set<number>();
  for (const { col: c, value: raw } of rowEntries(r.grid, row)) {
    if (headerText(raw).percent) percent.add(c);
    for (const key of keys) {
      if (cols[key] === undefined && matchesColumn(raw, key)) {
        cols[key] = c;
        break;
      }
    }
  }
  return { cols, percent };
}

function rowIsBlank(r: Reader, row: number): boolean {
  return rowEntries(r.grid, row).every((e) => String(e.value).trim() === '');
}

/** The rows of a block below its header that hold anything, top to bottom. */
function bodyRows(r: Reader, block: Block): readonly number[] {
  return filledRowsBetween(r.grid, block.row + 1, block.end);
}

function hasNumber(...figures: (Figure | null)[]): boolean {
  return figures.some((f) => f !== null && f.state !== 'blank');
}

/** The last column of the merged range that starts at (row, col), where the adapter knows merges. */
function mergeEnd(grid: Grid, row: number, col: number): number {
  const m = mergeAt(grid, row, col);
  return m && m.left === col ? m.right : col;
}

/**
 * The value cell of a header label: the first non-empty cell to its right, stopping at another label; when there is
 * none (nothing typed yet), the first cell past the label's own merged range.
 */
function valueRightOf(r: Reader, row: number, col: number): number {
  const next = mergeEnd(r.grid, row, col) + 1;
  for (const { col: c, value: v } of rowEntries(r.grid, row)) {
    if (c < next) continue;
    if (labelIn(v, TOTAL_LABELS) || labelIn(v, GRADE_LABELS) || labelIn(v, NAME_LABELS)) return next;
    return c;
  }
  return next;
}

function parseHeader(r: Reader, table: Table, top: number, bottom: number): void {
  for (const row of filledRowsBetween(r.grid, top, bottom)) {
    for (const { col: c, value: v } of rowEntries(r.grid, row)) {
      if (typeof v !== 'string') continue;
      if (!table.name && labelIn(v, NAME_LABELS)) {
        const at = valueRightOf(r, row, c);
        const text = r.text(row, at);
        if (text) table.name = { cell: cellAddress(row, at), text };
        if (normalizeLabel(v).startsWith('项目')) table.kind = 'project';
      } else if (!table.total && labelIn(v, TOTAL_LABELS)) {
        table.total = r.figure(row, valueRightOf(r, row, c));
      } else if (!table.grade && labelIn(v, GRADE_LABELS)) {
        const at = valueRightOf(r, row, c);
        table.grade = {
          cell: cellAddress(row, at),
          text: normalizeLabel(r.text(row, at)),
          raw: valueAt(r.grid, row, at),
          formula: formulaAt(r.grid, row, at),
        };
      }
    }
  }
}

function parseTasks(r: Reader, block: Block): TaskRow[] {
  const { cols, percent } = headerColumns(r, block.row, ['taskName', 'taskContent', 'taskBudget', 'taskExecuted', 'rate']);
  const tasks: TaskRow[] = [];
  for (const row of bodyRows(r, block)) {
    const nameParts = [r.text(row, cols.taskName), r.text(row, cols.taskContent)].map(normalizeLabel).filter(Boolean);
    const budget = r.figure(row, cols.taskBudget);
    const executed = r.figure(row, cols.taskExecuted);
    const rate = r.figure(row, cols.rate, cols.rate !== undefined && percent.has(cols.rate));
    if (nameParts.length === 0 && !hasNumber(budget, executed, rate)) continue;
    const nameCol = cols.taskContent !== undefined && r.text(row, cols.taskContent) ? cols.taskContent : (cols.taskName ?? 0);
    tasks.push({ name: nameParts.join(' '), nameCell: cellAddress(row, nameCol), budget, executed, rate });
  }
  return tasks;
}

const BLOCK_TITLES = /^(预算情况|项目资金|资金情况|年度预算执行情况)/;
/** The block that follows 项目资金 in a project table: its text rows are goals, not budget rows. */
const GOALS_LABEL = /年度总体目标|总体目标|预期目标|年度绩效目标|绩效目标|年度履职目标/;

function budgetRowKey(label: string): BudgetRowKey {
  const t = normalizeLabel(label);
  if (/部门预算总额|年度资金总额|资金总额|预算总额|预算资金总额/.test(t)) return 'total';
  if (/上年结转/.test(t)) return 'carryover';
  if (/财政性资金|财政拨款|财政资金/.test(t)) return 'fiscal';
  if (/其他资金/.test(t)) return 'other';
  if (/基本支出/.test(t)) return 'basic';
  if (/项目支出/.test(t)) return 'project';
  if (/^(合计|总计)$/.test(t)) return 'total';
  return 'unknown';
}

function parseBudget(r: Reader, block: Block): BudgetRow[] {
  const keys: ColumnKey[] = ['initial', 'adjusted', 'executed', 'rate', 'weight', 'score'];
  const { cols, percent } = headerColumns(r, block.row, keys);
  const firstAmount = Math.min(...keys.map((k) => cols[k] ?? Infinity));
  const rows: BudgetRow[] = [];
  for (const row of bodyRows(r, block)) {
    let label = '';
    let labelCol = 0;
    for (const { col: c } of rowEntries(r.grid, row)) {
      if (c >= firstAmount) break;
      const t = normalizeLabel(r.text(row, c));
      if (!t || BLOCK_TITLES.test(t)) continue;
      if (!label) labelCol = c;
      label += t;
    }
    if (GOALS_LABEL.test(label)) break;
    const f = (k: ColumnKey) => r.figure(row, cols[k], cols[k] !== undefined && percent.has(cols[k]!));
    const initial = f('initial');
    const adjusted = f('adjusted');
    const executed = f('executed');
    if (!label && !hasNumber(initial, adjusted, executed)) continue;
    rows.push({
      key: budgetRowKey(label),
      label,
      labelCell: cellAddress(row, labelCol),
      initial,
      adjusted,
      executed,
      rate: f('rate'),
      weight: f('weight'),
      score: f('score'),
    });
  }
  return rows;
}

function rowLabels(r: Reader, row: number): string[] {
  return rowEntries(r.grid, row).map((e) => String(e.value).trim()).filter(Boolean);
}

function parseIndicators(r: Reader, block: Block, table: Table): IndicatorGroup[] {
  const keys: ColumnKey[] = [
    'level1', 'level2', 'level3', 'operator', 'target', 'unit', 'actual', 'weight', 'score', 'reason', 'direction',
  ];
  const { cols, percent } = headerColumns(r, block.row, keys);
  const groups: IndicatorGroup[] = [];
  let level1 = '';
  let level1Cell = cellAddress(block.row + 1, cols.level1 ?? 0);
  let level2 = '';
  // A figure merged over several rows belongs to the first row that reads it, never to each of them.
  const taken = new Set<string>();
  const own = (f: Figure | null): Figure | null => {
    if (!f || !mergeAt(r.grid, f.row, f.col)) return f;
    if (taken.has(f.cell)) return null;
    taken.add(f.cell);
    return f;
  };
  for (const row of bodyRows(r, block)) {
    if (rowIsBlank(r, row)) continue;
    const labels = rowLabels(r, row);
    if (labels.some((t) => labelIn(t, TOTAL_ROW_LABELS)) && !r.text(row, cols.level3)) {
      table.totalWeight = r.figure(row, cols.weight);
      table.total = r.figure(row, cols.score);
      break;
    }
    const l1 = r.text(row, cols.level1);
    const l2 = r.text(row, cols.level2);
    // A label filled down every row (a merge undone by the person) is the same group, not a new one per row.
    if (l1 && normalizeLabel(l1) !== normalizeLabel(level1)) {
      level1 = l1;
      level1Cell = cellAddress(row, cols.level1!);
      level2 = '';
    }
    if (l2) level2 = l2;
    const weightRead = r.figure(row, cols.weight);
    const scoreRead = r.figure(row, cols.score);
    let name = normalizeLabel(r.text(row, cols.level3));
    if (!name && weightRead?.state === 'blank' && scoreRead?.state === 'blank') continue;
    if (!name && (weightRead === null || weightRead.state === 'blank')) continue;
    const weight = own(weightRead);
    const score = own(scoreRead);
    name = name || normalizeLabel(level2 || level1);
    const nameCol = cols.level3 ?? cols.level2 ?? 0;
    const target = parseTarget(r.text(row, cols.operator), r.text(row, cols.target), r.text(row, cols.unit), name);
    const targetCells = [cols.operator, cols.target, cols.unit]
      .filter((c): c is number => c !== undefined)
      .map((c) => cellAddress(row, c));
    const reasonText = r.text(row, cols.reason);
    const directionText = r.text(row, cols.direction);
    const indicator: IndicatorRow = {
      level1: normalizeLabel(level1),
      level2: normalizeLabel(level2),
      name,
      nameCell: cellAddress(row, nameCol),
      target,
      targetCells,
      actual: own(r.figure(row, cols.actual, cols.actual !== undefined && percent.has(cols.actual))),
      actualText: normalizeLabel(r.text(row, cols.actual)),
      weight,
      score,
      reason: cols.reason !== undefined ? { cell: cellAddress(row, cols.reason), text: reasonText } : null,
      directionColumn: cols.direction !== undefined ? { cell: cellAddress(row, cols.direction), text: directionText } : null,
    };
    const label = normalizeLabel(level1) || '指标';
    let group = groups.find((g) => g.label === label && g.labelCell === level1Cell);
    if (!group) {
      group = { name: groupName(label), label, labelCell: level1Cell, labelWeight: weightInLabel(label), rows: [] };
      groups.push(group);
    }
    group.rows.push(indicator);
  }
  return groups;
}

function parseSummary(r: Reader, block: Block): SummaryRow[] {
  const { cols, percent } = headerColumns(r, block.row, ['summaryLabel', 'summaryWeight', 'score', 'summaryRate']);
  const labelCol = cols.summaryLabel ?? 0;
  const rows: SummaryRow[] = [];
  for (const row of bodyRows(r, block)) {
    const label = normalizeLabel(r.text(row, labelCol));
    if (!label) continue;
    const name = groupName(label);
    const key = /^(合计|总计|总分)$/.test(label) ? 'total' : name === '预算执行' ? 'budget' : 'group';
    const rateCol = cols.summaryRate;
    rows.push({
      key,
      group: key === 'group' ? name : '',
      label,
      labelCell: cellAddress(row, labelCol),
      weight: r.figure(row, cols.summaryWeight),
      score: r.figure(row, cols.score),
      rate: r.figure(row, rateCol, rateCol !== undefined && percent.has(rateCol)),
    });
    if (key === 'total') break;
  }
  return rows;
}

function usedRange(r: Reader, located: LocatedTable): string {
  const { top, bottom } = located;
  const span = tableColumns(located); // a stray cell far to the side is not the table's
  let first = bottom;
  let left = Infinity;
  let right = 0;
  for (const row of filledRowsBetween(r.grid, top, bottom)) {
    for (const { col: c } of rowEntries(r.grid, row)) {
      if (c < span.left || c > span.right || r.text(row, c) === '') continue;
      first = Math.min(first, row);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return rangeAddress(first, left === Infinity ? 0 : left, bottom, right);
}

export function parseTable(located: LocatedTable): Table {
  const r = reader(located.grid);
  const table: Table = {
    sheet: located.grid.sheet,
    kind: 'department',
    name: null,
    range: usedRange(r, located),
    total: null,
    totalWeight: null,
    grade: null,
    tasks: [],
    budgetRows: [],
    groups: [],
    summary: [],
  };
  const firstBlock = located.blocks.find((b) => b.type !== 'name');
  parseHeader(r, table, located.top, (firstBlock?.row ?? located.bottom + 1) - 1);
  for (const block of located.blocks) {
    if (block.type === 'tasks') table.tasks.push(...parseTasks(r, block));
    else if (block.type === 'budget') table.budgetRows.push(...parseBudget(r, block));
    else if (block.type === 'indicators') table.groups.push(...parseIndicators(r, block, table));
    else if (block.type === 'summary') table.summary.push(...parseSummary(r, block));
  }
  table.kind = tableKind(table, r, located);
  return table;
}

function tableKind(table: Table, r: Reader, located: LocatedTable): Table['kind'] {
  if (table.tasks.length > 0) return 'department';
  if (table.kind === 'project') return 'project';
  if (table.budgetRows.some((b) => /年度资金总额/.test(b.label))) return 'project';
  if (table.budgetRows.some((b) => /部门预算总额/.test(b.label))) return 'department';
  const budget = located.blocks.find((b) => b.type === 'budget');
  if (budget && rowLabels(r, budget.row).some((t) => /全年预算数|全年执行数/.test(normalizeLabel(t)))) return 'project';
  if (table.groups.some((g) => g.name === '满意度指标')) return 'project';
  return 'department';
}

