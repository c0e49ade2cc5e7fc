// Reads the rows of each located block into the table model. Merged labels (一级/二级指标 spanning many rows)
// hold text only in their top-left cell, so a blank label cell means "same as above".
import { cellAddress, filledRowsBetween, formatAt, formulaAt, type Grid, mergeAnchor, mergeAt, rangeAddress, rowEntries, valueAt } from './grid';
import {
  AMBIGUOUS_COLUMNS,
  type ColumnKey,
  GRADE_LABELS,
  GRADE_WORDS,
  groupName,
  headerText,
  labelIn,
  matchesColumn,
  NAME_LABELS,
  TOTAL_LABELS,
  TOTAL_ROW_LABELS,
  weightInLabel,
} from './labels';
import { type Block, type LocatedTable, selfEvaluationEvidence, tableColumns } from './locate';
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
import { isOperatorOnly, parseTarget } from './target';
import { formatNumber, isPercentFormat, moneyFactor, normalizeLabel, parseNumber } from './text';

type Columns = Partial<Record<ColumnKey, number>>;

interface Reader {
  grid: Grid;
  /** The table's money unit (单位：元 / 万元), for amount columns whose header names none. */
  money: string;
  text(row: number, col: number | undefined): string;
  /** The text a person sees: a number formatted as a percentage reads "92%", not "0.92". Merge-aware. */
  shown(row: number, col: number | undefined): string;
  /** @param money the column's money unit: an amount typed "150万" or "1500000元" is read in it. */
  figure(row: number, col: number | undefined, percentColumn?: boolean, money?: string): Figure | null;
}

/**
 * The figure at (row, col). A figure in a merged area is its top-left cell: that is where the value is and where a
 * write must go. `money` is the column's money unit: an amount typed "150万" or "1500000元" is read in it.
 */
export function figureAt(grid: Grid, at: number, col: number, percentColumn = false, money?: string): Figure {
  const { row, col: c } = mergeAnchor(grid, at, col);
  const raw = valueAt(grid, row, c);
  const format = formatAt(grid, row, c);
  const parsed = parseNumber(raw, format);
  if (money && parsed.unit && parsed.value !== null) {
    // 万 under （万元） is the same unit; 元 under （万元） is 10,000 times smaller; 人 is no amount at all.
    const factor = moneyFactor(parsed.unit, money);
    if (factor === null) Object.assign(parsed, { state: 'invalid', value: null });
    else parsed.value = Number((parsed.value * factor).toFixed(10));
  }
  return { sheet: grid.sheet, cell: cellAddress(row, c), row, col: c, raw, format, formula: formulaAt(grid, row, c), percentColumn, ...parsed };
}

function reader(grid: Grid): Reader {
  return {
    grid,
    money: '万元',
    text(row, col) {
      if (col === undefined) return '';
      const v = valueAt(grid, row, col);
      return v === null || v === undefined ? '' : String(v).trim();
    },
    shown(at, col) {
      if (col === undefined) return '';
      const { row, col: c } = mergeAnchor(grid, at, col);
      const v = valueAt(grid, row, c);
      if (typeof v === 'number' && isPercentFormat(formatAt(grid, row, c))) return `${formatNumber(v * 100, 4)}%`;
      return v === null || v === undefined ? '' : String(v).trim();
    },
    figure(at, col, percentColumn = false, money) {
      return col === undefined ? null : figureAt(grid, at, col, percentColumn, money);
    },
  };
}

/**
 * Column of each key in a block's header. In a row the first match wins, so the first 其中/执行数 column is the main
 * one. A two-row header is read bottom row first: 指标性质 / 指标值 / 度量单位 under 年度指标值 name those columns, and
 * the spanning 年度指标值 names no column its sub-headers already took.
 */
function headerColumns(r: Reader, block: Block, keys: ColumnKey[]): { cols: Columns; percent: Set<number>; money?: string } {
  const cols: Columns = {};
  const taken = new Set<number>();
  const percent = new Set<number>();
  let money: string | undefined;
  for (let row = block.headerEnd; row >= block.row; row--) {
    for (const { col: c, value: raw } of rowEntries(r.grid, row)) {
      if (headerText(raw).percent) percent.add(c);
      if (typeof raw === 'string' && !money) money = /[(（](万元|元|千元|亿元)[)）]/.exec(raw)?.[1];
      if (taken.has(c)) continue;
      for (const key of keys) {
        if (cols[key] === undefined && matchesColumn(raw, key)) {
          cols[key] = c;
          taken.add(c);
          break;
        }
      }
    }
  }
  return { cols, percent, money };
}

