import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());
const PARTLY = '部分达成年度指标并具有一定效果';
const reason = '宣传覆盖面不足';

ruleTester('score-out-of-range', 'error', {
  valid: [
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table (达成 scored 28 of 30)', grids: P() },
    { name: '部分达成 scored 60% of w (18 of 30, lower bound included)', grids: patch(P(), { F14: PARTLY, H14: 18, I14: reason }) },
    { name: '部分达成 scored 23.99 of 30 (just under 80%)', grids: patch(P(), { F14: PARTLY, H14: 23.99, I14: reason }) },
    { name: '达成 scored 80% of w (24 of 30)', grids: patch(P(), { H14: 24, I14: reason }) },
    { name: '未达成 scored 17.9 of 30 (under 60%)', grids: patch(P(), { F14: '未达成年度指标且效果较差', H14: 17.9, I14: reason }) },
    { name: 'an actual equal to the target text counts as 达成 (有效提升 scored 30)', grids: patch(P(), { F14: '有效提升', H14: 30 }) },
    { name: 'score 0 is in range', grids: patch(P(), { F10: 0, H10: 0, I10: '未开展' }) },
  ],
  invalid: [
    {
      name: '得分 25 above 分值 20',
      grids: patch(P(), { H10: 25 }),
      findings: [{ cell: 'H10', expected: 20, actual: 25, message: '指标“档案数字化页数”的得分为 25，超过分值 20，按规则应为 20' }],
    },
    {
      name: '得分 −1 below 0',
      grids: patch(P(), { H10: -1 }),
      findings: [{ cell: 'H10', expected: 20, actual: -1, message: '的得分为 -1，不能小于 0' }],
    },
    {
      name: 'budget execution score 10.26 above its weight 10 (the 一体化 system\'s uncapped 102.59%)',
      grids: projectGrid(correctProject({ total: [329.77, 329.77, 338.31], fiscal: [329.77, 329.77, 338.31], budgetRate: 1.0259, fiscalRate: 1.0259, budgetScore: 10.26 })),
      findings: [{ cell: 'H5', expected: 10, actual: 10.26, message: '年度资金总额 的预算执行得分为 10.26，超过分值 10' }],
    },
    {
      name: '部分达成 scored 90% of w (27 of 30)',
      grids: patch(P(), { F14: PARTLY, H14: 27, I14: reason }),
      findings: [{ cell: 'H14', expected: null, actual: 27, message: '属“部分达成年度指标并具有一定效果”档，得分应在 18–24 之间（分值 30 的 60%（含）–80%），表中为 27' }],
    },
    {
      name: '部分达成 scored exactly 80% (upper bound excluded)',
      grids: patch(P(), { F14: PARTLY, H14: 24, I14: reason }),
      findings: [{ cell: 'H14', actual: 24, message: '得分应在 18–24 之间' }],
    },
    {
      name: '达成 scored 23.9 of 30 (below 80%)',
      grids: patch(P(), { H14: 23.9, I14: reason }),
      findings: [{ cell: 'H14', actual: 23.9, message: '属“达成年度指标”档，得分应在 24–30 之间' }],
    },
    {
      name: '未达成 scored 18 of 30 (60% belongs to 部分达成)',
      grids: patch(P(), { F14: '未达成年度指标且效果较差', H14: 18, I14: reason }),
      findings: [{ cell: 'H14', actual: 18, message: '属“未达成年度指标且效果较差”档，得分应在 0–18 之间' }],
    },
  ],
});
