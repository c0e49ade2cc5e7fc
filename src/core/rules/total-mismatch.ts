import { points, shown } from '../values';
import { derivedExpected, derivedNote, derivedValue, numbersOff } from './derived';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** A group score or total that is not the sum of its entered parts. */
export const totalMismatch = defineRule({
  id: 'total-mismatch',
  meta: {
    severity: 'error',
    name: RULE_NAMES['total-mismatch'],
    description: { 'zh-CN': '合计与总分须等于各项得分之和', 'en-US': 'Totals must equal the sum of their parts' },
    messages: {
      'zh-CN': { wrong: '{subject}应为 {expected}（{how}），表中为 {actual}{note}' },
      'en-US': { wrong: '{subject} should be {expected} ({how}), the table shows {actual}{note}' },
    },
  },
  create(ctx) {
    for (const { d, entered } of numbersOff(ctx, ['group-score', 'total'])) {
      ctx.report({
        messageId: 'wrong',
        data: { subject: d.subject, expected: derivedValue(d, d.asRead), how: d.how!, actual: shown(d.figure), note: derivedNote(d) },
        cell: d.cell, related: d.related,
        expected: derivedExpected(d), actual: points(entered), fixable: !d.formula,
      });
    }
  },
});
