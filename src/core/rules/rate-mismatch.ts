import { rate, shown } from '../values';
import { derivedExpected, derivedNote, derivedValue, ratesJudged } from './derived';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** A rate (预算执行率, 得分率) that is not its numerator ÷ denominator. */
export const rateMismatch = defineRule({
  id: 'rate-mismatch',
  meta: {
    severity: 'error',
    name: RULE_NAMES['rate-mismatch'],
    description: { 'zh-CN': '比率须等于分子 ÷ 分母（执行数 ÷ 预算数，得分 ÷ 权重）', 'en-US': 'A rate must equal numerator ÷ denominator' },
    messages: {
      'zh-CN': { wrong: '{subject}应为 {expected}（{how}），表中为 {actual}{note}' },
      'en-US': { wrong: '{subject} should be {expected} ({how}), the table shows {actual}{note}' },
    },
  },
  create(ctx) {
    for (const { d, s } of ratesJudged(ctx, 'mismatch')) {
      ctx.report({
        messageId: 'wrong',
        data: { subject: d.subject, expected: derivedValue(d, d.asRead), how: d.how!, actual: shown(d.figure), note: derivedNote(d) },
        cell: d.cell, related: d.related,
        expected: derivedExpected(d), actual: rate(Number(s.fraction.toFixed(6))), fixable: !d.formula,
      });
    }
  },
});
