import { seed002Grid } from '../../fixtures/seed002';
import { correctSeed002, patch, projectGrid, correctProject, ruleTester } from '../helpers';

ruleTester('task-total-mismatch', 'warning', {
  valid: [
    { name: 'seed 002: tasks execute 94.77 = 项目支出 执行数; budget 248 = 年初', grids: seed002Grid() },
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'tasks budget matching 调整预算数 instead of 年初', grids: patch(correctSeed002(), { D19: 300, E19: 248, F19: 94.77 }) },
    { name: 'a project table has no tasks', grids: projectGrid(correctProject()) },
  ],
  invalid: [
    {
      name: 'task 1 executes 70.64: tasks add to 95.77 against 94.77',
      grids: patch(correctSeed002(), { G6: 70.64 }),
      findings: [{ cell: 'F19', expected: 95.77, actual: 94.77, message: '年度主要任务的预算执行数合计 95.77，与项目支出执行数 94.77 不符（相差 1）' }],
    },
    {
      name: 'task 1 budget 140: tasks budget 253.5 match neither 248 nor 94.77',
      grids: patch(correctSeed002(), { D6: 140 }),
      findings: [{ cell: 'D19', expected: 253.5, actual: 248, message: '年度主要任务的预算资金合计 253.5，与项目支出年初预算数 248、调整预算数 94.77 都不符' }],
    },
  ],
});
