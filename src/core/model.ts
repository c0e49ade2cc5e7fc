// The table model: every figure keeps the sheet and cell it was read from.
import type { CellValue } from './grid';
import type { NumberState } from './text';

/** One cell the engine reads or may write. */
export interface Figure {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  raw: CellValue;
  state: NumberState;
  /** Percents as fractions. */
  value: number | null;
  percent: boolean;
  percentDecimals: number | null;
  format: string | null;
  formula: string | null;
  /** The column's header says "(%)": 100 means 100%. */
  percentColumn: boolean;
  /** The unit typed with the number ("2370人", "20万元"), after any conversion to the column's money unit. */
  unit?: string;
}

export interface TextCell {
  cell: string;
  text: string;
}

export type Operator = 'ge' | 'gt' | 'le' | 'lt' | 'eq';
export type Direction = 'positive' | 'reverse';

export interface Target {
  kind: 'quantitative' | 'qualitative' | 'none';
  operator: Operator | null;
  /** Percent targets as fractions. */
  value: number | null;
  percent: boolean;
  unit: string;
  /** The target as a person reads it: "≥90%". */
  text: string;
  /** The operator was typed (not inferred from the indicator's name). */
  explicitOperator?: boolean;
  /** A deadline ("9月前", "2021年12月完成", "按期完成"): a 时效 target, judged like a qualitative one. */
  timely?: boolean;
}

export interface TaskRow {
  name: string;
  nameCell: string;
  budget: Figure | null;
  executed: Figure | null;
  rate: Figure | null;
}

export type BudgetRowKey = 'total' | 'fiscal' | 'carryover' | 'other' | 'basic' | 'project' | 'unknown';

export interface BudgetRow {
  key: BudgetRowKey;
  label: string;
  labelCell: string;
  initial: Figure | null;
  adjusted: Figure | null;
  executed: Figure | null;
  rate: Figure | null;
  weight: Figure | null;
  score: Figure | null;
}

export interface IndicatorRow {
  level1: string;
  level2: string;
  name: string;
  nameCell: string;
  target: Target;
  targetCells: string[];
  /** The cell that holds (or should hold) the target's value. */
  targetCell?: string;
  actual: Figure | null;
  /** The actual as text, for qualitative indicators. */
  actualText: string;
  weight: Figure | null;
  score: Figure | null;
  /** 得分系数 (score ÷ weight), in the flat lists that carry one. */
  coefficient?: Figure | null;
  reason: TextCell | null;
  /** 指标方向 column: 正向 / 反向. */
  directionColumn: TextCell | null;
}

export interface IndicatorGroup {
  name: string;
  label: string;
  labelCell: string;
  /** Written inside the label: "产出指标（40分）". */
  labelWeight: number | null;
  rows: IndicatorRow[];
}

export type SummaryKey = 'budget' | 'group' | 'total';

export interface SummaryRow {
  key: SummaryKey;
  /** Group name for key 'group'. */
  group: string;
  label: string;
  labelCell: string;
  weight: Figure | null;
  score: Figure | null;
  rate: Figure | null;
}

/** How much of the table the parser could read: the basis of table-unreadable and of the report's coverage. */
export interface TableReading {
  /** Indicator rows read / rows of the indicator block that hold anything in its indicator columns. */
  indicatorRows: number;
  indicatorRowsRead: number;
  /** Labels that make the sheet look like a self-evaluation table (its title, 项目名称, 指标权重 …), as typed. */
  evidence: string[];
  /** The table names itself as a whole form (title …自评表, 项目名称/部门名称, 自评得分): it should hold both blocks. */
  wholeForm: boolean;
  /** Where to point a finding about the table as a whole. */
  anchorCell: string;
  /** The blocks whose headers were found: 'tasks', 'budget', 'indicators', 'summary'. */
  blocks: string[];
}

export interface Table {
  sheet: string;
  kind: 'department' | 'project';
  name: TextCell | null;
  range: string;
  /** 自评得分 / 总分 (header, or the 总分 row of a project table). */
  total: Figure | null;
  /** 分值 of the 总分 row (100). */
  totalWeight: Figure | null;
  grade: { cell: string; text: string; raw: CellValue; formula: string | null } | null;
  tasks: TaskRow[];
  budgetRows: BudgetRow[];
  groups: IndicatorGroup[];
  summary: SummaryRow[];
  reading: TableReading;
}

/** A figure's number, or null when the cell holds none. */
export function num(f: Figure | null | undefined): number | null {
  return f && f.value !== null ? f.value : null;
}
