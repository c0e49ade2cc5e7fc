import { deviationUnexplained } from '../../../src/core/rules/deviation-unexplained';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { points, ruleTester, text } from '../rule-tester';

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
      // 85% ÷ 90% × 10 = 9.444… → 9.44
      name: 'seed 002: 服务对象满意度 85% against ≥90% (9.44 of 10), 未完成原因分析 empty',
      grids: patch(correctSeed002(), { F44: '85%', H44: 9.44 }),
      findings: [finding(44, '服务对象满意度', 9.44, 10)],
    },
  ],
});
