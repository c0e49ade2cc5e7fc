import { overCompletion } from '../../../src/core/rules/over-completion';
import type { Quantity } from '../../../src/core/values';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { amount, points, rate, ruleTester, text } from '../rule-tester';

const P = () => projectGrid(correctProject());
/** 档案数字化页数 (row 10, ≥2000页) reaching `actual`, against `threshold` × 2000. */
const pages = (actual: number, threshold: number) => finding('I10', ['F10', 'E10'], '档案数字化页数', amount(actual), '≥2000页', actual / 2000, threshold);
function finding(cell: string, related: string[], name: string, actual: Quantity, target: string, ratio: number, threshold: number) {
  return {
    messageId: 'over', cell, related,
    data: { name: text(name), actual, target: text(target), ratio: rate(ratio, 0), threshold: points(threshold) },
    expected: null, actual: actual.value, fixable: false, write: null,
  };
}

ruleTester(overCompletion, {
  valid: [
    { name: 'seed 002 corrected (95% against ≥90% is 106%)', grids: correctSeed002() },
    { name: 'a correct project table (2100 against ≥2000)', grids: P() },
    { name: '3061 against ≥2000 with a reason given', grids: patch(P(), { F10: 3061, I10: '新增历史档案抢救性数字化任务' }) },
    { name: 'just under the threshold: 2399 against ≥2000 (1.2 × 2000 = 2400)', grids: patch(P(), { F10: 2399 }) },
    { name: '反向 (≤30万元) far under its target is not over-completion', grids: patch(P(), { F13: 10 }) },
    { name: 'percent: 100% against ≥98%', grids: patch(P(), { F11: 1 }) },
    { name: 'yitihua uses the same 1.2 threshold: 2399 stays silent', grids: patch(P(), { F10: 2399 }), options: { profile: 'yitihua' } },
    { name: 'Guangxi\'s 1.3: 2500 against ≥2000 (125%) stays silent', grids: patch(P(), { F10: 2500 }), options: { overCompletionThreshold: 1.3 } },
  ],
  invalid: [
    { name: '3061 against ≥2000 with full marks and no explanation (153%)', grids: patch(P(), { F10: 3061 }), findings: [pages(3061, 1.2)] },
    { name: 'exactly at the profile threshold: 2400 against ≥2000', grids: patch(P(), { F10: 2400 }), findings: [pages(2400, 1.2)] },
    { name: 'yitihua profile: 2400 against ≥2000', grids: patch(P(), { F10: 2400 }), options: { profile: 'yitihua' }, findings: [pages(2400, 1.2)] },
    { name: '2500 against ≥2000 (125%) fires at the default 1.2', grids: patch(P(), { F10: 2500 }), findings: [pages(2500, 1.2)] },
    { name: 'Guangxi\'s 1.3: 2600 against ≥2000 (130%) fires', grids: patch(P(), { F10: 2600 }), options: { overCompletionThreshold: 1.3 }, findings: [pages(2600, 1.3)] },
    {
      name: 'percent target: 满意度 ≥ 60% with 95% (158%)',
      grids: patch(P(), { E15: '≥60%', F15: 0.95 }),
      findings: [finding('I15', ['F15', 'E15'], '查档群众满意度', rate(0.95), '≥60%', 0.95 / 0.6, 1.2)],
    },
  ],
});
