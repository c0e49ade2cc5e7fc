import { scoreMismatch } from '../../../src/core/rules/score-mismatch';
import type { ScoreRule } from '../../../src/core/score';
import type { Calculation, Quantity } from '../../../src/core/values';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { amount, cellShows, noNote, points, rate, ruleTester, subject, text } from '../rule-tester';

const P = (extra = {}) => projectGrid(correctProject(extra));
const budgetScore = (r: number, executed: number, budget: number, weight: number): Calculation => ({
  type: 'calc', kind: 'budget-score', rate: rate(r), executed: amount(executed), budget: amount(budget), weight: points(weight),
});
const indicatorScore = (rule: ScoreRule, target: string, A: Quantity, B: Quantity, w: number): Calculation => ({
  type: 'calc', kind: 'indicator-score', rule, target: text(target), A, B, w: points(w),
});
/** 项目成本 ≤30万元 (row 13), weight 10. */
const cost = (actual: number, score: number) => patch(P(), { F13: actual, H13: score, I13: '材料涨价' });

ruleTester(scoreMismatch, {
  valid: [
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table', grids: P() },
    { name: '102.59% execution scored 10 (capped)', grids: P({ total: [329.77, 329.77, 338.31], fiscal: [329.77, 329.77, 338.31], budgetRate: 1.0259, fiscalRate: 1.0259, budgetScore: 10 }) },
    { name: 'a qualitative score is the person\'s own (时效 8 of 10)', grids: patch(P(), { H12: 8, I12: '个别环节延期' }) },
    { name: '反向 ≤30万元 with 36 scored 8.33 (national: 30 ÷ 36 × 10)', grids: cost(36, 8.33) },
    { name: '反向 ≤30万元 with 36 scored 8 (yitihua: 10 × (1 − 6 ÷ 30))', grids: cost(36, 8), options: { profile: 'yitihua' } },
    { name: 'a score within half a cent (9.504 for 9.5)', grids: P({ budgetScore: 9.504 }) },
  ],
  invalid: [
    {
      name: 'seed 002: budget score 9 (its numbers give 100% → 10); 预算执行率 ≥90% met scored 1 of 2',
      grids: seed002Grid(),
      findings: [
        {
          messageId: 'wrong', cell: 'I15', related: ['F15', 'E15', 'H15'],
          data: { subject: subject('row-score', '部门预算总额'), expected: points(10), how: budgetScore(1, 1125.54, 1125.54, 10), actual: cellShows(9), note: noNote },
          expected: 10, actual: 9, fixable: true, write: 10,
        },
        {
          messageId: 'wrong', cell: 'H26', related: ['F26', 'D26', 'E26', 'G26'],
          data: { subject: subject('indicator-score', '预算执行率'), expected: points(2), how: indicatorScore('met', '≥90%', rate(0.9), rate(0.9), 2), actual: cellShows(1), note: noNote },
          expected: 2, actual: 1, fixable: true, write: 2,
        },
      ],
    },
    {
      name: 'a target exactly met (98% against ≥98%) yet scored 9 of 10',
      grids: patch(P(), { F11: 0.98, H11: 9, I11: '略有不足' }),
      findings: [
        {
          messageId: 'wrong', cell: 'H11', related: ['F11', 'E11', 'G11'],
          data: { subject: subject('indicator-score', '数字化合格率'), expected: points(10), how: indicatorScore('met', '≥98%', rate(0.98), rate(0.98), 10), actual: cellShows(9), note: noNote },
          expected: 10, actual: 9, fixable: true, write: 10,
        },
      ],
    },
    {
      name: '76% execution scored full: min(76 ÷ 100, 1) × 10 = 7.6',
      grids: P({ total: [100, 100, 76], fiscal: [100, 100, 76], budgetRate: 0.76, fiscalRate: 0.76, budgetScore: 10 }),
      findings: [
        {
          messageId: 'wrong', cell: 'H5', related: ['E5', 'D5', 'F5'],
          data: { subject: subject('row-score', '年度资金总额'), expected: points(7.6), how: budgetScore(0.76, 76, 100, 10), actual: cellShows(10), note: noNote },
          expected: 7.6, actual: 10, fixable: true, write: 7.6,
        },
      ],
    },
    {
      name: '反向 ≤30万元 with 36 scored 8 under national: 30 ÷ 36 × 10 = 8.33',
      grids: cost(36, 8),
      findings: [
        {
          messageId: 'wrong', cell: 'H13', related: ['F13', 'E13', 'G13'],
          data: { subject: subject('indicator-score', '项目成本'), expected: points(8.33), how: indicatorScore('over-ratio', '≤30万元', amount(30), amount(36), 10), actual: cellShows(8), note: noNote },
          expected: 8.33, actual: 8, fixable: true, write: 8.33,
        },
      ],
    },
    {
      name: '反向 ≤30万元 with 36 scored 10 under yitihua: 10 × (1 − (36 − 30) ÷ 30) = 8',
      grids: cost(36, 10),
      options: { profile: 'yitihua' },
      findings: [
        {
          messageId: 'wrong', cell: 'H13', related: ['F13', 'E13', 'G13'],
          data: { subject: subject('indicator-score', '项目成本'), expected: points(8), how: indicatorScore('over-linear', '≤30万元', amount(30), amount(36), 10), actual: cellShows(10), note: noNote },
          expected: 8, actual: 10, fixable: true, write: 8,
        },
      ],
    },
    {
      name: '反向 ≤30万元 with 60 (2 × 30) scored 10 under yitihua: 0',
      grids: cost(60, 10),
      options: { profile: 'yitihua' },
      findings: [
        {
          messageId: 'wrong', cell: 'H13', related: ['F13', 'E13', 'G13'],
          data: { subject: subject('indicator-score', '项目成本'), expected: points(0), how: indicatorScore('over-double', '≤30万元', amount(30), amount(60), 10), actual: cellShows(10), note: noNote },
          expected: 0, actual: 10, fixable: true, write: 0,
        },
      ],
    },
    {
      name: '等于 0 (=0 事故) missed with 2 scored 10: 0',
      grids: patch(P(), { D13: '安全事故', E13: '=0', F13: 2, H13: 10, I13: '发生两起' }),
      findings: [
        {
          messageId: 'wrong', cell: 'H13', related: ['F13', 'E13', 'G13'],
          data: { subject: subject('indicator-score', '安全事故'), expected: points(0), how: indicatorScore('zero', '=0', amount(0), amount(2), 10), actual: cellShows(10), note: noNote },
          expected: 0, actual: 10, fixable: true, write: 0,
        },
      ],
    },
    {
      name: '正向 ≥2000页 with 1500 scored 20: 1500 ÷ 2000 × 20 = 15',
      grids: patch(P(), { F10: 1500, I10: '采购延迟' }),
      findings: [
        {
          messageId: 'wrong', cell: 'H10', related: ['F10', 'E10', 'G10'],
          data: { subject: subject('indicator-score', '档案数字化页数'), expected: points(15), how: indicatorScore('short', '≥2000页', amount(2000), amount(1500), 20), actual: cellShows(20), note: noNote },
          expected: 15, actual: 20, fixable: true, write: 15,
        },
      ],
    },
  ],
});
