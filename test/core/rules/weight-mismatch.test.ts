import { weightMismatch } from '../../../src/core/rules/weight-mismatch';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { parts, points, ruleTester, term, text } from '../rule-tester';

const P = () => projectGrid(correctProject());
const weights = (budget: number, groups: [string, number][]) =>
  parts([{ label: term('budget-execution'), value: points(budget) }, ...groups.map(([g, w]) => ({ label: text(g), value: points(w) }))]);

ruleTester(weightMismatch, {
  valid: [
    { name: 'seed 002 as published: 10 + 20 + 40 + 30 = 100, summary weights agree', grids: seed002Grid() },
    { name: 'seed 002 corrected', grids: correctSeed002() },
    { name: 'a correct project table: 10 + 50 + 30 + 10 = 100', grids: P() },
    { name: 'group labels without "(N分)": rows add to 100 with the budget', grids: patch(P(), { B10: '产出指标', B14: '效益指标', B15: '满意度指标' }) },
    { name: 'weights as text numbers that add up', grids: patch(P(), { G10: '20', G11: '10' }) },
  ],
  invalid: [
    {
      name: '产出指标(50分) whose rows add up to 20 + 10 + 10 + 5 = 45',
      grids: patch(P(), { G13: 5, H13: 5 }),
      findings: [
        {
          messageId: 'group', cell: 'B10', related: ['G10', 'G11', 'G12', 'G13'],
          data: { group: text('产出指标'), label: points(50), sum: points(45) },
          expected: 45, actual: 50, fixable: false, write: null,
        },
      ],
    },
    {
      name: 'weights not adding up to 100 (no label weights, 产出 rows 45): 10 + 45 + 30 + 10 = 95',
      grids: patch(P(), { B10: '产出指标', B14: '效益指标', B15: '满意度指标', G13: 5, H13: 5 }),
      findings: [
        {
          messageId: 'total', cell: 'G16', related: [],
          data: { expected: points(100), sum: points(95), parts: weights(10, [['产出指标', 45], ['效益指标', 30], ['满意度指标', 10]]) },
          expected: 100, actual: 95, fixable: false, write: null,
        },
      ],
    },
    {
      name: 'label weights that add to 10 + 50 + 35 + 10 = 105 with the budget',
      grids: patch(P(), { B14: '效益指标(35分)', G14: 35 }),
      findings: [
        {
          messageId: 'total', cell: 'G16', related: [],
          data: { expected: points(100), sum: points(105), parts: weights(10, [['产出指标', 50], ['效益指标', 35], ['满意度指标', 10]]) },
          expected: 100, actual: 105, fixable: false, write: null,
        },
      ],
    },
    {
      name: 'seed 002 summary gives 投入管理 25 while the table gives 20; its 合计 100 while the rows above add to 105',
      grids: patch(seed002Grid(), { B49: 25 }),
      findings: [
        { messageId: 'summary', cell: 'B49', related: [], data: { label: text('投入管理'), actual: points(25), expected: points(20) }, expected: 20, actual: 25, fixable: false, write: null },
        { messageId: 'summary', cell: 'B52', related: [], data: { label: text('合计'), actual: points(100), expected: points(105) }, expected: 105, actual: 100, fixable: false, write: null },
      ],
    },
  ],
});
