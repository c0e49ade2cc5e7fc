import type { Rule } from './rule';
import { numbersOff } from './derived-checks';
import { derivedExpected, derivedTail, showDerived } from './derived-note';

/** A group score or total that is not the sum of its entered parts. */
export const totalMismatch: Rule = {
  id: 'total-mismatch',
  severity: 'error',
  description: { 'zh-CN': '合计与总分须等于各项得分之和', 'en-US': 'Totals must equal the sum of their parts' },
  messages: {
    'zh-CN': { wrong: '{what}应为 {expected}（{how}），表中为 {actual}{tail}' },
    'en-US': { wrong: '{what} should be {expected} ({how}), the table shows {actual}{tail}' },
  },
  check(ctx) {
    for (const { d, entered, shown } of numbersOff(ctx, ['group-score', 'total'])) {
      ctx.report({
        cell: d.cell, related: d.related, messageId: 'wrong',
        data: { what: d.what, expected: showDerived(d, d.asRead), how: d.how, actual: shown, tail: derivedTail(d, ctx.locale) },
        expected: derivedExpected(d), actual: entered, fixable: !d.formula,
      });
    }
  },
};
