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
    const over = (executed: Figure | null, budget: Figure | null) =>
      !!executed && executed.value !== null && !!budget && budget.value !== null && executed.value - budget.value > TOLERANCE_AMOUNT;
    // When the total row is over budget, its finding covers the 其中 rows that carry the same overrun.
    const total = ctx.table.budgetRows.find((r) => r.key === 'total');
    const totalOver = !!total && over(total.executed, budgetBase(total));
    const pairs: { label: string; executed: Figure | null; budget: Figure | null }[] = [
      ...ctx.table.tasks.map((t) => ({ label: `${t.name} `, executed: t.executed, budget: t.budget })),
      ...ctx.table.budgetRows
        .filter((r) => r === total || !totalOver)
        .map((r) => ({ label: `${r.label} `, executed: r.executed, budget: budgetBase(r) })),
    ];
    for (const { label, executed, budget } of pairs) {
      if (!over(executed, budget)) continue;
      const diff = executed!.value! - budget!.value!;
      ctx.report({
        cell: executed!.cell, related: [budget!.cell], messageId: 'over',
        data: { label, executed: formatNumber(executed!.value!, 4), budget: formatNumber(budget!.value!, 4), diff: formatNumber(diff, 4) },
        expected: budget!.value, actual: executed!.value, fixable: false,
      });
    }
  },
};
