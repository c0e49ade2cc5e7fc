import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const over = correctProject({ total: [329.77, 329.77, 338.31], fiscal: [329.77, 329.77, 338.31], budgetRate: 1.0259, fiscalRate: 1.0259, budgetScore: 10 });

ruleTester('over-budget', 'warning', {
  valid: [
    { name: 'seed 002 as published', grids: seed002Grid() },
    { name: 'a correct project table (95 of 100)', grids: projectGrid(correctProject()) },
    { name: 'executed exactly the budget (329.77 of 329.77)', grids: projectGrid(correctProject({ total: [329.77, 329.77, 329.77], fiscal: [329.77, 329.77, 329.77], budgetRate: 1, fiscalRate: 1, budgetScore: 10 })) },
    { name: 'above 年初 but within 全年预算数 (the budget is the adjusted one)', grids: projectGrid(correctProject({ total: [300, 340, 338.31], fiscal: [300, 340, 338.31], budgetRate: 0.995, fiscalRate: 0.995, budgetScore: 9.95 })) },
  ],
  invalid: [
    {
      // The 当年财政拨款 row carries the same overrun: the total's finding covers it, so it is reported once.
      name: 'executed 338.31 of 329.77 (reported on 年度资金总额 only)',
      grids: projectGrid(over),
      findings: [{ cell: 'E5', expected: 329.77, actual: 338.31, message: '年度资金总额 执行数 338.31 超过预算数 329.77（超出 8.54）' }],
    },
    {
      name: 'only the 其中 row over: 当年财政拨款 310 of 300 while the total stays within 329.77',
      grids: projectGrid(correctProject({ total: [329.77, 329.77, 329.77], fiscal: [300, 300, 310], other: [29.77, 29.77, 19.77], budgetRate: 1, fiscalRate: 1.0333, budgetScore: 10 })),
      findings: [{ cell: 'E6', expected: 300, actual: 310, message: '当年财政拨款 执行数 310 超过预算数 300（超出 10）' }],
    },
    {
      name: 'seed 002 task 1 executes 140 of 134.5',
      grids: patch(correctSeed002(), { G6: 140 }),
      findings: [{ cell: 'G6', expected: 134.5, actual: 140, message: '党务经费 执行数 140 超过预算数 134.5（超出 5.5）' }],
    },
  ],
});
