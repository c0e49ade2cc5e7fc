import { totalMismatch } from '../../../src/core/rules/total-mismatch';
import type { Calculation } from '../../../src/core/values';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { cellShows, noNote, parts, points, recalcWrites, ruleTester, subject, term, text } from '../rule-tester';

// 效益 24.49 of 30 (达成 tier, 81.6%): 9.5 + 50 + 24.49 + 10 = 93.99.
const parts9399 = () => patch(projectGrid(correctProject()), { H14: 24.49 });
const sumOf = (budget: number, groups: [string, number][]): Calculation => ({
  type: 'calc', kind: 'sum-of-parts',
  parts: parts([{ label: term('budget-execution'), value: points(budget) }, ...groups.map(([g, s]) => ({ label: text(g), value: points(s) }))]),
});

ruleTester(totalMismatch, {
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
      findings: [
        {
          messageId: 'wrong', cell: 'H16', related: [],
          data: { subject: subject('total'), expected: points(93.99), how: sumOf(9.5, [['产出指标', 50], ['效益指标', 24.49], ['满意度指标', 10]]), actual: cellShows(95), note: noNote },
          expected: 93.99, actual: 95, fixable: true, write: 93.99,
        },
      ],
    },
    {
      // 合计 as read: 9 + 19 + 38 + 30 = 96; recalc writes 10 + 20 + 40 + 30 = 100 (budget score 10, 预算执行率 2 of 2).
      name: 'seed 002 summary 产出指标 38 while its rows add to 40, and 合计 98 while the summary adds to 96',
      grids: patch(seed002Grid(), { C50: 38 }),
      findings: [
        {
          messageId: 'wrong', cell: 'C50', related: [],
          data: { subject: subject('summary-score', '产出指标'), expected: points(40), how: { type: 'calc', kind: 'group-rows', group: text('产出指标') }, actual: cellShows(38), note: noNote },
          expected: 40, actual: 38, fixable: true, write: 40,
        },
        {
          messageId: 'wrong', cell: 'C52', related: [],
          data: { subject: subject('summary-score', '合计'), expected: points(96), how: { type: 'calc', kind: 'rows-above' }, actual: cellShows(98), note: recalcWrites(points(100)) },
          expected: 100, actual: 98, fixable: true, write: 100,
        },
      ],
    },
    {
      name: 'seed 002 自评得分 95 while the parts add up to 98 (100 once recalculated)',
      grids: patch(seed002Grid(), { G2: 95 }),
      findings: [
        {
          messageId: 'wrong', cell: 'G2', related: [],
          data: { subject: subject('total'), expected: points(98), how: sumOf(9, [['投入管理', 19], ['产出指标', 40], ['效益指标', 30]]), actual: cellShows(95), note: recalcWrites(points(100)) },
          expected: 100, actual: 95, fixable: true, write: 100,
        },
      ],
    },
  ],
});
