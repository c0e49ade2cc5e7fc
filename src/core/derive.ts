// Derived cells: rates, scores, sums, totals, grade. Each gets two expectations:
//  asRead — computed from the figures as they stand in the table (a finding fires when the cell disagrees);
//  final  — computed from typed inputs only, with every other derived cell corrected (what recalc writes).
import { type BudgetRow, type Figure, type IndicatorGroup, type IndicatorRow, num, type Table } from './model';
import { gradeFor, type GradeBand, type Profile } from './profile';
import {
  actualOnTargetScale,
  budgetBase,
  budgetExecutionScore,
  budgetRowRate,
  executionRate,
  indicatorDirection,
  quantitativeScore,
  scoredAsBudgetExecution,
  unitsConflict,
} from './score';
import { operatorDirection, parseDirection } from './target';
import { formatNumber, formatPercent, sumOf } from './text';

export type DerivedKind =
  | 'task-rate'
  | 'budget-rate'
  | 'summary-rate'
  | 'budget-score'
  | 'indicator-score'
  | 'score-coefficient'
  | 'group-score'
  | 'total'
  | 'grade';

export interface Derived {
  kind: DerivedKind;
  /** What the cell is, for messages: "任务 5: 全面深化改革经费 的预算执行率". */
  what: string;
  sheet: string;
  cell: string;
  figure: Figure | null;
  /** The grade cell's text. */
  text?: string;
  formula: string | null;
  asRead: number | string | null;
  /** How asRead was computed: "1.43 ÷ 10". */
  how: string;
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
  how: string;
  directionConflict: boolean;
  /** The actual's unit cannot be compared with the target's ("12人" against "≥10次"). */
  unitConflict?: boolean;
  /** Cells outside the row the expectation came from (the budget figures of a 预算执行率 row). */
  fromCells?: string[];
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

const scoreOf = (f: Figure | null | undefined): number => num(f) ?? 0;

/** A first-level group's weight: the one in its label ("产出指标（40分）"), else its rows' weights added up. */
export function groupWeight(group: IndicatorGroup): number | null {
  if (group.labelWeight !== null) return group.labelWeight;
  const weights = group.rows.map((r) => num(r.weight)).filter((w): w is number => w !== null);
  return weights.length > 0 ? sumOf(weights) : null;
}

function rateDerived(kind: DerivedKind, what: string, slot: Figure, rate: number | null, how: string, related: string[]): Derived {
  return { kind, what, sheet: slot.sheet, cell: slot.cell, figure: slot, formula: slot.formula, asRead: rate, how, final: rate, related, isRate: true };
}

/** The table's budget execution, for an indicator row that scores it: min(rate, 1) × w. */
interface BudgetExecution {
  rate: number;
  how: string;
  cells: string[];
}

function calcIndicator(row: IndicatorRow, group: string, profile: Profile, budget: BudgetExecution | null): IndicatorCalc {
  const base: IndicatorCalc = { row, group, expected: null, actualOnScale: null, how: '', directionConflict: false };
  const w = num(row.weight);
  if (w !== null && budget && scoredAsBudgetExecution(row)) {
    return { ...base, expected: budgetExecutionScore(budget.rate, w), how: `${budget.how}，min(执行率, 100%) × ${formatNumber(w)}`, fromCells: budget.cells };
  }
  if (unitsConflict(row.actual, row.target)) return { ...base, unitConflict: true };
  const columnDirection = row.directionColumn ? parseDirection(row.directionColumn.text) : null;
  if (row.target.operator && row.target.explicitOperator && columnDirection && operatorDirection(row.target.operator) !== columnDirection) {
    return { ...base, directionConflict: true };
  }
  if (w === null || row.target.kind !== 'quantitative' || row.target.value === null || !row.actual) return base;
  const B = actualOnTargetScale(row.actual, row.target);
  const direction = indicatorDirection(row);
  if (B === null || !direction) return base;
  const A = row.target.value;
  const expected = quantitativeScore(A, B, w, direction, row.target.operator === 'eq', profile);
  const show = (x: number) => (row.target.percent ? formatPercent(x) : formatNumber(x, 4));
  const met = direction === 'positive' ? B >= A : B <= A;
  const how = met
    ? `实际 ${show(B)} 达到目标 ${row.target.text}，得满分 ${formatNumber(w)}`
    : direction === 'positive'
      ? `实际 ${show(B)} 未达目标 ${row.target.text}：${show(B)} ÷ ${show(A)} × ${formatNumber(w)}`
      : profile.reverseScoring === 'ratio'
        ? `实际 ${show(B)} 超过目标 ${row.target.text}：${show(A)} ÷ ${show(B)} × ${formatNumber(w)}`
        : `实际 ${show(B)} 超过目标 ${row.target.text}：${formatNumber(w)} × (1 − (${show(B)} − ${show(A)}) ÷ ${show(A)})`;
  return { ...base, expected, actualOnScale: B, how };
}

export function deriveTable(table: Table, profile: Profile, bands: GradeBand[]): TableCalc {
  const derived: Derived[] = [];

  for (const task of table.tasks) {
    if (!task.rate) continue;
    const rate = executionRate(task.executed, task.budget);
    const how = rate === null ? '' : `${formatNumber(task.executed!.value!, 4)} ÷ ${formatNumber(task.budget!.value!, 4)}`;
    derived.push(rateDerived('task-rate', `${task.name} 的预算执行率`, task.rate, rate, how,
      [task.executed?.cell, task.budget?.cell].filter((c): c is string => !!c)));
  }

  for (const row of table.budgetRows) {
    if (!row.rate) continue;
    const base = budgetBase(row);
    const rate = budgetRowRate(row);
    const how = rate === null ? '' : `${formatNumber(row.executed!.value!, 4)} ÷ ${formatNumber(base!.value!, 4)}`;
    derived.push(rateDerived('budget-rate', `${row.label || '预算'} 的预算执行率`, row.rate, rate, how,
      [row.executed?.cell, base?.cell].filter((c): c is string => !!c)));
  }

  // The weighted budget row (部门预算总额 / 年度资金总额) carries the budget execution score.
  const budgetRow = table.budgetRows.find((b) => num(b.weight) !== null) ?? table.budgetRows.find((b) => b.key === 'total') ?? null;
  const budgetRate = budgetRow ? budgetRowRate(budgetRow) : null;
  const budgetWeight = budgetRow ? num(budgetRow.weight) : null;
  const budgetScoreExpected = budgetRate !== null && budgetWeight !== null ? budgetExecutionScore(budgetRate, budgetWeight) : null;
  if (budgetRow?.score && budgetWeight !== null) {
    const base = budgetBase(budgetRow)!;
    derived.push({
      kind: 'budget-score',
      what: `${budgetRow.label} 的预算执行得分`,
      sheet: budgetRow.score.sheet,
      cell: budgetRow.score.cell,
      figure: budgetRow.score,
      formula: budgetRow.score.formula,
      asRead: budgetScoreExpected,
      how: budgetRate === null ? '' : `执行率 ${formatPercent(budgetRate)}（${formatNumber(budgetRow.executed!.value!, 4)} ÷ ${formatNumber(base.value!, 4)}），min(执行率, 100%) × ${formatNumber(budgetWeight)}`,
      final: budgetScoreExpected,
      related: [budgetRow.executed?.cell, base?.cell, budgetRow.weight?.cell].filter((c): c is string => !!c),
      isRate: false,
      weight: budgetWeight,
    });
  }
  const budgetEntered = budgetRow ? num(budgetRow.score) : null;
  const budgetFinal = budgetScoreExpected ?? budgetEntered;
  const budgetBaseFigure = budgetRow ? budgetBase(budgetRow) : null;
  const budgetExecution: BudgetExecution | null = budgetRate === null || !budgetRow || !budgetBaseFigure
    ? null
    : {
      rate: budgetRate,
      how: `执行率 ${formatPercent(budgetRate)}（${formatNumber(budgetRow.executed!.value!, 4)} ÷ ${formatNumber(budgetBaseFigure.value!, 4)}）`,
      cells: [budgetRow.executed!.cell, budgetBaseFigure.cell],
    };

  const indicators: IndicatorCalc[] = [];
  const groupEntered = new Map<string, number>();
  const groupFinal = new Map<string, number>();
  // A total is due once any part has a score, typed or one recalc will write (so recalc twice = recalc once).
  let anyScore = budgetEntered !== null || budgetScoreExpected !== null;
  for (const group of table.groups) {
    const entered: number[] = [];
    const final: number[] = [];
    for (const row of group.rows) {
      const calc = calcIndicator(row, group.name, profile, budgetExecution);
      indicators.push(calc);
      if (num(row.score) !== null || (calc.expected !== null && row.score)) anyScore = true;
      entered.push(scoreOf(row.score));
      final.push(calc.expected ?? scoreOf(row.score));
      if (calc.expected !== null && row.score) {
        derived.push({
          kind: 'indicator-score',
          what: `指标“${row.name}”的得分`,
          sheet: row.score.sheet,
          cell: row.score.cell,
          figure: row.score,
          formula: row.score.formula,
          asRead: calc.expected,
          how: calc.how,
          final: calc.expected,
          related: [row.actual?.cell, ...row.targetCells, row.weight?.cell, ...(calc.fromCells ?? [])]
            .filter((c): c is string => !!c),
          isRate: false,
          weight: num(row.weight),
        });
      }
      // 得分系数 = score ÷ weight (Chongqing): a rate, judged and written like 得分率.
      const w = num(row.weight);
      if (row.coefficient && w !== null && w !== 0) {
        const entered = num(row.score);
        const finalScore = calc.expected ?? entered;
        derived.push({
          kind: 'score-coefficient', what: `指标“${row.name}”的得分系数`, sheet: row.coefficient.sheet, cell: row.coefficient.cell,
          figure: row.coefficient, formula: row.coefficient.formula,
          asRead: entered === null ? null : entered / w,
          how: entered === null ? '' : `${formatNumber(entered)} ÷ ${formatNumber(w)}`,
          final: finalScore === null ? null : finalScore / w,
          related: [row.score?.cell, row.weight?.cell].filter((c): c is string => !!c), isRate: true,
        });
      }
    }
    // A group split in two (its label repeated further down) adds up under one name.
    groupEntered.set(group.name, sumOf([groupEntered.get(group.name) ?? 0, ...entered]));
    groupFinal.set(group.name, sumOf([groupFinal.get(group.name) ?? 0, ...final]));
  }

  const hasParts = anyScore && (table.groups.length > 0 || budgetRow !== null);
  const totalAsRead = hasParts ? sumOf([budgetEntered ?? 0, ...groupEntered.values()]) : null;
  const totalFinal = hasParts ? sumOf([budgetFinal ?? 0, ...groupFinal.values()]) : null;
  const partsHow = (label: string) => `${label}：预算执行 ${formatNumber(budgetEntered ?? 0)}${[...groupEntered].map(([g, s]) => ` + ${g} ${formatNumber(s)}`).join('')}`;

  // 各项指标得分情况表
  const summaryEntered: number[] = [];
  for (const s of table.summary) {
    let asRead: number | null = null;
    let final: number | null = null;
    let how = '';
    if (s.key === 'group' && groupEntered.has(s.group)) {
      asRead = groupEntered.get(s.group)!;
      final = groupFinal.get(s.group)!;
      how = `${s.group} 各三级指标得分之和`;
    } else if (s.key === 'budget') {
      asRead = budgetEntered;
      final = budgetFinal;
      how = '预算执行得分';
    } else if (s.key === 'total') {
      asRead = summaryEntered.length ? sumOf(summaryEntered) : null;
      final = totalFinal;
      how = '上列各项得分之和';
    }
    if (s.key !== 'total') summaryEntered.push(scoreOf(s.score));
    if (s.score && (asRead !== null || final !== null)) {
      derived.push({
        kind: 'group-score', what: `得分情况表中“${s.label}”的得分`, sheet: s.score.sheet, cell: s.score.cell, figure: s.score,
        formula: s.score.formula, asRead, how, final, related: [], isRate: false,
      });
    }
    const w = num(s.weight);
    if (s.rate && w !== null && w !== 0) {
      const entered = num(s.score);
      const finalScore = final ?? entered;
      derived.push({
        kind: 'summary-rate', what: `得分情况表中“${s.label}”的得分率`, sheet: s.rate.sheet, cell: s.rate.cell, figure: s.rate,
        formula: s.rate.formula,
        asRead: entered === null ? null : entered / w,
        how: entered === null ? '' : `${formatNumber(entered)} ÷ ${formatNumber(w)}`,
        final: finalScore === null ? null : finalScore / w,
        related: [s.score?.cell, s.weight?.cell].filter((c): c is string => !!c), isRate: true,
      });
    }
  }

  if (table.total && totalAsRead !== null) {
    derived.push({
      kind: 'total', what: '自评总分', sheet: table.total.sheet, cell: table.total.cell, figure: table.total,
      formula: table.total.formula, asRead: totalAsRead, how: partsHow('各项得分之和'), final: totalFinal, related: [], isRate: false,
    });
  }

  if (table.grade) {
    const enteredTotal = num(table.total) ?? totalAsRead;
    if (enteredTotal !== null) {
      derived.push({
        kind: 'grade', what: '自评等级', sheet: table.sheet, cell: table.grade.cell, figure: null, text: table.grade.text,
        formula: table.grade.formula,
        asRead: gradeFor(enteredTotal, bands),
        how: `总分 ${formatNumber(enteredTotal)} 按等级分档 ${bands.map((b) => `${b.min} 分以上为${b.label}`).join('、')}`,
        final: totalFinal === null ? null : gradeFor(totalFinal, bands),
        related: table.total ? [table.total.cell] : [], isRate: false,
      });
    }
  }

  return { table, derived, indicators, budgetRow, budgetRate, budgetScoreExpected, totalFinal, totalAsRead, groupFinal, groupEntered };
}
