import { sameGrade } from '../profile';
import { text } from '../values';
import { derivedNote, derivedValue } from './derived';
import { defineRule } from './rule';

/** A grade (自评结果) that the total score's band does not give: 99.45 described as 良. */
export const gradeMismatch = defineRule({
  id: 'grade-mismatch',
  meta: {
    severity: 'error',
    name: { 'zh-CN': '等级不符', 'en-US': 'Grade mismatch' },
    description: { 'zh-CN': '自评等级须与总分所在分档一致', 'en-US': 'The grade must match the band of the total score' },
    messages: {
      'zh-CN': { wrong: '自评等级应为“{expected}”（{how}），表中为“{actual}”{note}' },
      'en-US': { wrong: 'The grade should be {expected} ({how}), the table says {actual}{note}' },
    },
  },
  create(ctx) {
    for (const d of ctx.calc.derived) {
      if (d.kind !== 'grade' || typeof d.asRead !== 'string' || !d.text) continue;
      if (sameGrade(d.text, d.asRead)) continue;
      ctx.report({
        messageId: 'wrong',
        data: { expected: derivedValue(d, d.asRead), how: d.how!, actual: text(d.text), note: derivedNote(d) },
        cell: d.cell, related: d.related,
        expected: text(typeof d.final === 'string' ? d.final : d.asRead), actual: text(d.text), fixable: !d.formula,
      });
    }
  },
});
