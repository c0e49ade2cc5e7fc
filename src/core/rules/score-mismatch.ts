import type { Rule } from './rule';
import { TOLERANCE_SCORE } from './rule';
import { numbersOff } from './derived-checks';
import { derivedExpected, derivedTail, showDerived } from './derived-note';

/** A budget execution score or quantitative indicator score that its own figures do not give. */
export const scoreMismatch: Rule = {
  id: 'score-mismatch',
  severity: 'warning',
  description: { 'zh-CN': '得分须按评分规则由实际值、目标值和分值算出', 'en-US': 'A score must follow from actual, target and weight' },
  messages: {
    'zh-CN': { wrong: '{what}应为 {expected}（{how}），表中为 {actual}{tail}' },
    'en-US': { wrong: '{what} should be {expected} ({how}), the table shows {actual}{tail}' },
  },
  check(ctx) {
    for (const { d, entered, shown } of numbersOff(ctx, ['budget-score', 'indicator-score'])) {
      // Above the weight or below 0 is score-out-of-range's finding.
      if (entered < 0 || (d.weight != null && entered > d.weight + TOLERANCE_SCORE)) continue;
      ctx.report({
        cell: d.cell, related: d.related, messageId: 'wrong',
        data: { what: d.what, expected: showDerived(d, d.asRead), how: d.how, actual: shown, tail: derivedTail(d, ctx.locale) },
        expected: derivedExpected(d), actual: entered, fixable: !d.formula,
      });
    }
  },
};
