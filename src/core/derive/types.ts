// Derived cells: rates, scores, sums, totals, grade. Each gets two expectations:
//  asRead — computed from the figures as they stand in the table (a finding fires when the cell disagrees);
//  final  — computed from typed inputs only, with every other derived cell corrected (what recalc writes).
import type { BudgetRow, Figure, IndicatorRow, Table } from '../model';
import type { ScoreFormula } from '../score';
import type { Calculation, Subject } from '../values';

export type DerivedKind =
  | 'task-rate'
  | 'budget-rate'
  | 'summary-rate'
  | 'budget-score'
  | 'indicator-score'
  | 'score-coefficient'
  | 'group-score'
  | 'total'
  | 'grade'
  // A roll-up sheet's derived cells (src/core/rollup): a listed table's rate, the 合计 line, the average score.
  | 'rollup-rate'
  | 'rollup-total'
  | 'rollup-average';

export interface Derived {
  kind: DerivedKind;
  /** What the cell is. */
  subject: Subject;
  sheet: string;
  cell: string;
  figure: Figure | null;
  /** The grade cell's text. */
  text?: string;
  /** The cell's own Excel formula, if it holds one: never overwritten. */
  formula: string | null;
  asRead: number | string | null;
  /** How asRead was computed; null when it could not be (a rate over a budget of 0). */
  how: Calculation | null;
  final: number | string | null;
  related: string[];
  /** A rate (shown as a percentage), not a score. */
  isRate: boolean;
  /** The weight a budget or indicator score may not exceed. */
  weight?: number | null;
}

export interface IndicatorCalc {
  row: IndicatorRow;
  group: string;
  /** null when not computable: qualitative, no weight, missing figures, direction conflict. */
  expected: number | null;
  actualOnScale: number | null;
  /** The scoring rule that gave `expected`. */
  score: ScoreFormula | null;
  /** A 预算执行率 row scored from the budget figures: how, and the cells it came from. */
  fromBudget?: { how: Calculation; cells: string[] };
  directionConflict: boolean;
  /** The actual's unit cannot be compared with the target's ("12人" against "≥10次"). */
  unitConflict?: boolean;
}

export interface TableCalc {
  table: Table;
  derived: Derived[];
  indicators: IndicatorCalc[];
  budgetRow: BudgetRow | null;
  budgetRate: number | null;
  budgetScoreExpected: number | null;
  totalFinal: number | null;
  totalAsRead: number | null;
  groupFinal: Map<string, number>;
  groupEntered: Map<string, number>;
}

export const cells = (...list: (string | null | undefined)[]): string[] => list.filter((c): c is string => !!c);
