import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

ruleTester('sum-mismatch', 'error', {
  valid: [
    { name: 'seed 002 as published: 资金来源 and 资金结构 add up (blank 其他资金 counts 0)', grids: seed002Grid() },
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table, 上年结转/其他资金 blank', grids: projectGrid(correctProject()) },
    {
      name: 'project parts 90 + 10 + 0 = 100 with 上年结转 "—"',
      grids: projectGrid(correctProject({ fiscal: [90, 90, 85], carryover: ['—', '—', '—'], other: [10, 10, 10] })),
    },
    { name: 'every part blank: the check is skipped', grids: projectGrid(correctProject({ fiscal: [null, null, null] })) },
    { name: 'parts as text numbers that add up', grids: projectGrid(correctProject({ fiscal: ['100', '100', '95'] })) },
  ],
  invalid: [
    {
      name: '年度资金总额 0 / 0 / 0 while 本年财政拨款 is 90 / 89.974 / 89.974',
      grids: projectGrid(correctProject({ total: [0, 0, 0], fiscal: [90, 89.974, 89.974], budgetRate: null, fiscalRate: 0.9997, budgetScore: null })),
      findings: [
        { cell: 'C5', expected: 90, actual: 0, message: '年度资金总额年初预算数应为 90（资金来源：' },
        { cell: 'D5', expected: 89.974, actual: 0, message: '调整/全年预算数应为 89.974' },
        { cell: 'E5', expected: 89.974, actual: 0, message: '执行数应为 89.974' },
      ],
    },
    {
      name: 'seed 002 资金结构: 项目支出 年初 250 makes 959.96 + 250 ≠ 1207.96',
      grids: patch(seed002Grid(), { D19: 250 }),
      findings: [{ cell: 'D15', expected: 1209.96, actual: 1207.96, message: '部门预算总额年初预算数应为 1209.96（资金结构：' }],
    },
    {
      name: 'project: 其他资金 10 left out of the total',
      grids: projectGrid(correctProject({ fiscal: [100, 100, 95], other: [10, 10, 0] })),
      findings: [
        { cell: 'C5', expected: 110, actual: 100, message: '其他资金 10' },
        { cell: 'D5', expected: 110, actual: 100, message: '表中为 100' },
      ],
    },
  ],
});
