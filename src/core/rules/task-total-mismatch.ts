import type { Rule } from './rule';
import { num, TOLERANCE_AMOUNT } from './rule';
import { formatNumber, sumOf } from '../text';
import { budgetBase } from '../score';

/** 年度主要任务 must add up to the 项目支出 row: 执行数 to its 执行数, 预算资金 to its 年初 or 调整预算数. */
export const taskTotalMismatch: Rule = {
  id: 'task-total-mismatch',
  severity: 'warning',
  description: { 'zh-CN': '年度主要任务合计须与项目支出一致', 'en-US': 'Main tasks must add up to project expenditure' },
  messages: {
    'zh-CN': {
      executed: '年度主要任务的预算执行数合计 {sum}，与项目支出执行数 {actual} 不符（相差 {diff}）',
      budget: '年度主要任务的预算资金合计 {sum}，与项目支出年初预算数 {initial}、调整预算数 {adjusted} 都不符',
    },
    'en-US': {
      executed: 'Main tasks execute {sum} in all, project expenditure shows {actual} (off by {diff})',
      budget: 'Main tasks budget {sum} in all, matching neither project expenditure initial {initial} nor adjusted {adjusted}',
    },
  },
  check(ctx) {
    const project = ctx.table.budgetRows.find((r) => r.key === 'project');
    const tasks = ctx.table.tasks;
    if (!project || tasks.length === 0) return;
    const executedCells = tasks.map((t) => t.executed).filter((f) => f && f.value !== null);
    const projectExecuted = num(project.executed);
    if (executedCells.length > 0 && projectExecuted !== null && project.executed) {
      const sum = sumOf(executedCells.map((f) => f!.value));
      if (Math.abs(sum - projectExecuted) > TOLERANCE_AMOUNT) {
        ctx.report({
          cell: project.executed.cell, related: executedCells.map((f) => f!.cell), messageId: 'executed',
          data: { sum: formatNumber(sum, 4), actual: formatNumber(projectExecuted, 4), diff: formatNumber(Math.abs(sum - projectExecuted), 4) },
          expected: sum, actual: projectExecuted, fixable: false,
        });
      }
    }
    const budgetCells = tasks.map((t) => t.budget).filter((f) => f && f.value !== null);
    const initial = num(project.initial);
    const adjusted = num(project.adjusted);
    if (budgetCells.length > 0 && (initial !== null || adjusted !== null)) {
      const sum = sumOf(budgetCells.map((f) => f!.value));
      const matches = [initial, adjusted].some((v) => v !== null && Math.abs(sum - v) <= TOLERANCE_AMOUNT);
      const cell = budgetBase(project);
      if (!matches && cell) {
        ctx.report({
          cell: (project.initial ?? cell).cell, related: budgetCells.map((f) => f!.cell), messageId: 'budget',
          data: { sum: formatNumber(sum, 4), initial: initial === null ? '—' : formatNumber(initial, 4), adjusted: adjusted === null ? '—' : formatNumber(adjusted, 4) },
          expected: sum, actual: initial ?? adjusted, fixable: false,
        });
      }
    }
  },
};
