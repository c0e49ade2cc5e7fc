import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

// 效益 24.49 of 30 (达成 tier, 81.6%): 9.5 + 50 + 24.49 + 10 = 93.99.
const parts9399 = () => patch(projectGrid(correctProject()), { H14: 24.49 });

ruleTester('total-mismatch', 'error', {
  valid: [
    { name: 'seed 002 as published: 9 + 19 + 40 + 30 = 98 (entered parts agree)', grids: seed002Grid() },
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table (97.5)', grids: projectGrid(correctProject()) },
    { name: '总分 93.99 with parts adding to 93.99', grids: patch(parts9399(), { H16: 93.99 }) },
    { name: '总分 as the text "93.99"', grids: patch(parts9399(), { H16: '93.99' }) },
  ],
  invalid: [
    {
      name: '总分 entered 95 while the entered parts add up to 93.99',
      grids: patch(parts9399(), { H16: 95 }),
      findings: [{ cell: 'H16', expected: 93.99, actual: 95, message: '自评总分应为 93.99（各项得分之和：预算执行 9.5 + 产出指标 50 + 效益指标 24.49 + 满意度指标 10），表中为 95' }],
    },
    {
      name: 'seed 002 summary 产出指标 38 while its rows add to 40, and 合计 98 while the summary adds to 96',
      grids: patch(seed002Grid(), { C50: 38 }),
      findings: [
        { cell: 'C50', expected: 40, actual: 38, message: '得分情况表中“产出指标”的得分应为 40（产出指标 各三级指标得分之和），表中为 38' },
        { cell: 'C52', expected: 100, actual: 98, message: '“合计”的得分应为 96（上列各项得分之和），表中为 98' },
      ],
    },
    {
      name: 'seed 002 自评得分 95 while the parts add up to 98',
      grids: patch(seed002Grid(), { G2: 95 }),
      findings: [{ cell: 'G2', expected: 100, actual: 95, message: '自评总分应为 98（各项得分之和：预算执行 9 + 投入管理 19 + 产出指标 40 + 效益指标 30），表中为 95；其他更正后重算为 100' }],
    },
  ],
});
