// 预算执行率 of the 年度主要任务 rows and of the budget rows: 执行数 ÷ 预算数 (domain.md §2).
import type { Figure, Table } from '../model';
import { budgetBase, budgetRowRate, executionRate } from '../score';
import { amount, type Subject, subject } from '../values';
import { cells, type Derived, type DerivedKind } from './types';

function rateCell(kind: DerivedKind, what: Subject, slot: Figure, rate: number | null, executed: Figure | null, base: Figure | null): Derived {
  return {
    kind,
    subject: what,
    sheet: slot.sheet,
    cell: slot.cell,
    figure: slot,
    formula: slot.formula,
    asRead: rate,
    how: rate === null ? null : { type: 'calc', kind: 'quotient', numerator: amount(executed!.value!), denominator: amount(base!.value!) },
    final: rate,
    related: cells(executed?.cell, base?.cell),
    isRate: true,
  };
}

export function taskRates(table: Table): Derived[] {
  return table.tasks
    .filter((task) => task.rate)
    .map((task) => rateCell('task-rate', subject('task-rate', task.name), task.rate!, executionRate(task.executed, task.budget), task.executed, task.budget));
}

export function budgetRates(table: Table): Derived[] {
  return table.budgetRows
    .filter((row) => row.rate)
    .map((row) => rateCell('budget-rate', subject('row-rate', row.label), row.rate!, budgetRowRate(row), row.executed, budgetBase(row)));
}
