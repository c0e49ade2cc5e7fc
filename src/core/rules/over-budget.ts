import type { Figure } from '../model';
import { budgetBase } from '../score';
import { amount, text } from '../values';
import { defineRule, TOLERANCE_AMOUNT } from './rule';
import { RULE_NAMES } from './names';

/** Executed more than budgeted: 338.31 of 329.77. */
export const overBudget = defineRule({
  id: 'over-budget',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['over-budget'],
    description: { 'zh-CN': '执行数不应超过预算数', 'en-US': 'Execution should not exceed the budget' },
    messages: {
      'zh-CN': { over: '{label} 执行数 {executed} 超过预算数 {budget}（超出 {diff}）：请核对执行数和预算数是否填错；确属超预算执行的，请在偏差原因中说明' },
      'en-US': { over: '{label} executed {executed}, above its budget {budget} (by {diff}): check both figures; if it really overran, explain why in the deviation reason' },
    },
  },
  create(ctx) {
    const over = (executed: Figure | null, budget: Figure | null) =>
      !!executed && executed.value !== null && !!budget && budget.value !== null && executed.value - budget.value > TOLERANCE_AMOUNT;
    // When the total row is over budget, its finding covers the 其中 rows that carry the same overrun.
    const total = ctx.table.budgetRows.find((r) => r.key === 'total');
    const totalOver = !!total && over(total.executed, budgetBase(total));
    const pairs: { label: string; executed: Figure | null; budget: Figure | null }[] = [
      ...ctx.table.tasks.map((t) => ({ label: t.name, executed: t.executed, budget: t.budget })),
      ...ctx.table.budgetRows.filter((r) => r === total || !totalOver).map((r) => ({ label: r.label, executed: r.executed, budget: budgetBase(r) })),
    ];
    for (const { label, executed, budget } of pairs) {
      if (!over(executed, budget)) continue;
      const diff = executed!.value! - budget!.value!;
      ctx.report({
        messageId: 'over',
        data: { label: text(label), executed: amount(executed!.value!), budget: amount(budget!.value!), diff: amount(diff) },
        cell: executed!.cell, related: [budget!.cell],
        // No expected value: the executed amount is a person's figure, not one that "should be" the budget.
        expected: null, actual: amount(executed!.value!), fixable: false,
      });
    }
  },
});
