import type { Rule } from './rule';
import { sameGrade } from '../profile';
import { derivedTail } from './derived-note';

/** A grade (自评结果) that the total score's band does not give: 99.45 described as 良. */
export const gradeMismatch: Rule = {
  id: 'grade-mismatch',
  severity: 'error',
  description: { 'zh-CN': '自评等级须与总分所在分档一致', 'en-US': 'The grade must match the band of the total score' },
  messages: {
    'zh-CN': { wrong: '自评等级应为“{expected}”（{how}），表中为“{actual}”{tail}' },
    'en-US': { wrong: 'The grade should be "{expected}" ({how}), the table says "{actual}"{tail}' },
  },
  check(ctx) {
    for (const d of ctx.calc.derived) {
      if (d.kind !== 'grade' || typeof d.asRead !== 'string' || !d.text) continue;
      if (sameGrade(d.text, d.asRead)) continue;
      ctx.report({
        cell: d.cell, related: d.related, messageId: 'wrong',
        data: { expected: d.asRead, how: d.how, actual: d.text, tail: derivedTail(d, ctx.locale) },
        expected: typeof d.final === 'string' ? d.final : d.asRead, actual: d.text, fixable: !d.formula,
      });
    }
  },
};
