// Recognises a roll-up sheet (项目支出绩效自评汇总表 and the like): one header row naming the listed tables
// (项目名称 / 部门名称) beside their amounts, rate, score and grade, a row per table, then a 合计 and/or 平均 row.
// Recognised by its column labels, never by its title or place; a sheet with an indicator block is a table, not this.
import { cellAddress, filledRows, formulaAt, type Grid, rangeAddress, rowEntries, valueAt } from '../grid';
import { headerText } from '../labels';
import { type Figure, num, type TextCell } from '../model';
import { figureAt } from '../parse';
import { normalizeLabel } from '../text';
import { amountUnitIn, type AmountUnit } from './units';

export const ROLLUP_COLUMNS = {
  index: ['序号', '编号'],
  name: ['项目名称', '项目', '名称', '部门名称', '部门(单位)名称', '单位名称', '部门(单位)'],
  department: ['主管部门', '主管单位', '预算单位', '实施单位'],
  initial: ['年初预算数', '年初预算', '年初数', '年初预算金额'],
  adjusted: ['全年预算数', '调整预算数', '调整后预算数', '全年预算', '调整后预算', '全年(调整)预算数'],
  budget: ['预算数', '预算金额', '预算资金', '预算安排资金'],
  executed: ['全年执行数', '执行数', '预算执行数', '实际执行数', '实际支出', '支出数', '执行金额', '实际支出资金'],
  rate: ['执行率', '预算执行率', '资金执行率'],
  score: ['自评得分', '得分', '自评分', '总分', '自评总分', '评价得分', '绩效得分', '自评分数'],
  grade: ['自评等级', '等级', '评价等级', '自评结果', '绩效等级', '评价结果'],
} as const;

export type RollupColumn = keyof typeof ROLLUP_COLUMNS;
export type AmountColumn = 'initial' | 'adjusted' | 'budget' | 'executed';
export const AMOUNT_COLUMNS: AmountColumn[] = ['initial', 'adjusted', 'budget', 'executed'];
const FIGURE_KEYS: RollupColumn[] = ['initial', 'adjusted', 'budget', 'executed', 'rate', 'score', 'grade'];

/** Headers that belong to a self-evaluation table and never to a roll-up. */
const TABLE_HEADERS = ['三级指标', '分值', '权重', '指标权重', '权重分值', '年度指标值', '实际完成值'];

export interface GradeCell {
  cell: string;
  text: string;
  formula: string | null;
}

/** One line of the roll-up: a listed table, or the 合计 / 平均 line. */
export interface RollupLine {
  row: number;
  /** The listed table's name (or the line's label: 合计, 平均得分). */
  label: TextCell;
  initial: Figure | null;
  adjusted: Figure | null;
  budget: Figure | null;
  executed: Figure | null;
  rate: Figure | null;
  score: Figure | null;
  grade: GradeCell | null;
}

export interface RollupTotal extends RollupLine {
  /** The line's score is an average (平均得分 row, or 合计（平均）). */
  average: boolean;
  /** …weighted by budget (加权平均). */
  weighted: boolean;
}

export interface RollupSheet {
  sheet: string;
  range: string;
  /** First and last row of the roll-up (0-based, inclusive): its title rows to its last line. */
  top: number;
  bottom: number;
  headerRow: number;
  /** The header's last row (a second header row under 项目资金（万元）), else headerRow. */
  headerEnd: number;
  /** The cell of the name column's header (项目名称). */
  nameHeader: string;
  /** What the roll-up lists: 项目名称 → project tables, 部门名称 → department tables, 名称 → either. */
  lists: 'project' | 'department' | null;
  unit: AmountUnit;
  columns: Partial<Record<RollupColumn, number>>;
  /** Each column's header as typed, for messages: 全年执行数, 自评得分. */
  labels: Partial<Record<RollupColumn, string>>;
  lines: RollupLine[];
  total: RollupTotal | null;
  average: RollupTotal | null;
  /** A count typed in the roll-up: "合计（12个项目）", "共 12 个项目". */
  count: { cell: string; value: number } | null;
}

function headerBase(raw: unknown): string {
  return headerText(raw).base.replace(/[:：]$/, '');
}

function columnOf(raw: unknown): RollupColumn | null {
  const base = headerBase(raw);
  if (!base) return null;
  for (const key of Object.keys(ROLLUP_COLUMNS) as RollupColumn[]) {
    if ((ROLLUP_COLUMNS[key] as readonly string[]).includes(base)) return key;
  }
  return null;
}

