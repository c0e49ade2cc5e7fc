import { taskTotalMismatch } from '../../../src/core/rules/task-total-mismatch';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { amount, cellShows, ruleTester } from '../rule-tester';

const TASK_ROWS = [6, 7, 8, 9, 10, 11, 12, 13];

ruleTester(taskTotalMismatch, {
  valid: [
    { name: 'seed 002: tasks execute 94.77 = 项目支出 执行数; budget 248 = 年初', grids: seed002Grid() },
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'tasks budget matching 调整预算数 instead of 年初', grids: patch(correctSeed002(), { D19: 300, E19: 248, F19: 94.77 }) },
    { name: 'a project table has no tasks', grids: projectGrid(correctProject()) },
  ],
  invalid: [
    {
      // 70.64 + 10.86 + 2.58 + 0 + 1.43 + 3.29 + 0 + 6.97 = 95.77
      name: 'task 1 executes 70.64: tasks add to 95.77 against 94.77',
      grids: patch(correctSeed002(), { G6: 70.64 }),
      findings: [
        {
          messageId: 'executed', cell: 'F19', related: TASK_ROWS.map((r) => `G${r}`),
          data: { sum: amount(95.77), actual: amount(94.77), diff: amount(1) },
          expected: 95.77, actual: 94.77, fixable: false, write: null,
        },
      ],
    },
    {
      // 140 + 46.5 + 12 + 5 + 10 + 5 + 20 + 15 = 253.5
      name: 'task 1 budget 140: tasks budget 253.5 match neither 248 nor 94.77',
      grids: patch(correctSeed002(), { D6: 140 }),
      findings: [
        {
          messageId: 'budget', cell: 'D19', related: TASK_ROWS.map((r) => `D${r}`),
          data: { sum: amount(253.5), initial: cellShows(248), adjusted: cellShows(94.77) },
          expected: 253.5, actual: 248, fixable: false, write: null,
        },
      ],
    },
  ],
});
