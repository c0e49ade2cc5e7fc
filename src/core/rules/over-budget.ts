import type { Figure } from '../model';
import type { Rule } from './rule';
import { TOLERANCE_AMOUNT } from './rule';
import { budgetBase } from '../score';
import { formatNumber } from '../text';

/** Executed more than budgeted: 338.31 of 329.77. */
export const overBudget: Rule = {
  id: 'over-budget',
  severity: 'warning',
  description: { 'zh-CN': '执行数不应超过预算数', 'en-US': 'Execution should not exceed the budget' },
  messages: {
    'zh-CN': { over: '{label}执行数 {executed} 超过预算数 {budget}（超出 {diff}），请核实或说明' },
    'en-US': { over: '{label} executed {executed}, above its budget {budget} (by {diff}); check or explain' },
  },
  check(ctx) {
    const pairs: { label: string; executed: Figure | null; budget: Figure | null }[] = [
      ...ctx.table.tasks.map((t) => ({ label: `${t.name} `, executed: t.executed, budget: t.budget })),
      ...ctx.table.budgetRows.map((r) => ({ label: `${r.label} `, executed: r.executed, budget: budgetBase(r) })),
    ];
    for (const { label, executed, budget } of pairs) {
      if (!executed || executed.value === null || !budget || budget.value === null) continue;
      const diff = executed.value - budget.value;
      if (diff <= TOLERANCE_AMOUNT) continue;
      ctx.report({
        cell: executed.cell, related: [budget.cell], messageId: 'over',
        data: { label, executed: formatNumber(executed.value, 4), budget: formatNumber(budget.value, 4), diff: formatNumber(diff, 4) },
        expected: budget.value, actual: executed.value, fixable: false,
      });
    }
  },
};
