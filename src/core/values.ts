// What a finding's message is made of. The engine computes these values — what a cell is, its numbers with their
// unit, how an expectation was calculated — and src/core/present turns them into words, one module per language,
// so that no sentence is built inside the arithmetic.
import type { CellValue } from './grid';
import type { Figure, Operator } from './model';
import type { QualitativeTier, ScoreRule } from './score';

/** Text as the table has it (a name, a label, a target, a grade): shown as typed; quoted “…” in English. */
export interface TableText {
  type: 'text';
  text: string;
}

/** A number and how it reads: a rate as a percentage with fixed decimals, anything else to at most `decimals`. */
export interface Quantity {
  type: 'quantity';
  value: number;
  unit: 'percent' | 'number';
  decimals: number;
}

/** A cell as the table shows it: "1.43%", "134.5", its text, or blank. */
export interface Shown {
  type: 'shown';
  raw: CellValue;
  percent: boolean;
  percentDecimals: number | null;
}

/** What a cell is. `name` is the table's own name for its row (a task, a budget row, an indicator, a summary row). */
export type SubjectKind =
  | 'task-budget'
  | 'task-executed'
  | 'task-rate'
  | 'row-initial'
  | 'row-adjusted'
  | 'row-executed'
  | 'row-rate'
  | 'row-weight'
  | 'row-score'
  | 'indicator-actual'
  | 'indicator-weight'
  | 'indicator-score'
  | 'indicator-coefficient'
  | 'summary-weight'
  | 'summary-score'
  | 'summary-rate'
  | 'total'
  | 'grade'
  // A roll-up sheet's derived cells (src/core/rollup): `name` is the listed table's name or the line's label (合计).
  | 'rollup-rate'
  | 'rollup-grade'
  | 'rollup-total'
  | 'rollup-average';

export interface Subject {
  type: 'subject';
  kind: SubjectKind;
  name: string;
}

/** Words of the domain that every language must have. */
export type TermId =
  | 'initial'
  | 'adjusted'
  | 'executed'
  | 'sources'
  | 'structure'
  | 'budget-execution'
  | `tier-${QualitativeTier}`
  | `tier-range-${QualitativeTier}`
  // What a roll-up lists.
  | 'tables-project'
  | 'tables-department'
  | 'tables-any';

export interface Term {
  type: 'term';
  term: TermId;
}

export interface OperatorSign {
  type: 'operator';
  operator: Operator;
}

/** "a 1 + b 2": the parts of a sum, each with its name. */
export interface Parts {
  type: 'parts';
  parts: { label: TableText | Term; value: Quantity }[];
}

/** How an expected value was calculated. */
export type Calculation =
  | { type: 'calc'; kind: 'quotient'; numerator: Quantity; denominator: Quantity }
  | { type: 'calc'; kind: 'budget-score'; rate: Quantity; executed: Quantity; budget: Quantity; weight: Quantity }
  | { type: 'calc'; kind: 'indicator-score'; rule: ScoreRule; target: TableText; A: Quantity; B: Quantity; w: Quantity }
  | { type: 'calc'; kind: 'group-rows'; group: TableText }
  | { type: 'calc'; kind: 'budget-execution-score' }
  | { type: 'calc'; kind: 'rows-above' }
  | { type: 'calc'; kind: 'sum-of-parts'; parts: Parts }
  | { type: 'calc'; kind: 'grade-bands'; total: Quantity; bands: { min: Quantity; label: TableText }[] }
  | { type: 'calc'; kind: 'listed-sum'; count: Quantity; column: TableText }
  | { type: 'calc'; kind: 'mean'; sum: Quantity; count: Quantity }
  | { type: 'calc'; kind: 'weighted-mean'; count: Quantity };

export type CalculationKind = Calculation['kind'];

/**
 * The tail of a message about a derived cell: nothing; the cell is a formula recalc leaves alone; recalc writes
 * another value once other corrections land; what the rules give instead.
 */
export type Note =
  | { type: 'note'; kind: 'none' }
  | { type: 'note'; kind: 'formula' }
  | { type: 'note'; kind: 'recalc-writes'; value: Quantity | TableText }
  | { type: 'note'; kind: 'rules-give'; value: Quantity }
  | { type: 'note'; kind: 'table-recalculated'; entered: Quantity; value: Quantity };

