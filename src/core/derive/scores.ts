// Scores: the budget execution score min(rate, 1) × w, and each quantitative indicator's score by its profile.
import { type BudgetRow, type IndicatorRow, num, type Table } from '../model';
import type { Profile } from '../profile';
import {
  actualOnTargetScale,
  budgetBase,
  budgetExecutionScore,
  budgetRowRate,
  indicatorDirection,
  scoredAsBudgetExecution,
  scoreFormula,
  scoreOf,
  unitsConflict,
} from '../score';
import { operatorDirection, parseDirection } from '../target';
import { amount, onScale, points, rate, subject, text } from '../values';
import { cells, type Derived, type IndicatorCalc } from './types';

export interface BudgetScore {
  /** The weighted budget row (部门预算总额 / 年度资金总额), which carries the budget execution score. */
  row: BudgetRow | null;
  rate: number | null;
  expected: number | null;
  entered: number | null;
  /** What recalc leaves in the score cell: the expected score, else what was entered. */
  final: number | null;
  derived: Derived[];
}

export function budgetScore(table: Table): BudgetScore {
  const row = table.budgetRows.find((b) => num(b.weight) !== null) ?? table.budgetRows.find((b) => b.key === 'total') ?? null;
  const budgetRate = row ? budgetRowRate(row) : null;
  const weight = row ? num(row.weight) : null;
  const expected = budgetRate !== null && weight !== null ? budgetExecutionScore(budgetRate, weight) : null;
  const entered = row ? num(row.score) : null;
  const derived: Derived[] = [];
  if (row?.score && weight !== null) {
    const base = budgetBase(row);
    derived.push({
      kind: 'budget-score',
      subject: subject('row-score', row.label),
      sheet: row.score.sheet,
      cell: row.score.cell,
      figure: row.score,
      formula: row.score.formula,
      asRead: expected,
      how:
        budgetRate === null
          ? null
          : { type: 'calc', kind: 'budget-score', rate: rate(budgetRate), executed: amount(row.executed!.value!), budget: amount(base!.value!), weight: points(weight) },
      final: expected,
      related: cells(row.executed?.cell, base?.cell, row.weight?.cell),
      isRate: false,
      weight,
    });
  }
  return { row, rate: budgetRate, expected, entered, final: expected ?? entered, derived };
}

/** A 预算执行率 row with no target of its own (Ningxia's 项目管理): scored like the budget block, min(rate, 1) × w. */
function fromBudget(row: IndicatorRow, w: number, budget: BudgetScore): IndicatorCalc['fromBudget'] & { expected: number } | null {
  const base = budget.row ? budgetBase(budget.row) : null;
  if (!scoredAsBudgetExecution(row) || budget.rate === null || !budget.row?.executed || !base) return null;
  return {
    expected: budgetExecutionScore(budget.rate, w),
    how: { type: 'calc', kind: 'budget-score', rate: rate(budget.rate), executed: amount(budget.row.executed.value!), budget: amount(base.value!), weight: points(w) },
    cells: [budget.row.executed.cell, base.cell],
  };
}

export function scoreIndicator(row: IndicatorRow, group: string, profile: Profile, budget?: BudgetScore): IndicatorCalc {
  const none: IndicatorCalc = { row, group, expected: null, actualOnScale: null, score: null, directionConflict: false };
  const w = num(row.weight);
  const byBudget = w !== null && budget ? fromBudget(row, w, budget) : null;
  if (byBudget) return { ...none, expected: byBudget.expected, fromBudget: { how: byBudget.how, cells: byBudget.cells } };
  if (unitsConflict(row.actual, row.target)) return { ...none, unitConflict: true };
  const columnDirection = row.directionColumn ? parseDirection(row.directionColumn.text) : null;
  if (row.target.operator && row.target.explicitOperator && columnDirection && operatorDirection(row.target.operator) !== columnDirection) {
    return { ...none, directionConflict: true };
  }
  if (w === null || row.target.kind !== 'quantitative' || row.target.value === null || !row.actual) return none;
  const B = actualOnTargetScale(row.actual, row.target);
  const direction = indicatorDirection(row);
  if (B === null || !direction) return none;
  const score = scoreFormula(row.target.value, B, w, direction, row.target.operator === 'eq', profile);
  return { ...none, expected: scoreOf(score), actualOnScale: B, score };
}

export function indicatorScoreCell(c: IndicatorCalc): Derived | null {
  const { row, score } = c;
  if (c.expected !== null && c.fromBudget && row.score) {
    return {
      kind: 'indicator-score', subject: subject('indicator-score', row.name), sheet: row.score.sheet, cell: row.score.cell,
      figure: row.score, formula: row.score.formula, asRead: c.expected, how: c.fromBudget.how, final: c.expected,
      related: cells(row.actual?.cell, row.weight?.cell, ...c.fromBudget.cells), isRate: false, weight: num(row.weight),
    };
  }
  if (c.expected === null || !score || !row.score) return null;
  const percent = row.target.percent;
  return {
    kind: 'indicator-score',
    subject: subject('indicator-score', row.name),
    sheet: row.score.sheet,
    cell: row.score.cell,
    figure: row.score,
    formula: row.score.formula,
    asRead: c.expected,
    // B is the actual as read (negative ones shown as typed), the formula's own B the one it scored.
    how: { type: 'calc', kind: 'indicator-score', rule: score.rule, target: text(row.target.text), A: onScale(score.A, percent), B: onScale(c.actualOnScale!, percent), w: points(score.w) },
    final: c.expected,
    related: cells(row.actual?.cell, ...row.targetCells, row.weight?.cell),
    isRate: false,
    weight: num(row.weight),
  };
}

/** 得分系数 = score ÷ weight (Chongqing's flat lists): a rate, judged and written like 得分率. */
export function coefficientCell(c: IndicatorCalc): Derived | null {
  const { row } = c;
  const w = num(row.weight);
  if (!row.coefficient || w === null || w === 0) return null;
  const entered = num(row.score);
  const final = c.expected ?? entered;
  return {
    kind: 'score-coefficient', subject: subject('indicator-coefficient', row.name), sheet: row.coefficient.sheet, cell: row.coefficient.cell,
    figure: row.coefficient, formula: row.coefficient.formula,
    asRead: entered === null ? null : entered / w,
    how: entered === null ? null : { type: 'calc', kind: 'quotient', numerator: points(entered), denominator: points(w) },
    final: final === null ? null : final / w,
    related: cells(row.score?.cell, row.weight?.cell), isRate: true,
  };
}
