import type { Rule } from './rule';
import { shown } from './rule';
import { ratesJudged } from './derived-checks';
import { derivedExpected, derivedTail, showDerived } from './derived-note';

/** A rate (预算执行率, 得分率) that is not its numerator ÷ denominator. */
export const rateMismatch: Rule = {
  id: 'rate-mismatch',
  severity: 'error',
  description: { 'zh-CN': '比率须等于分子 ÷ 分母（执行数 ÷ 预算数，得分 ÷ 权重）', 'en-US': 'A rate must equal numerator ÷ denominator' },
  messages: {
    'zh-CN': { wrong: '{what}应为 {expected}（{how}），表中为 {actual}{tail}' },
    'en-US': { wrong: '{what} should be {expected} ({how}), the table shows {actual}{tail}' },
  },
  check(ctx) {
    for (const { d, s } of ratesJudged(ctx, 'mismatch')) {
      ctx.report({
        cell: d.cell, related: d.related, messageId: 'wrong',
        data: { what: d.what, expected: showDerived(d, d.asRead), how: d.how, actual: shown(d.figure), tail: derivedTail(d, ctx.locale) },
        expected: derivedExpected(d), actual: Number(s.fraction.toFixed(6)), fixable: !d.formula,
      });
    }
  },
};