interface Header {
  row: number;
  columns: Partial<Record<RollupColumn, number>>;
  /** Each column's header as typed, for messages: 全年执行数, 自评得分. */
  labels: Partial<Record<RollupColumn, string>>;
  percent: Set<number>;
  /** The last header row (a second header row under merged group headers such as 项目资金（万元）). */
  last: number;
}

/**
 * Reads a header row into `into`; false when the row cannot be a roll-up's header: it holds a number (a table's
 * "项目名称 | … | 自评得分 | 98" row holds its values beside its labels), one of a table's own headers, or fewer than two
 * thirds of its words are roll-up column labels.
 */
function readHeaderRow(grid: Grid, row: number, into: Header): boolean {
  let words = 0;
  let labels = 0;
  for (const { col, value } of rowEntries(grid, row)) {
    if (typeof value !== 'string') return false;
    if (TABLE_HEADERS.includes(headerBase(value))) return false;
    words++;
    const key = columnOf(value);
    if (key) labels++;
    if (key && into.columns[key] === undefined) {
      into.columns[key] = col;
      into.labels[key] = headerBase(value);
    }
    if (headerText(value).percent) into.percent.add(col);
  }
  return labels * 3 >= words * 2;
}

function isHeaderOnly(grid: Grid, row: number): boolean {
  const entries = rowEntries(grid, row);
  return entries.length > 0 && entries.every((e) => typeof e.value === 'string' && columnOf(e.value) !== null);
}

function findHeader(grid: Grid): Header | null {
  for (const row of filledRows(grid)) {
    const header: Header = { row, columns: {}, labels: {}, percent: new Set(), last: row };
    if (!readHeaderRow(grid, row, header) || header.columns.name === undefined) continue;
    // Two-row headers: 项目名称 | 项目资金（万元） over 年初预算数 | 全年预算数 | 全年执行数 in the next row.
    if (isHeaderOnly(grid, row + 1)) {
      if (!readHeaderRow(grid, row + 1, header)) continue;
      header.last = row + 1;
    }
    // An amount column and at least one more figure: 项目名称 | 年初预算数 | 执行数 | 执行率 | 自评得分 | 等级.
    const figures = FIGURE_KEYS.filter((k) => header.columns[k] !== undefined);
    const hasAmount = AMOUNT_COLUMNS.some((k) => header.columns[k] !== undefined);
    if (figures.length >= 2 && hasAmount) return header;
  }
  return null;
}

/**
 * Whether some row could head a roll-up, from its labels alone (absence.ts): a row with a name column, no table
 * header, and with the row under it at least two figure columns, one an amount. Every roll-up findHeader accepts
 * passes, on this grid or any that holds fewer cells besides its labels.
 */
export function mayHeadRollup(grid: Grid): boolean {
  const rows = filledRows(grid);
  const keysOf = (row: number) => {
    const keys = new Set<RollupColumn>();
    let tableHeader = false;
    for (const { value } of rowEntries(grid, row)) {
      if (typeof value !== 'string') continue;
      if (TABLE_HEADERS.includes(headerBase(value))) tableHeader = true;
      const key = columnOf(value);
      if (key) keys.add(key);
    }
    return { keys, tableHeader };
  };
  return rows.some((row) => {
    const here = keysOf(row);
    if (here.tableHeader || !here.keys.has('name')) return false;
    const keys = new Set([...here.keys, ...keysOf(row + 1).keys]);
    return FIGURE_KEYS.filter((k) => keys.has(k)).length >= 2 && AMOUNT_COLUMNS.some((k) => keys.has(k));
  });
}

const TOTAL_LABEL = /^(合计|总计|汇总|全部项目合计|项目合计)/;
const AVERAGE_LABEL = /平均/;
const END_LABEL = /^(注|备注|说明|填表说明|填表人|填报人|审核人|负责人|联系电话|制表)/;
const COUNT_TEXT = /(?:共|合计)?\D{0,4}?(\d+)\s*(?:个|项)/;

