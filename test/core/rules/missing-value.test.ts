import { missingValue } from '../../../src/core/rules/missing-value';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, patch, projectGrid } from '../helpers';
import { amount, points, ruleTester, text } from '../rule-tester';

const P = () => projectGrid(correctProject());
const none = { expected: null, actual: null, fixable: false, write: null };
const noActual = (row: number, name: string, weight: number, col = { actual: 'F', weight: 'G' }) => ({
  messageId: 'actual', cell: `${col.actual}${row}`, related: [`${col.weight}${row}`], data: { name: text(name), weight: points(weight) }, ...none,
});

ruleTester(missingValue, {
  valid: [
    { name: 'seed 002: unweighted placeholders (预算调整率 ≤ %) have no actual and need none', grids: seed002Grid() },
    { name: 'a correct project table', grids: P() },
    { name: 'a 0 / 0 budget row needs no 执行数', grids: patch(P(), { C7: 0, D7: 0, E7: null }) },
    { name: 'a row weighted 0 needs no actual', grids: patch(P(), { F11: null, G11: 0, H11: 0, G10: 30, H10: 30 }) },
    { name: 'a blank quantitative score is recalc\'s to fill, not a missing value', grids: patch(P(), { H10: null, H16: 80 }) },
  ],
  invalid: [
    { name: 'a weighted row with no actual', grids: patch(P(), { F10: null }), findings: [noActual(10, '档案数字化页数', 20)] },
    { name: 'a weighted row whose actual is "—" (not applicable cannot be scored)', grids: patch(P(), { F10: '—' }), findings: [noActual(10, '档案数字化页数', 20)] },
    {
      name: 'a weighted qualitative indicator with no score (recalc cannot give it)',
      grids: patch(P(), { H14: null, H16: 72 }),
      findings: [{ messageId: 'score', cell: 'H14', related: ['G14'], data: { name: text('档案查阅便利度'), weight: points(30) }, ...none }],
    },
    {
      name: 'seed 002: the placeholder 预算调整率 (≤ %) given a weight of 2 but still no value',
      grids: patch(seed002Grid(), { G27: 2 }),
      findings: [
        { messageId: 'target', cell: 'E27', related: ['G27', 'D27', 'E27'], data: { name: text('预算调整率'), weight: points(2), text: text('≤%') }, ...none, actual: '≤%' },
        noActual(27, '预算调整率', 2),
      ],
    },
    {
      name: 'a budget row with no 执行数',
      grids: projectGrid(correctProject({ total: [100, 100, null], fiscal: [100, 100, 95] })),
      findings: [{ messageId: 'executed', cell: 'E5', related: ['D5'], data: { label: text('年度资金总额'), budget: amount(100) }, ...none }],
    },
    { name: 'seed 002: 专项资金细化率 (weight 2) with its actual blanked', grids: patch(seed002Grid(), { F25: null }), findings: [noActual(25, '专项资金细化率', 2)] },
  ],
});