// What a 自评报告 claims (src/core/claims): its subject, its measure, where it stands, the figure as written.

export type ClaimSubjectKind = 'whole' | 'basic' | 'projects' | 'sangong' | 'item' | 'part';

export type ClaimMeasure =
  | 'initial'
  | 'adjusted'
  | 'budget'
  | 'executed'
  | 'received'
  | 'balance'
  | 'income'
  | 'rate'
  | 'ratio'
  | 'count'
  | 'score'
  | 'averageScore'
  | 'grade';

/** "部门整体的调整预算数": a subject (the whole, an item by its name …), a measure, or both. `name` is the report's own
 *  word for the subject ("党务经费", "部门整体"). */
export interface ClaimAbout {
  type: 'claim-about';
  subject: ClaimSubjectKind | null;
  name: string;
  measure: ClaimMeasure | null;
}

/** Where a claim stands in the report: a body paragraph, or a cell of one of its tables. */
export interface ReportPlace {
  type: 'report-place';
  paragraph?: number;
  sheet?: string;
  cell?: string;
}

/** A figure as the report writes it ("8,024.86万元"), with its number and unit for languages that say it otherwise. */
export interface Written {
  type: 'written';
  text: string;
  value: number | string;
  unit: '万元' | '元' | '亿元' | '%' | '分' | '个' | null;
  /** The amount in 万元, where it is written in another unit. */
  wan: number | null;
}

/** A figure of the engine's own with its unit: "1125.54 万元", "100.00%", "12 个", "98 分". */
export interface Measured {
  type: 'measured';
  value: number;
  unit: 'wan' | 'percent' | 'count' | 'points';
}

/** "预算执行数 69.64 万元 ÷ 预算数 134.5 万元": figures of the report, each named. */
export interface ClaimTerms {
  type: 'claim-terms';
  op: '÷' | '+' | '−';
  terms: { label: ClaimAbout | TableText; figure: Written }[];
}

export type MessageValue =
  | TableText
  | Quantity
  | Shown
  | Subject
  | Term
  | OperatorSign
  | Parts
  | Calculation
  | Note
  | ClaimAbout
  | ReportPlace
  | Written
  | Measured
  | ClaimTerms;

export type MessageData = Record<string, MessageValue>;

// Constructors, so that rules (and their tests) say what a value is in a word.
export const text = (t: string): TableText => ({ type: 'text', text: t });
/** A rate: 0.143 reads 14.30%. */
export const rate = (value: number, decimals = 2): Quantity => ({ type: 'quantity', value, unit: 'percent', decimals });
/** A score or weight: up to 2 decimals. */
export const points = (value: number): Quantity => ({ type: 'quantity', value, unit: 'number', decimals: 2 });
/** An amount or an actual: up to 4 decimals (89.974 stays 89.974). */
export const amount = (value: number): Quantity => ({ type: 'quantity', value, unit: 'number', decimals: 4 });
export const subject = (kind: SubjectKind, name = ''): Subject => ({ type: 'subject', kind, name });
export const term = (t: TermId): Term => ({ type: 'term', term: t });
export const operatorSign = (operator: Operator): OperatorSign => ({ type: 'operator', operator });
export const parts = (list: Parts['parts']): Parts => ({ type: 'parts', parts: list });
export const noNote: Note = { type: 'note', kind: 'none' };

/** A figure as the table shows it. */
export function shown(f: Pick<Figure, 'raw' | 'percent' | 'percentDecimals'> | null | undefined): Shown {
  return { type: 'shown', raw: f?.raw ?? null, percent: f?.percent ?? false, percentDecimals: f?.percentDecimals ?? null };
}

/** A number on a target's scale: a percent target's actual reads as a percentage. */
export function onScale(value: number, percent: boolean): Quantity {
  return percent ? rate(value) : amount(value);
}

export const measured = (value: number, unit: Measured['unit']): Measured => ({ type: 'measured', value, unit });
export const reportPlace = (at: { paragraph?: number; sheet?: string; cell?: string }): ReportPlace => ({ type: 'report-place', ...at });
