import { deviationUnexplained } from '../../../src/core/rules/deviation-unexplained';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, findingsOf, patch, projectGrid } from '../helpers';
import { cellShows, points, ruleTester, text } from '../rule-tester';

const P = () => projectGrid(correctProject());
const finding = (row: number, name: string, score: number, weight: number, col = { reason: 'I', score: 'H', weight: 'G' }) => ({
  messageId: 'missing', cell: `${col.reason}${row}`, related: [`${col.score}${row}`, `${col.weight}${row}`],
  data: { name: text(name), score: points(score), weight: points(weight) },
  expected: null, actual: null, fixable: false, write: null,
});

ruleTester(deviationUnexplained, {
  valid: [
    { name: 'seed 002 corrected (every score full)', grids: correctSeed002() },
    { name: 'seed 002 as published: 预算执行率 1 of 2 is a miscalculation (recalc gives 2), not a deviation', grids: seed002Grid() },
    { name: 'a correct project table (效益 28 of 30 with a reason)', grids: P() },
    { name: 'a missed target with its reason', grids: patch(P(), { F10: 1500, H10: 15, I10: '设备到货延迟' }) },
  ],
  invalid: [
    { name: 'qualitative 28 of 30 with no reason', grids: patch(P(), { I14: null }), findings: [finding(14, '档案查阅便利度', 28, 30)] },
    { name: '1500 against ≥2000 scored 15 of 20 with no reason', grids: patch(P(), { F10: 1500, H10: 15 }), findings: [finding(10, '档案数字化页数', 15, 20)] },
    { name: 'a reason of only spaces is no reason', grids: patch(P(), { F10: 1500, H10: 15, I10: '  ' }), findings: [finding(10, '档案数字化页数', 15, 20)] },
    {
      // 1500 ÷ 2000 × 20 = 15 is what recalc writes; the cell holds 18: the message quotes both, never 15 as the cell's.
      name: '1500 against ≥2000 typed as 18 of 20 (recalc gives 15), no reason',
      grids: patch(P(), { F10: 1500, H10: 18 }),
      findings: [{
        ...finding(10, '档案数字化页数', 15, 20),
        messageId: 'recalculated',
        data: { name: text('档案数字化页数'), score: points(15), entered: cellShows(18), weight: points(20) },
      }],
    },
    {
      // 85% ÷ 90% × 10 = 9.444… → 9.44
      name: 'seed 002: 服务对象满意度 85% against ≥90% (9.44 of 10), 未完成原因分析 empty',
      grids: patch(correctSeed002(), { F44: '85%', H44: 9.44 }),
      findings: [finding(44, '服务对象满意度', 9.44, 10)],
    },
  ],
});

describe('deviation-unexplained wording', () => {
  it('quotes what the cell holds, and a score recalc will write as such (zh-CN and en-US)', () => {
    const grid = patch(P(), { F10: 1500, H10: 18 });
    expect(findingsOf(grid, 'deviation-unexplained').map((f) => f.message)).toEqual([
      '指标“档案数字化页数”重算后得分 15（表中为 18），低于分值 20，但未填写偏差原因：请在偏差原因栏写明未达成的原因和改进措施',
    ]);
    expect(findingsOf(grid, 'deviation-unexplained', { locale: 'en-US' }).map((f) => f.message)).toEqual([
      'Indicator “档案数字化页数” scores 15 of 20 once recalculated (the table shows 18) with no reason given: write why it fell short and what will change',
    ]);
    // Once recalc has written 15 the cell holds what is quoted, and the plain sentence is used.
    expect(findingsOf(patch(P(), { F10: 1500, H10: 15 }), 'deviation-unexplained').map((f) => f.message)).toEqual([
      '指标“档案数字化页数”得分 15 低于分值 20，但未填写偏差原因：请在偏差原因栏写明未达成的原因和改进措施',
    ]);
  });
});
