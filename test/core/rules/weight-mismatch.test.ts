import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());

ruleTester('weight-mismatch', 'error', {
  valid: [
    { name: 'seed 002 as published: 10 + 20 + 40 + 30 = 100, summary weights agree', grids: seed002Grid() },
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table: 10 + 50 + 30 + 10 = 100', grids: P() },
    { name: 'group labels without "(N分)": rows add to 100 with the budget', grids: patch(P(), { B10: '产出指标', B14: '效益指标', B15: '满意度指标' }) },
    { name: 'weights as text numbers that add up', grids: patch(P(), { G10: '20', G11: '10' }) },
  ],
  invalid: [
    {
      name: '产出指标(50分) whose rows add up to 45',
      grids: patch(P(), { G13: 5, H13: 5 }),
      findings: [
        { cell: 'B10', expected: 45, actual: 50, message: '“产出指标”标明 50 分，其下三级指标分值合计 45' },
      ],
    },
    {
      name: 'weights not adding up to 100 (no label weights, 产出 rows 45)',
      grids: patch(P(), { B10: '产出指标', B14: '效益指标', B15: '满意度指标', G13: 5, H13: 5 }),
      findings: [{ cell: 'G16', expected: 100, actual: 95, message: '各项分值合计应为 100，实为 95（预算执行 10 + 产出指标 45 + 效益指标 30 + 满意度指标 10）' }],
    },
    {
      name: 'label weights that add to 105 with the budget',
      grids: patch(P(), { B14: '效益指标(35分)', G14: 35 }),
      findings: [{ cell: 'G16', expected: 100, actual: 105, message: '各项分值合计应为 100，实为 105' }],
    },
    {
      name: 'seed 002 summary gives 投入管理 25 while the table gives 20',
      grids: patch(seed002Grid(), { B49: 25 }),
      findings: [
        { cell: 'B49', expected: 20, actual: 25, message: '得分情况表中“投入管理”的权重分值为 25，表中该项分值为 20' },
        { cell: 'B52', expected: 105, actual: 100, message: '“合计”的权重分值为 100，表中该项分值为 105' },
      ],
    },
  ],
});
