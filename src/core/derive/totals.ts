// Sums of scores: each first-level group, the 各项指标得分情况表 rows and their 得分率, the 自评总分, and the grade.
import { type Figure, num, type Table } from '../model';
import { gradeFor, type GradeBand } from '../profile';
import { sumOf } from '../text';
import { parts, points, subject, term, text } from '../values';
import type { BudgetScore } from './scores';
import { cells, type Derived, type IndicatorCalc } from './types';

const scoreOf = (f: Figure | null | undefined): number => num(f) ?? 0;

export interface GroupSums {
  /** Each group's rows as entered; a group split in two (its label repeated further down) adds up under one name. */
  entered: Map<string, number>;
  /** Each group's rows once recalc has written the scores it can compute. */
  final: Map<string, number>;
}

export interface Totals {
  asRead: number | null;
  final: number | null;
}

export function totalsOf(table: Table, budget: BudgetScore, groups: GroupSums, indicators: IndicatorCalc[] = []): Totals {
  // A total is due once any part has a score, typed or one recalc will write (so recalc twice = recalc once).
  const anyScore = budget.entered !== null || budget.expected !== null
    || table.groups.some((g) => g.rows.some((r) => num(r.score) !== null))
    || indicators.some((c) => c.expected !== null && c.row.score !== null);
  if (!anyScore || (table.groups.length === 0 && budget.row === null)) return { asRead: null, final: null };
  return {
    asRead: sumOf([budget.entered ?? 0, ...groups.entered.values()]),
    final: sumOf([budget.final ?? 0, ...groups.final.values()]),
  };
}

/** 各项指标得分情况表: each row's 得分 (its group's rows, the budget score, or the rows above it) and 得分率. */
export function summaryCells(table: Table, budget: BudgetScore, groups: GroupSums, totals: Totals): Derived[] {
  const derived: Derived[] = [];
  const enteredAbove: number[] = [];
  for (const s of table.summary) {
    let asRead: number | null = null;
    let final: number | null = null;
    let how: Derived['how'] = null;
    if (s.key === 'group' && groups.entered.has(s.group)) {
      asRead = groups.entered.get(s.group)!;
      final = groups.final.get(s.group)!;
      how = { type: 'calc', kind: 'group-rows', group: text(s.group) };
    } else if (s.key === 'budget') {
      asRead = budget.entered;
      final = budget.final;
      how = { type: 'calc', kind: 'budget-execution-score' };
    } else if (s.key === 'total') {
      asRead = enteredAbove.length ? sumOf(enteredAbove) : null;
      final = totals.final;
      how = { type: 'calc', kind: 'rows-above' };
    }
    if (s.key !== 'total') enteredAbove.push(scoreOf(s.score));
    if (s.score && (asRead !== null || final !== null)) {
      derived.push({
        kind: 'group-score', subject: subject('summary-score', s.label), sheet: s.score.sheet, cell: s.score.cell, figure: s.score,
        formula: s.score.formula, asRead, how, final, related: [], isRate: false,
      });
    }
    const w = num(s.weight);
    if (s.rate && w !== null && w !== 0) {
      const entered = num(s.score);
      const finalScore = final ?? entered;
      derived.push({
        kind: 'summary-rate', subject: subject('summary-rate', s.label), sheet: s.rate.sheet, cell: s.rate.cell, figure: s.rate,
        formula: s.rate.formula,
        asRead: entered === null ? null : entered / w,
        how: entered === null ? null : { type: 'calc', kind: 'quotient', numerator: points(entered), denominator: points(w) },
        final: finalScore === null ? null : finalScore / w,
        related: cells(s.score?.cell, s.weight?.cell), isRate: true,
      });
    }
  }
  return derived;
}

export function totalCell(table: Table, budget: BudgetScore, groups: GroupSums, totals: Totals): Derived | null {
  if (!table.total || totals.asRead === null) return null;
  const named = [
    { label: term('budget-execution'), value: points(budget.entered ?? 0) },
    ...[...groups.entered].map(([group, score]) => ({ label: text(group), value: points(score) })),
  ];
  return {
    kind: 'total', subject: subject('total'), sheet: table.total.sheet, cell: table.total.cell, figure: table.total,
    formula: table.total.formula, asRead: totals.asRead, how: { type: 'calc', kind: 'sum-of-parts', parts: parts(named) },
    final: totals.final, related: [], isRate: false,
  };
}

/** The grade the total's band gives: as read from the entered total, and once recalc has written the total. */
export function gradeCell(table: Table, totals: Totals, bands: GradeBand[]): Derived | null {
  if (!table.grade) return null;
  const enteredTotal = num(table.total) ?? totals.asRead;
  if (enteredTotal === null) return null;
  return {
    kind: 'grade', subject: subject('grade'), sheet: table.sheet, cell: table.grade.cell, figure: null, text: table.grade.text,
    formula: table.grade.formula,
    asRead: gradeFor(enteredTotal, bands),
    how: { type: 'calc', kind: 'grade-bands', total: points(enteredTotal), bands: bands.map((b) => ({ min: points(b.min), label: text(b.label) })) },
    final: totals.final === null ? null : gradeFor(totals.final, bands),
    related: table.total ? [table.total.cell] : [], isRate: false,
  };
}
