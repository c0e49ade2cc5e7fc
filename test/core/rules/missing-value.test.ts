import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());

ruleTester('missing-value', 'warning', {
  valid: [
    { name: 'seed 002: unweighted placeholders (预算调整率 ≤ %) have no actual and need none', grids: seed002Grid() },
    { name: 'a correct project table', grids: P() },
    { name: 'a 0 / 0 budget row needs no 执行数', grids: patch(P(), { C7: 0, D7: 0, E7: null }) },
    { name: 'a row weighted 0 needs no actual', grids: patch(P(), { F11: null, G11: 0, H11: 0, G10: 30, H10: 30 }) },
    { name: 'a blank quantitative score is recalc\'s to fill, not a missing value', grids: patch(P(), { H10: null, H16: 80 }) },
  ],
  invalid: [
    {
      name: 'a weighted row with no actual',
      grids: patch(P(), { F10: null }),
      findings: [{ cell: 'F10', expected: null, actual: null, message: '指标“档案数字化页数”有分值 20，但未填写实际完成值' }],
    },
    {
      name: 'a weighted row whose actual is "—" (not applicable cannot be scored)',
      grids: patch(P(), { F10: '—' }),
      findings: [{ cell: 'F10', message: '指标“档案数字化页数”有分值 20，但未填写实际完成值' }],
    },
    {
      name: 'a weighted qualitative indicator with no score (recalc cannot give it)',
      grids: patch(P(), { H14: null, H16: 72 }),
      findings: [{ cell: 'H14', message: '指标“档案查阅便利度”有分值 30，但未填写得分（定性指标须按档次人工评分）' }],
    },
    {
      name: 'seed 002: the placeholder 预算调整率 (≤ %) given a weight of 2 but still no value',
      grids: patch(seed002Grid(), { G27: 2 }),
      findings: [
        { cell: 'E27', message: '指标“预算调整率”有分值 2，但未填写年度指标值（表中为“≤%”），无法计分' },
        { cell: 'F27', message: '指标“预算调整率”有分值 2，但未填写实际完成值' },
      ],
    },
    {
      name: 'a budget row with no 执行数',
      grids: projectGrid(correctProject({ total: [100, 100, null], fiscal: [100, 100, 95] })),
      findings: [{ cell: 'E5', message: '年度资金总额有预算数 100，但未填写执行数' }],
    },
    {
      name: 'seed 002: 专项资金细化率 (weight 2) with its actual blanked',
      grids: patch(seed002Grid(), { F25: null }),
      findings: [{ cell: 'F25', message: '指标“专项资金细化率”有分值 2，但未填写实际完成值' }],
    },
  ],
});
