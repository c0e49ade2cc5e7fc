// Scoring rules of domain.md §2. A = target, B = actual, w = weight; scores round half up to 2 decimals.
import type { BudgetRow, Direction, Figure, IndicatorRow, Target } from './model';
import { monthOf, operatorDirection, parseDirection } from './target';
import type { Profile } from './profile';
import { mayBePercentNumber } from './rate';
import { isNotApplicable, moneyFactor, normalizeLabel, roundHalfUp } from './text';

/**
 * 预算执行率 as an indicator row of its own (Ningxia's 项目管理 group), weighted, with no target of its own (blank or
 * "—"): it is scored like the budget block, min(rate, 1) × w from the table's budget figures.
 */
export function scoredAsBudgetExecution(row: IndicatorRow): boolean {
  if (!/^(项目)?(预算|资金)执行率$/.test(normalizeLabel(row.name))) return false;
  return row.target.kind === 'none' ? row.target.text === '' : row.target.kind === 'qualitative' && isNotApplicable(row.target.text);
}

/** 预算数: 调整预算数 / 全年预算数 when present, else 年初预算数. */
export function budgetBase(row: { initial: Figure | null; adjusted: Figure | null }): Figure | null {
  if (row.adjusted && row.adjusted.value !== null) return row.adjusted;
  if (row.initial && row.initial.value !== null) return row.initial;
  return null;
}

/** 执行数 ÷ 预算数; null ("not applicable") when either is missing or the budget is 0. */
export function executionRate(executed: Figure | null, budget: Figure | null): number | null {
  if (!executed || executed.value === null || !budget || budget.value === null || budget.value === 0) return null;
  return executed.value / budget.value;
}

export function budgetRowRate(row: BudgetRow): number | null {
  return executionRate(row.executed, budgetBase(row));
}

/** min(rate, 1) × w: 76% → 7.6 of 10; 102.59% → 10. */
export function budgetExecutionScore(rate: number, weight: number): number {
  return roundHalfUp(Math.min(Math.max(rate, 0), 1) * weight, 2);
}

export function indicatorDirection(row: IndicatorRow): Direction | null {
  if (row.target.operator && row.target.explicitOperator !== false) return operatorDirection(row.target.operator);
  const fromColumn = row.directionColumn ? parseDirection(row.directionColumn.text) : null;
  if (fromColumn) return fromColumn;
  return row.target.operator ? operatorDirection(row.target.operator) : null;
}

/**
 * The actual on the target's scale. A percent target compares with a percent actual: "95%" and 0.95 (formatted
 * 0.00%) are 0.95 already; a bare 95 under a "(%)" header or beside a percent target above 1.5 means 95%.
 */
export function actualOnTargetScale(actual: Figure, target: Target): number | null {
  if (actual.value === null) return null;
  if (actual.unit && target.unit && actual.unit !== target.unit && !target.percent) {
    // "200000元" against "≤30万元" is 20 万元; "12人" against "≥10次" is no comparison at all.
    const factor = moneyFactor(actual.unit, target.unit);
    return factor === null ? null : Number((actual.value * factor).toFixed(10));
  }
  if (!target.percent || actual.percent) return actual.value;
  if (actual.percentColumn || mayBePercentNumber(actual.value)) return actual.value / 100;
  return actual.value;
}

/**
 * Which scoring rule applies to a quantitative indicator: decided here once, evaluated by scoreOf, and described by
 * the presentation modules from the same value.
 *  met          B reached A (≥ for 正向, ≤ for 反向; = 0 hit for an 等于 target of 0): w
 *  short        正向 below target: B ÷ A × w
 *  over-ratio   反向 above target, profile national: A ÷ B × w
 *  over-linear  反向 above target, profile yitihua: w × (1 − (B − A) ÷ A)
 *  over-double  反向 at 2A or more, profile yitihua: 0
 *  zero         an 等于 0 target missed, or a 反向 target of 0 or less exceeded: 0
 */
export type ScoreRule = 'met' | 'short' | 'over-ratio' | 'over-linear' | 'over-double' | 'zero';

