import type { Rule } from './rule';
import { shown } from './rule';
import { ratesJudged } from './derived-checks';
import { derivedExpected, showDerived } from './derived-note';

/** A rate one unit off in its last shown decimal: 23.36% for 10.86 ÷ 46.5 = 23.3548%. */
export const rateRounding: Rule = {
  id: 'rate-rounding',
  severity: 'info',
  description: { 'zh-CN': '比率按四舍五入保留两位小数', 'en-US': 'Rates round half up to two decimals' },
  messages: {
    'zh-CN': { rounding: '{what}四舍五入应为 {expected}（{how} = {exact}），表中为 {actual}' },
    'en-US': { rounding: '{what} rounds to {expected} ({how} = {exact}), the table shows {actual}' },
  },
  check(ctx) {
    for (const { d, s } of ratesJudged(ctx, 'rounding')) {
      ctx.report({
        cell: d.cell, related: d.related, messageId: 'rounding',
        data: { what: d.what, expected: showDerived(d, d.asRead), how: d.how, exact: `${(d.asRead * 100).toFixed(4)}%`, actual: shown(d.figure) },
        expected: derivedExpected(d), actual: Number(s.fraction.toFixed(6)), fixable: !d.formula,
      });
    }
  },
};
