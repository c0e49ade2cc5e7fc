import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());

ruleTester('deviation-unexplained', 'warning', {
  valid: [
    { name: 'seed 002 corrected (every score full)', grids: correctSeed002() },
    { name: 'seed 002 as published: 预算执行率 1 of 2 is a miscalculation (recalc gives 2), not a deviation', grids: seed002Grid() },
    { name: 'a correct project table (效益 28 of 30 with a reason)', grids: P() },
    { name: 'a missed target with its reason', grids: patch(P(), { F10: 1500, H10: 15, I10: '设备到货延迟' }) },
  ],
  invalid: [
    {
      name: 'qualitative 28 of 30 with no reason',
      grids: patch(P(), { I14: null }),
      findings: [{ cell: 'I14', message: '指标“档案查阅便利度”得分 28 低于分值 30，但未填写偏差原因' }],
    },
    {
      name: '1500 against ≥2000 scored 15 of 20 with no reason',
      grids: patch(P(), { F10: 1500, H10: 15 }),
      findings: [{ cell: 'I10', message: '指标“档案数字化页数”得分 15 低于分值 20，但未填写偏差原因' }],
    },
    {
      name: 'a reason of only spaces is no reason',
      grids: patch(P(), { F10: 1500, H10: 15, I10: '  ' }),
      findings: [{ cell: 'I10', message: '得分 15 低于分值 20' }],
    },
    {
      name: 'seed 002: 服务对象满意度 85% against ≥90% (9.44 of 10), 未完成原因分析 empty',
      grids: patch(correctSeed002(), { F44: '85%', H44: 9.44 }),
      findings: [{ cell: 'I44', message: '指标“服务对象满意度”得分 9.44 低于分值 10，但未填写偏差原因' }],
    },
  ],
});
