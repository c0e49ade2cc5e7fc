// deriveTable: every derived cell of one table, by kind — rates, scores, sums and the grade — with what it should
// hold as read and what recalc leaves in it.
import { type IndicatorGroup, num, type Table } from '../model';
import type { GradeBand, Profile } from '../profile';
import { sumOf } from '../text';
import { budgetRates, taskRates } from './rates';
import { budgetScore, coefficientCell, indicatorScoreCell, scoreIndicator } from './scores';
import { gradeCell, type GroupSums, summaryCells, totalCell, totalsOf } from './totals';
import type { Derived, IndicatorCalc, TableCalc } from './types';

export type { Derived, DerivedKind, IndicatorCalc, TableCalc } from './types';

/** A first-level group's weight: the one in its label ("产出指标（40分）"), else its rows' weights added up. */
export function groupWeight(group: IndicatorGroup): number | null {
  if (group.labelWeight !== null) return group.labelWeight;
  const weights = group.rows.map((r) => num(r.weight)).filter((w): w is number => w !== null);
  return weights.length > 0 ? sumOf(weights) : null;
}

export function deriveTable(table: Table, profile: Profile, bands: GradeBand[]): TableCalc {
  const budget = budgetScore(table);
  const indicators: IndicatorCalc[] = [];
  const groups: GroupSums = { entered: new Map(), final: new Map() };
  for (const group of table.groups) {
    const calcs = group.rows.map((row) => scoreIndicator(row, group.name, profile, budget));
    indicators.push(...calcs);
    const entered = calcs.map((c) => num(c.row.score) ?? 0);
    const final = calcs.map((c) => c.expected ?? num(c.row.score) ?? 0);
    groups.entered.set(group.name, sumOf([groups.entered.get(group.name) ?? 0, ...entered]));
    groups.final.set(group.name, sumOf([groups.final.get(group.name) ?? 0, ...final]));
  }
  const totals = totalsOf(table, budget, groups, indicators);
  const derived: Derived[] = [
    ...taskRates(table),
    ...budgetRates(table),
    ...budget.derived,
    ...indicators.map(indicatorScoreCell).filter((d): d is Derived => d !== null),
    ...indicators.map(coefficientCell).filter((d): d is Derived => d !== null),
    ...summaryCells(table, budget, groups, totals),
    ...[totalCell(table, budget, groups, totals), gradeCell(table, totals, bands)].filter((d): d is Derived => d !== null),
  ];
  return {
    table,
    derived,
    indicators,
    budgetRow: budget.row,
    budgetRate: budget.rate,
    budgetScoreExpected: budget.expected,
    totalFinal: totals.final,
    totalAsRead: totals.asRead,
    groupFinal: groups.final,
    groupEntered: groups.entered,
  };
}
