import { rate, shown } from '../values';
import { derivedExpected, derivedValue, ratesJudged } from './derived';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** A rate one unit off in its last shown decimal: 23.36% for 10.86 ÷ 46.5 = 23.3548%. */
export const rateRounding = defineRule({
  id: 'rate-rounding',
  meta: {
    severity: 'info',
    name: RULE_NAMES['rate-rounding'],
    description: { 'zh-CN': '比率按四舍五入保留两位小数', 'en-US': 'Rates round half up to two decimals' },
    messages: {
      'zh-CN': { rounding: '{subject}四舍五入应为 {expected}（{how} = {exact}），表中为 {actual}' },
      'en-US': { rounding: '{subject} rounds to {expected} ({how} = {exact}), the table shows {actual}' },
    },
  },
  create(ctx) {
    for (const { d, s } of ratesJudged(ctx, 'rounding')) {
      ctx.report({
        messageId: 'rounding',
        data: { subject: d.subject, expected: derivedValue(d, d.asRead), how: d.how!, exact: rate(d.asRead, 4), actual: shown(d.figure) },
        cell: d.cell, related: d.related,
        expected: derivedExpected(d), actual: rate(Number(s.fraction.toFixed(6))), fixable: !d.formula,
      });
    }
  },
});
