import { aboutOf, placeOf } from '../claims';
import { gradeFor, sameGrade } from '../profile';
import { points, text } from '../values';
import { derivedNote, derivedValue } from './derived';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** A grade (自评结果) that the total score's band does not give: 99.45 described as 良. */
export const gradeMismatch = defineRule({
  id: 'grade-mismatch',
  meta: {
    severity: 'error',
    name: RULE_NAMES['grade-mismatch'],
    description: { 'zh-CN': '自评等级须与总分所在分档一致', 'en-US': 'The grade must match the band of the total score' },
    messages: {
      'zh-CN': {
        wrong: '自评等级应为“{expected}”（{how}），表中为“{actual}”{note}',
        report: '自评报告{place}写{what}为“{actual}”，按报告所写得分应为“{expected}”（{how}）',
      },
      'en-US': {
        wrong: 'The grade should be {expected} ({how}), the table says {actual}{note}',
        report: 'the report gives {what} as {actual} in {place}; the score it states gives {expected} ({how})',
      },
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
  // seed 003: "自评结果良好，绩效自评得分为99.45分" — a report's grade against the score it states for the same subject,
  // on the bands the report states for itself where it does.
  createForReport(ctx) {
    for (const grade of ctx.claims) {
      if (grade.measure !== 'grade') continue;
      const score = ctx.claims.find((c) => c.measure === 'score' && c.subject.key === grade.subject.key && typeof c.value === 'number');
      if (!score) continue;
      const total = score.value as number;
      const expected = gradeFor(total, ctx.bands);
      if (sameGrade(String(grade.value), expected)) continue;
      const how = { type: 'calc' as const, kind: 'grade-bands' as const, total: points(total), bands: ctx.bands.map((b) => ({ min: points(b.min), label: text(b.label) })) };
      ctx.report({
        claim: grade, related: [], messageId: 'report',
        data: { place: placeOf(grade), what: aboutOf(grade), actual: text(String(grade.value)), expected: text(expected), how },
        expected: text(expected), actual: text(String(grade.value)),
      });
    }
  },
});
