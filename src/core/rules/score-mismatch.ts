import { points, shown } from '../values';
import { derivedExpected, derivedNote, derivedValue, numbersOff } from './derived';
import { defineRule, TOLERANCE_SCORE } from './rule';
import { RULE_NAMES } from './names';

/** A budget execution score or quantitative indicator score that its own figures do not give. */
export const scoreMismatch = defineRule({
  id: 'score-mismatch',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['score-mismatch'],
    description: { 'zh-CN': '得分须按评分规则由实际值、目标值和分值算出', 'en-US': 'A score must follow from actual, target and weight' },
    messages: {
      'zh-CN': { wrong: '{subject}应为 {expected}（{how}），表中为 {actual}{note}' },
      'en-US': { wrong: '{subject} should be {expected} ({how}), the table shows {actual}{note}' },
    },
  },
  create(ctx) {
    for (const { d, entered } of numbersOff(ctx, ['budget-score', 'indicator-score'])) {
      // Above the weight or below 0 is score-out-of-range's finding.
      if (entered < 0 || (d.weight != null && entered > d.weight + TOLERANCE_SCORE)) continue;
      ctx.report({
        messageId: 'wrong',
        data: { subject: d.subject, expected: derivedValue(d, d.asRead), how: d.how!, actual: shown(d.figure), note: derivedNote(d) },
        cell: d.cell, related: d.related,
        expected: derivedExpected(d), actual: points(entered), fixable: !d.formula,
      });
    }
  },
});