export interface ScoreFormula {
  rule: ScoreRule;
  /** Target. */
  A: number;
  /** Actual, negative counted as 0. */
  B: number;
  /** Weight. */
  w: number;
}

export function scoreFormula(A: number, actual: number, w: number, direction: Direction, operatorIsEquals: boolean, profile: Profile): ScoreFormula {
  const B = Math.max(actual, 0); // negative actuals count as 0
  const rule = ((): ScoreRule => {
    if (operatorIsEquals && A === 0) return B <= 0 ? 'met' : 'zero';
    if (direction === 'positive') return B >= A || A <= 0 ? 'met' : 'short';
    if (B <= A) return 'met';
    if (A <= 0) return 'zero';
    if (profile.reverseScoring === 'ratio') return 'over-ratio';
    return B >= 2 * A ? 'over-double' : 'over-linear';
  })();
  return { rule, A, B, w };
}

/** The score a formula gives, rounded half up to 2 decimals. */
export function scoreOf({ rule, A, B, w }: ScoreFormula): number {
  switch (rule) {
    case 'met':
      return roundHalfUp(w, 2);
    case 'short':
      return roundHalfUp((B / A) * w, 2);
    case 'over-ratio':
      return roundHalfUp((A / B) * w, 2);
    case 'over-linear':
      return roundHalfUp(w * (1 - (B - A) / A), 2);
    case 'over-double':
    case 'zero':
      return 0;
  }
}

export function quantitativeScore(A: number, actual: number, w: number, direction: Direction, operatorIsEquals: boolean, profile: Profile): number {
  return scoreOf(scoreFormula(A, actual, w, direction, operatorIsEquals, profile));
}

export type QualitativeTier = 'met' | 'partly' | 'missed';

/** Shares of the weight each tier allows; its name (达成年度指标 …) is wording, in src/core/present. */
export const TIER_BOUNDS: Record<QualitativeTier, { min: number; max: number }> = {
  met: { min: 0.8, max: 1 },
  partly: { min: 0.6, max: 0.8 },
  missed: { min: 0, max: 0.6 },
};

/** Units the actual and the target cannot be compared in: "12人" against "≥10次" (元 and 万元 convert). */
export function unitsConflict(actual: Figure | null, target: Target): boolean {
  if (!actual || actual.value === null || !actual.unit || !target.unit || target.percent) return false;
  return actual.unit !== target.unit && moneyFactor(actual.unit, target.unit) === null;
}

/**
 * The tier comes from the actual: 达成… / 部分达成… / 未达成…, or an actual equal to the target text. A 时效 target
 * ("9月前") is met by an actual in that month or before it, or one that says it was done on time.
 */
export function qualitativeTier(row: IndicatorRow): QualitativeTier | null {
  const actual = row.actualText;
  if (!actual) return null;
  if (/^未达成|^未完成/.test(actual)) return 'missed';
  if (/^部分达成|^部分完成|^基本达成|^基本完成/.test(actual)) return 'partly';
  if (/^达成|^已达成/.test(actual)) return 'met';
  const target = row.target.text.replace(/^[≥≤=><]/, '');
  if (target && actual === target) return 'met';
  if (row.target.timely) {
    const due = monthOf(target);
    const done = monthOf(actual);
    if (due && done) {
      const year = due.year !== null && done.year !== null ? done.year - due.year : 0;
      return year < 0 || (year === 0 && done.month <= due.month) ? 'met' : 'missed';
    }
    if (/^(已|如期|按期|按时|及时)?完成$|^(如期|按期|按时|及时)/.test(actual)) return 'met';
  }
  return null;
}

/** Is the score inside its tier? 部分达成 is 60% (incl.) – 80% (excl.); 达成 80% – 100%; 未达成 below 60%. */
export function scoreInTier(score: number, weight: number, tier: QualitativeTier): boolean {
  const share = weight === 0 ? 0 : score / weight;
  const eps = 1e-9;
  if (tier === 'met') return share >= 0.8 - eps && share <= 1 + eps;
  if (tier === 'partly') return share >= 0.6 - eps && share < 0.8 - eps;
  return share >= -eps && share < 0.6 - eps;
}
