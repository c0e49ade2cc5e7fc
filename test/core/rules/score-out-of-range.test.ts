import { scoreOutOfRange } from '../../../src/core/rules/score-out-of-range';
import type { QualitativeTier } from '../../../src/core/score';
import type { Note } from '../../../src/core/values';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { cellShows, points, ruleTester, subject, term, text } from '../rule-tester';

const P = () => projectGrid(correctProject());
const PARTLY = '部分达成年度指标并具有一定效果';
const reason = '宣传覆盖面不足';
const rulesGive = (score: number): Note => ({ type: 'note', kind: 'rules-give', value: points(score) });

/** 档案查阅便利度 (row 14, weight 30) scored `score` with the actual `tierText`: the tier's bounds are shares of 30. */
const tierCase = (tierText: string, tier: QualitativeTier, score: number, [min, max]: [number, number]) => ({
  messageId: 'tier',
  cell: 'H14',
  related: ['F14', 'G14'],
  data: {
    name: text('档案查阅便利度'), tierText: text(tierText), tier: term(`tier-${tier}`), min: points(min), max: points(max),
    range: term(`tier-range-${tier}`), weight: points(30), actual: cellShows(score),
  },
  expected: null, actual: score, fixable: false, write: null,
});

ruleTester(scoreOutOfRange, {
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
      name: '得分 25 above 分值 20 (2100 against ≥2000 earns the full 20)',
      grids: patch(P(), { H10: 25 }),
      findings: [
        {
          messageId: 'above', cell: 'H10', related: ['G10'],
          data: { subject: subject('indicator-score', '档案数字化页数'), actual: cellShows(25), weight: points(20), note: rulesGive(20) },
          expected: 20, actual: 25, fixable: true, write: 20,
        },
      ],
    },
    {
      name: '得分 −1 below 0',
      grids: patch(P(), { H10: -1 }),
      findings: [
        {
          messageId: 'negative', cell: 'H10', related: [],
          data: { subject: subject('indicator-score', '档案数字化页数'), actual: cellShows(-1), note: rulesGive(20) },
          expected: 20, actual: -1, fixable: true, write: 20,
        },
      ],
    },
    {
      name: 'budget execution score 10.26 above its weight 10 (the 一体化 system\'s uncapped 102.59%)',
      grids: projectGrid(correctProject({ total: [329.77, 329.77, 338.31], fiscal: [329.77, 329.77, 338.31], budgetRate: 1.0259, fiscalRate: 1.0259, budgetScore: 10.26 })),
      findings: [
        {
          messageId: 'above', cell: 'H5', related: ['F5'],
          data: { subject: subject('row-score', '年度资金总额'), actual: cellShows(10.26), weight: points(10), note: rulesGive(10) },
          expected: 10, actual: 10.26, fixable: true, write: 10,
        },
      ],
    },
    { name: '部分达成 scored 90% of w (27 of 30): 60%–80% of 30 is 18–24', grids: patch(P(), { F14: PARTLY, H14: 27, I14: reason }), findings: [tierCase(PARTLY, 'partly', 27, [18, 24])] },
    { name: '部分达成 scored exactly 80% (upper bound excluded)', grids: patch(P(), { F14: PARTLY, H14: 24, I14: reason }), findings: [tierCase(PARTLY, 'partly', 24, [18, 24])] },
    { name: '达成 scored 23.9 of 30 (below 80% = 24)', grids: patch(P(), { H14: 23.9, I14: reason }), findings: [tierCase('达成年度指标', 'met', 23.9, [24, 30])] },
    {
      name: '未达成 scored 18 of 30 (60% belongs to 部分达成)',
      grids: patch(P(), { F14: '未达成年度指标且效果较差', H14: 18, I14: reason }),
      findings: [tierCase('未达成年度指标且效果较差', 'missed', 18, [0, 18])],
    },
  ],
});