function lineAt(grid: Grid, row: number, header: Header, label: TextCell): RollupLine {
  const figure = (key: RollupColumn) => {
    const col = header.columns[key];
    return col === undefined ? null : figureAt(grid, row, col, header.percent.has(col));
  };
  const gradeCol = header.columns.grade;
  let grade: GradeCell | null = null;
  if (gradeCol !== undefined) {
    const value = valueAt(grid, row, gradeCol);
    grade = { cell: cellAddress(row, gradeCol), text: normalizeLabel(value), formula: formulaAt(grid, row, gradeCol) };
  }
  return {
    row,
    label,
    initial: figure('initial'),
    adjusted: figure('adjusted'),
    budget: figure('budget'),
    executed: figure('executed'),
    rate: figure('rate'),
    score: figure('score'),
    grade,
  };
}

/** The line's label: the text in its name column, else the first text before it (合计 in a merged 序号 cell). */
function lineLabel(grid: Grid, row: number, nameCol: number): TextCell | null {
  const name = valueAt(grid, row, nameCol);
  if (typeof name === 'string' && name.trim()) return { cell: cellAddress(row, nameCol), text: name.trim() };
  for (const { col, value } of rowEntries(grid, row)) {
    if (col > nameCol) break;
    if (typeof value === 'string' && value.trim()) return { cell: cellAddress(row, col), text: value.trim() };
  }
  return null;
}

function countIn(text: string, cell: string): { cell: string; value: number } | null {
  const m = COUNT_TEXT.exec(normalizeLabel(text));
  return m ? { cell, value: Number(m[1]) } : null;
}

/** A row above the header that only titles the roll-up: "…汇总表", "单位：万元". */
function isTitleRow(grid: Grid, row: number): boolean {
  const entries = rowEntries(grid, row);
  return entries.length <= 3 && entries.every((e) => typeof e.value === 'string');
}

/** The roll-up on this sheet, or null when the sheet holds none. */
export function locateRollup(grid: Grid): RollupSheet | null {
  const header = findHeader(grid);
  if (!header) return null;
  const nameCol = header.columns.name!;
  const nameHeader = normalizeLabel(valueAt(grid, header.row, nameCol));
  const lines: RollupLine[] = [];
  let total: RollupTotal | null = null;
  let average: RollupTotal | null = null;
  let count: RollupSheet['count'] = null;
  let bottom = header.last;
  for (const row of filledRows(grid)) {
    if (row <= header.last) continue;
    const label = lineLabel(grid, row, nameCol);
    if (!label) continue;
    const text = normalizeLabel(label.text);
    if (END_LABEL.test(text)) break;
    if (TOTAL_LABEL.test(text) || AVERAGE_LABEL.test(text)) {
      const line: RollupTotal = { ...lineAt(grid, row, header, label), average: AVERAGE_LABEL.test(text), weighted: /加权/.test(text) };
      if (line.average && !TOTAL_LABEL.test(text)) average ??= line;
      else total ??= line;
      count ??= countIn(label.text, label.cell);
      bottom = row;
      continue;
    }
    if (total || average) break; // a listed name after the totals is no longer part of the roll-up
    if (/^\d+(\.\d+)?$/.test(text)) continue; // a bare number in the name column is no name
    lines.push(lineAt(grid, row, header, label));
    bottom = row;
  }
  // A roll-up lists amounts: at least one line has a number in an amount column.
  if (!lines.some((l) => AMOUNT_COLUMNS.some((k) => num(l[k]) !== null))) return null;
  // Title rows just above the header belong to the roll-up, and may say how many it lists: "共 12 个项目".
  let top = header.row;
  const above = filledRows(grid).filter((r) => r < header.row);
  for (let i = above.length - 1; i >= 0 && above[i] === top - 1 && isTitleRow(grid, above[i]); i--) {
    top = above[i];
    for (const { col, value } of rowEntries(grid, top)) {
      if (typeof value === 'string' && /共/.test(value)) count ??= countIn(value, cellAddress(top, col));
    }
  }
  let right = 0;
  for (const col of Object.values(header.columns)) right = Math.max(right, col ?? 0);
  const left = Math.min(...Object.values(header.columns).map((c) => c ?? 0));
  return {
    sheet: grid.sheet,
    range: rangeAddress(top, left, bottom, right),
    top,
    bottom,
    headerRow: header.row,
    headerEnd: header.last,
    nameHeader: cellAddress(header.row, nameCol),
    lists: /^项目/.test(nameHeader) ? 'project' : /^(部门|单位)/.test(nameHeader) ? 'department' : null,
    unit: amountUnitIn(grid, top, header.last),
    columns: header.columns,
    labels: header.labels,
    lines,
    total,
    average,
    count,
  };
}