/** A header word with two meanings (指标性质: the operator, or 定量/定性) takes the one its column's cells show. */
function resolveByContent(r: Reader, block: Block, cols: Columns): void {
  for (const [key, other] of Object.entries(AMBIGUOUS_COLUMNS) as [ColumnKey, ColumnKey][]) {
    const c = cols[key];
    if (c === undefined || cols[other] !== undefined) continue;
    let asKey = 0;
    let asOther = 0;
    for (const row of bodyRows(r, block)) {
      const t = normalizeLabel(r.text(row, c));
      if (!t) continue;
      if (isOperatorOnly(t)) asKey++;
      else if (/^(定量|定性)/.test(t)) asOther++;
    }
    if (asOther > asKey) {
      cols[other] = c;
      delete cols[key];
    }
  }
}

function rowIsBlank(r: Reader, row: number): boolean {
  return rowEntries(r.grid, row).every((e) => String(e.value).trim() === '');
}

/** The rows of a block below its header that hold anything, top to bottom. */
function bodyRows(r: Reader, block: Block): readonly number[] {
  return filledRowsBetween(r.grid, block.headerEnd + 1, block.end);
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
        table.grade = gradeCell(r, row, valueRightOf(r, row, c));
      } else if (/^(金额)?单位[:：](元|万元)$/.test(normalizeLabel(v))) {
        // 单位：元 over the whole table: its amounts are in 元.
        r.money = /万元$/.test(normalizeLabel(v)) ? '万元' : '元';
      }
    }
  }
}

function parseTasks(r: Reader, block: Block): TaskRow[] {
  const { cols, percent, money } = headerColumns(r, block, ['taskName', 'taskContent', 'taskBudget', 'taskExecuted', 'rate']);
  const unit = money ?? r.money;
  const tasks: TaskRow[] = [];
  for (const row of bodyRows(r, block)) {
    const nameParts = [r.text(row, cols.taskName), r.text(row, cols.taskContent)].map(normalizeLabel).filter(Boolean);
    const budget = r.figure(row, cols.taskBudget, false, unit);
    const executed = r.figure(row, cols.taskExecuted, false, unit);
    const rate = r.figure(row, cols.rate, cols.rate !== undefined && percent.has(cols.rate));
    if (nameParts.length === 0 && !hasNumber(budget, executed, rate)) continue;
    const nameCol = cols.taskContent !== undefined && r.text(row, cols.taskContent) ? cols.taskContent : (cols.taskName ?? 0);
    tasks.push({ name: nameParts.join(' '), nameCell: cellAddress(row, nameCol), budget, executed, rate });
  }
  return tasks;
}

const BLOCK_TITLES = /^(预算情况|项目资金|资金情况|年度预算执行情况|部门预算执行情况|预算执行情况)/;
/** The blocks that follow 项目资金 in a project table: its text rows are goals or indicators, not budget rows. */
const GOALS_LABEL = /年度总体目标|总体目标|预期目标|年度绩效目标|绩效目标|年度履职目标|^绩效指标/;

function budgetRowKey(label: string): BudgetRowKey {
  const t = normalizeLabel(label);
  if (/部门预算总额|年度资金总额|资金总额|预算总额|预算资金总额/.test(t)) return 'total';
  if (/上年结转/.test(t)) return 'carryover';
  if (/财政性资金|财政拨款|财政资金/.test(t)) return 'fiscal';
  if (/其他资金/.test(t)) return 'other';
  if (/基本支出/.test(t)) return 'basic';
  if (/项目支出/.test(t)) return 'project';
  if (/^(合计|总计|总额)$/.test(t)) return 'total';
  return 'unknown';
}

function parseBudget(r: Reader, block: Block): BudgetRow[] {
  const keys: ColumnKey[] = ['initial', 'adjusted', 'executed', 'rate', 'weight', 'score'];
  const { cols, percent, money } = headerColumns(r, block, keys);
  const unit = money ?? r.money;
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
    label = label.replace(/[:：]$/, '');
    const f = (k: ColumnKey, money?: string) => r.figure(row, cols[k], cols[k] !== undefined && percent.has(cols[k]!), money);
    const initial = f('initial', unit);
    const adjusted = f('adjusted', unit);
    const executed = f('executed', unit);
    // Chongqing's row has no label of its own (部门预算执行情况 is merged beside it); its figures make it a row.
    if (!label && !hasNumber(initial, adjusted, executed, f('rate'), f('weight'), f('score'))) continue;
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
  const total = rows.find((b) => b.key === 'total');
  if (total && !rows.some((b) => b.weight?.value != null)) total.weight = weightOfBlockTitle(r, block) ?? total.weight;
  return rows;
}

