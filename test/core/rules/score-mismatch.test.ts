import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const P = (extra = {}) => projectGrid(correctProject(extra));

ruleTester('score-mismatch', 'warning', {
  valid: [
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table', grids: P() },
    { name: '102.59% execution scored 10 (capped)', grids: P({ total: [329.77, 329.77, 338.31], fiscal: [329.77, 329.77, 338.31], budgetRate: 1.0259, fiscalRate: 1.0259, budgetScore: 10 }) },
    { name: 'a qualitative score is the person\'s own (时效 8 of 10)', grids: patch(P(), { H12: 8, I12: '个别环节延期' }) },
    { name: '反向 ≤30万元 with 36 scored 8.33 (national: 30 ÷ 36 × 10)', grids: patch(P(), { F13: 36, H13: 8.33, I13: '材料涨价' }) },
    { name: '反向 ≤30万元 with 36 scored 8 (yitihua: 10 × (1 − 6 ÷ 30))', grids: patch(P(), { F13: 36, H13: 8, I13: '材料涨价' }), options: { profile: 'yitihua' } },
    { name: 'a score within half a cent (9.504 for 9.5)', grids: P({ budgetScore: 9.504 }) },
  ],
  invalid: [
    {
      name: 'seed 002: budget score 9 (its numbers give 100% → 10); 预算执行率 ≥90% met scored 1 of 2',
      grids: seed002Grid(),
      findings: [
        { cell: 'I15', expected: 10, actual: 9, message: '部门预算总额 的预算执行得分应为 10（执行率 100.00%（1125.54 ÷ 1125.54），min(执行率, 100%) × 10），表中为 9' },
        { cell: 'H26', expected: 2, actual: 1, message: '指标“预算执行率”的得分应为 2（实际 90.00% 达到目标 ≥90%，得满分 2），表中为 1' },
      ],
    },
    {
      name: 'every target exactly met yet scored 9 of 10',
      grids: patch(P(), { F11: 0.98, H11: 9, I11: '略有不足' }),
      findings: [{ cell: 'H11', expected: 10, actual: 9, message: '指标“数字化合格率”的得分应为 10（实际 98.00% 达到目标 ≥98%，得满分 10），表中为 9' }],
    },
    {
      name: '76% execution scored full',
      grids: P({ total: [100, 100, 76], fiscal: [100, 100, 76], budgetRate: 0.76, fiscalRate: 0.76, budgetScore: 10 }),
      findings: [{ cell: 'H5', expected: 7.6, actual: 10, message: '年度资金总额 的预算执行得分应为 7.6（执行率 76.00%（76 ÷ 100），min(执行率, 100%) × 10），表中为 10' }],
    },
    {
      name: '反向 ≤30万元 with 36 scored 8 under national (should be 8.33)',
      grids: patch(P(), { F13: 36, H13: 8, I13: '材料涨价' }),
      findings: [{ cell: 'H13', expected: 8.33, actual: 8, message: '30 ÷ 36 × 10' }],
    },
    {
      name: '正向 ≥2000页 with 1500 scored 20 (should be 1500 ÷ 2000 × 20 = 15)',
      grids: patch(P(), { F10: 1500, I10: '采购延迟' }),
      findings: [{ cell: 'H10', expected: 15, actual: 20, message: '未达目标 ≥2000页：1500 ÷ 2000 × 20' }],
    },
  ],
});
