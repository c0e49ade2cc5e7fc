import { num } from '../model';
import { budgetBase } from '../score';
import { sumOf } from '../text';
import { amount, shown } from '../values';
import { defineRule, TOLERANCE_AMOUNT } from './rule';
import { RULE_NAMES } from './names';

/** 年度主要任务 must add up to the 项目支出 row: 执行数 to its 执行数, 预算资金 to its 年初 or 调整预算数. */
export const taskTotalMismatch = defineRule({
  id: 'task-total-mismatch',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['task-total-mismatch'],
    description: { 'zh-CN': '年度主要任务合计须与项目支出一致', 'en-US': 'Main tasks must add up to project expenditure' },
    messages: {
      'zh-CN': {
        executed: '年度主要任务的预算执行数合计 {sum}，与项目支出执行数 {actual} 不符（相差 {diff}）',
        budget: '年度主要任务的预算资金合计 {sum}，与项目支出年初预算数 {initial}、调整预算数 {adjusted} 都不符',
      },
      'en-US': {
        executed: 'The main tasks execute {sum} in all, project expenditure shows {actual} (off by {diff})',
        budget: 'The main tasks budget {sum} in all, matching neither the initial {initial} nor the adjusted {adjusted} budget of project expenditure',
      },
    },
  },
  create(ctx) {
    const project = ctx.table.budgetRows.find((r) => r.key === 'project');
    const tasks = ctx.table.tasks;
    if (!project || tasks.length === 0) return;
    const executedCells = tasks.map((t) => t.executed).filter((f) => f && f.value !== null);
    const projectExecuted = num(project.executed);
    if (executedCells.length > 0 && projectExecuted !== null && project.executed) {
      const sum = sumOf(executedCells.map((f) => f!.value));
      if (Math.abs(sum - projectExecuted) > TOLERANCE_AMOUNT) {
        ctx.report({
          messageId: 'executed',
          data: { sum: amount(sum), actual: amount(projectExecuted), diff: amount(Math.abs(sum - projectExecuted)) },
          cell: project.executed.cell, related: executedCells.map((f) => f!.cell),
          expected: amount(sum), actual: amount(projectExecuted), fixable: false,
        });
      }
    }
    const budgetCells = tasks.map((t) => t.budget).filter((f) => f && f.value !== null);
    const initial = num(project.initial);
    const adjusted = num(project.adjusted);
    if (budgetCells.length > 0 && (initial !== null || adjusted !== null)) {
      const sum = sumOf(budgetCells.map((f) => f!.value));
      const matches = [initial, adjusted].some((v) => v !== null && Math.abs(sum - v) <= TOLERANCE_AMOUNT);
      const base = budgetBase(project);
      if (!matches && base) {
        ctx.report({
          messageId: 'budget',
          data: { sum: amount(sum), initial: shown(project.initial), adjusted: shown(project.adjusted) },
          cell: (project.initial ?? base).cell, related: budgetCells.map((f) => f!.cell),
          expected: amount(sum), actual: amount((initial ?? adjusted)!), fixable: false,
        });
      }
    }
  },
});
