import { overBudget } from '../../../src/core/rules/over-budget';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, findingsOf, patch, projectGrid } from '../helpers';
import { amount, ruleTester, text } from '../rule-tester';

const over = correctProject({ total: [329.77, 329.77, 338.31], fiscal: [329.77, 329.77, 338.31], budgetRate: 1.0259, fiscalRate: 1.0259, budgetScore: 10 });
const finding = (cell: string, budgetCell: string, label: string, executed: number, budget: number, diff: number) => ({
  messageId: 'over', cell, related: [budgetCell],
  data: { label: text(label), executed: amount(executed), budget: amount(budget), diff: amount(diff) },
  expected: null, actual: executed, fixable: false, write: null,
});

ruleTester(overBudget, {
  valid: [
    { name: 'seed 002 as published', grids: seed002Grid() },
    { name: 'a correct project table (95 of 100)', grids: projectGrid(correctProject()) },
    { name: 'executed exactly the budget (329.77 of 329.77)', grids: projectGrid(correctProject({ total: [329.77, 329.77, 329.77], fiscal: [329.77, 329.77, 329.77], budgetRate: 1, fiscalRate: 1, budgetScore: 10 })) },
    { name: 'above 年初 but within 全年预算数 (the budget is the adjusted one)', grids: projectGrid(correctProject({ total: [300, 340, 338.31], fiscal: [300, 340, 338.31], budgetRate: 0.995, fiscalRate: 0.995, budgetScore: 9.95 })) },
  ],
  invalid: [
    {
      // The 当年财政拨款 row carries the same overrun: the total's finding covers it, so it is reported once.
      name: 'executed 338.31 of 329.77, over by 8.54 (reported on 年度资金总额 only)',
      grids: projectGrid(over),
      findings: [finding('E5', 'D5', '年度资金总额', 338.31, 329.77, 338.31 - 329.77)],
    },
    {
      name: 'only the 其中 row over: 当年财政拨款 310 of 300 while the total stays within 329.77',
      grids: projectGrid(correctProject({ total: [329.77, 329.77, 329.77], fiscal: [300, 300, 310], other: [29.77, 29.77, 19.77], budgetRate: 1, fiscalRate: 1.0333, budgetScore: 10 })),
      findings: [finding('E6', 'D6', '其中:当年财政拨款', 310, 300, 10)],
    },
    {
      name: 'seed 002 task 1 executes 140 of 134.5, over by 5.5',
      grids: patch(correctSeed002(), { G6: 140 }),
      findings: [finding('G6', 'D6', '任务1: 党务经费', 140, 134.5, 5.5)],
    },
  ],
});

describe('over-budget wording', () => {
  it('says what is over what and what to do, with no value the executed amount "should be"', () => {
    const [f] = findingsOf(projectGrid(over), 'over-budget');
    // 338.31 − 329.77 = 8.54
    expect(f.message).toBe('年度资金总额 执行数 338.31 超过预算数 329.77（超出 8.54）：请核对执行数和预算数是否填错；确属超预算执行的，请在偏差原因中说明');
    expect(f.message).not.toContain('应为');
    expect([f.expected, f.actual]).toEqual([null, 338.31]);
  });
});
