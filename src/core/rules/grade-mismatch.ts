import type { Rule } from './rule';
import { claimPlace } from './rule';
import { subjectName } from '../claims';
import { gradeFor, sameGrade } from '../profile';
import { formatNumber } from '../text';
import { derivedTail } from './derived-note';

/** A grade (自评结果) that the total score's band does not give: 99.45 described as 良. */
export const gradeMismatch: Rule = {
  id: 'grade-mismatch',
  severity: 'error',
  description: { 'zh-CN': '自评等级须与总分所在分档一致', 'en-US': 'The grade must match the band of the total score' },
  messages: {
    'zh-CN': {
      wrong: '自评等级应为“{expected}”（{how}），表中为“{actual}”{tail}',
      report: '自评报告{place}写{subject}等级“{actual}”，而报告所写得分 {score} 分按等级分档应为“{expected}”（{how}）',
    },
    'en-US': {
      wrong: 'The grade should be "{expected}" ({how}), the table says "{actual}"{tail}',
      report: 'The report ({place}) grades {subject} "{actual}", but its score {score} falls in "{expected}" ({how})',
    },
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
  // seed 003: "自评结果良好，绩效自评得分为99.45分" — a report's grade against the score it states for the same subject.
  checkReport(ctx) {
    for (const grade of ctx.claims) {
      if (grade.measure !== 'grade') continue;
      const score = ctx.claims.find((c) => c.measure === 'score' && c.subject.key === grade.subject.key && typeof c.value === 'number');
      if (!score) continue;
      const expected = gradeFor(score.value as number, ctx.bands);
      if (sameGrade(String(grade.value), expected)) continue;
      const how = ctx.bands.map((b) => (ctx.locale === 'zh-CN' ? `${b.min} 分以上为${b.label}` : `${b.label} from ${b.min}`)).join(ctx.locale === 'zh-CN' ? '、' : ', ');
      ctx.report({
        claim: grade, related: [], messageId: 'report',
        data: { place: claimPlace(grade, ctx.locale), subject: subjectName(grade.subject, ctx.locale), actual: String(grade.value), score: formatNumber(score.value as number, 2), expected, how },
        expected, actual: String(grade.value),
      });
    }
  },
};