/** Hubei's 预算执行情况（万元）（20分）: with no weight column, the block's title carries the budget weight. */
function weightOfBlockTitle(r: Reader, block: Block): Figure | null {
  for (let row = block.row; row <= block.headerEnd; row++) {
    for (const { col } of rowEntries(r.grid, row)) {
      const t = r.text(row, col);
      const w = BLOCK_TITLES.test(normalizeLabel(t)) ? weightInLabel(t) : null;
      const at = w === null ? null : r.figure(row, col);
      if (at) return { ...at, state: 'number', value: w };
    }
  }
  return null;
}

function rowLabels(r: Reader, row: number): string[] {
  return rowEntries(r.grid, row).map((e) => String(e.value).trim()).filter(Boolean);
}

function parseIndicators(r: Reader, block: Block, table: Table): IndicatorGroup[] {
  const keys: ColumnKey[] = [
    'level1', 'level2', 'level3', 'indicatorName', 'operator', 'nature', 'target', 'adjustedTarget', 'unit', 'actual',
    'weight', 'score', 'coefficient', 'reason', 'direction',
  ];
  const { cols, percent } = headerColumns(r, block, keys);
  resolveByContent(r, block, cols);
  const nameCol = cols.level3 ?? cols.indicatorName;
  const groups: IndicatorGroup[] = [];
  let level1 = '';
  let level1Cell = cellAddress(block.headerEnd + 1, cols.level1 ?? 0);
  let level2 = '';
  let nature = '';
  // A figure merged over several rows belongs to the first row that reads it, never to each of them.
  const taken = new Set<string>();
  const own = (f: Figure | null): Figure | null => {
    if (!f || !mergeAt(r.grid, f.row, f.col)) return f;
    if (taken.has(f.cell)) return null;
    taken.add(f.cell);
    return f;
  };
  const isPercent = (c: number | undefined) => c !== undefined && percent.has(c);
  // The columns that make a row an indicator row (its labels alone do not): what coverage counts.
  const indicatorCols = [nameCol, cols.target, cols.adjustedTarget, cols.actual, cols.weight, cols.score].filter((c): c is number => c !== undefined);
  for (const row of bodyRows(r, block)) {
    if (rowIsBlank(r, row)) continue;
    const labels = rowLabels(r, row);
    if (labels.some((t) => labelIn(t, TOTAL_ROW_LABELS)) && !r.text(row, nameCol)) {
      table.totalWeight = r.figure(row, cols.weight);
      table.total = r.figure(row, cols.score);
      if (!table.grade) table.grade = gradeBeside(r, row, cols.score);
      totalRows.set(table, row);
      break;
    }
    if (indicatorCols.some((c) => r.text(row, c) !== '')) table.reading.indicatorRows++;
    const l1 = r.text(row, cols.level1);
    const l2 = r.text(row, cols.level2);
    // A label filled down every row (a merge undone by the person) is the same group, not a new one per row.
    if (l1 && normalizeLabel(l1) !== normalizeLabel(level1)) {
      level1 = l1;
      level1Cell = cellAddress(row, cols.level1!);
      level2 = '';
    }
    if (l2) level2 = l2;
    // 定量指标 / 定性指标 is often merged down, or typed once for the rows below it.
    const natureHere = normalizeLabel(r.shown(row, cols.nature));
    if (natureHere) nature = natureHere;
    const weightRead = r.figure(row, cols.weight);
    const scoreRead = r.figure(row, cols.score);
    let name = normalizeLabel(r.text(row, nameCol));
    if (!name && weightRead?.state === 'blank' && scoreRead?.state === 'blank') continue;
    if (!name && (weightRead === null || weightRead.state === 'blank')) continue;
    const weight = own(weightRead);
    const score = own(scoreRead);
    name = name || normalizeLabel(level2 || level1);
    // 调整指标值, when filled, is the target; else 年初指标值 / 年度指标值.
    const adjusted = r.shown(row, cols.adjustedTarget);
    const valueCol = adjusted !== '' ? cols.adjustedTarget : (cols.target ?? cols.adjustedTarget);
    const valueText = r.shown(row, valueCol);
    const operatorText = /定性/.test(nature) && !r.text(row, cols.operator) ? nature : r.shown(row, cols.operator);
    const target = parseTarget(operatorText, valueText, r.shown(row, cols.unit), name);
    const targetCells = [cols.operator, valueCol, cols.unit]
      .filter((c): c is number => c !== undefined)
      .map((c) => cellAddress(row, c));
    // Seed 002 types the operator in 指标值 and the value in 度量单位: the value's cell is then the unit's.
    const targetValueCol = isOperatorOnly(valueText) && cols.unit !== undefined ? cols.unit : valueCol;
    const reasonText = r.text(row, cols.reason);
    const directionText = r.text(row, cols.direction);
    const indicator: IndicatorRow = {
      level1: normalizeLabel(level1),
      level2: normalizeLabel(level2),
      name,
      nameCell: cellAddress(row, nameCol ?? cols.level2 ?? 0),
      target,
      targetCells,
      ...(targetValueCol !== undefined ? { targetCell: cellAddress(row, targetValueCol) } : {}),
      actual: own(r.figure(row, cols.actual, isPercent(cols.actual))),
      actualText: normalizeLabel(r.shown(row, cols.actual)),
      weight,
      score,
      ...(cols.coefficient !== undefined ? { coefficient: own(r.figure(row, cols.coefficient, isPercent(cols.coefficient))) } : {}),
      reason: cols.reason !== undefined ? { cell: cellAddress(row, cols.reason), text: reasonText } : null,
      directionColumn: cols.direction !== undefined ? { cell: cellAddress(row, cols.direction), text: directionText } : null,
    };
    table.reading.indicatorRowsRead++;
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

/** The grade a 总分 row carries after its score, labelled (自评等级 | 优) or not ("总分 | 100 | 96 | 优"). */
function gradeBeside(r: Reader, row: number, scoreCol: number | undefined): Table['grade'] {
  let labelled: number | null = null;
  for (const { col: c, value: v } of rowEntries(r.grid, row)) {
    if (typeof v !== 'string') continue;
    if (labelIn(v, GRADE_LABELS)) {
      labelled = valueRightOf(r, row, c);
      break;
    }
    if (scoreCol !== undefined && c > scoreCol && GRADE_WORDS.includes(normalizeLabel(v))) return gradeCell(r, row, c);
  }
  if (labelled === null) return null;
  const state = parseNumber(valueAt(r.grid, row, labelled)).state;
  return state === 'blank' || state === 'invalid' ? gradeCell(r, row, labelled) : null;
}

function gradeCell(r: Reader, row: number, col: number): NonNullable<Table['grade']> {
  return { cell: cellAddress(row, col), text: normalizeLabel(r.text(row, col)), raw: valueAt(r.grid, row, col), formula: formulaAt(r.grid, row, col) };
}

function parseSummary(r: Reader, block: Block): SummaryRow[] {
  const { cols, percent } = headerColumns(r, block, ['summaryLabel', 'summaryWeight', 'score', 'summaryRate']);
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
    reading: {
      indicatorRows: 0, indicatorRowsRead: 0, evidence: [], wholeForm: false, anchorCell: cellAddress(located.top, 0),
      blocks: located.blocks.filter((b) => b.type !== 'name').map((b) => b.type),
    },
  };
  const firstBlock = located.blocks.find((b) => b.type !== 'name');
  parseHeader(r, table, located.top, (firstBlock?.row ?? located.bottom + 1) - 1);
  for (const block of located.blocks) {
    if (block.type === 'tasks') table.tasks.push(...parseTasks(r, block));
    else if (block.type === 'budget') table.budgetRows.push(...parseBudget(r, block));
    else if (block.type === 'indicators') table.groups.push(...parseIndicators(r, block, table));
    else if (block.type === 'summary') table.summary.push(...parseSummary(r, block));
  }
  if (!table.grade) table.grade = labelledGrade(r, table, located);
  table.kind = tableKind(table, r, located);
  const evidence = selfEvaluationEvidence(located.grid, located.top, located.bottom);
  table.reading.evidence = [...(evidence.title ? [evidence.title] : []), ...evidence.labels];
  table.reading.wholeForm = evidence.title !== null || table.name !== null || table.total !== null;
  const start = /^([A-Z]+\d+):/.exec(table.range)?.[1];
  table.reading.anchorCell = firstBlock ? cellAddress(firstBlock.row, firstCol(r, firstBlock.row)) : (start ?? table.reading.anchorCell);
  return table;
}

function firstCol(r: Reader, row: number): number {
  return rowEntries(r.grid, row)[0]?.col ?? 0;
}

/** The 总分 row that ends each table's indicator block. */
const totalRows = new WeakMap<Table, number>();

/** A 自评等级 / 评价等级 label under the 总分 row of a project table; a cell holding a figure is no grade. */
function labelledGrade(r: Reader, table: Table, located: LocatedTable): Table['grade'] {
  const from = totalRows.get(table);
  if (from === undefined) return null;
  for (const row of filledRowsBetween(r.grid, from + 1, located.bottom)) {
    for (const { col: c, value: v } of rowEntries(r.grid, row)) {
      if (typeof v !== 'string' || !labelIn(v, GRADE_LABELS)) continue;
      const at = valueRightOf(r, row, c);
      const state = parseNumber(valueAt(r.grid, row, at)).state;
      return state === 'blank' || state === 'invalid' ? gradeCell(r, row, at) : null;
    }
  }
  return null;
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

