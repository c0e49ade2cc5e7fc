import { claimValue, measureName, sameFigure, showClaim, stated, subjectName } from '../claims';
import { sameGrade } from '../profile';
import type { Rule } from './rule';
import { claimPlace } from './rule';

/** The report says one thing, the table another: seed 002's 调整预算数 1209.35 against the table's 1125.54. */
export const reportMismatch: Rule = {
  id: 'report-mismatch',
  severity: 'error',
  description: {
    'zh-CN': '自评报告所写的金额、执行率、得分、等级和项目个数应与自评表（或项目汇总）一致',
    'en-US': 'The report’s amounts, rates, score, grade and project count must match the table (or the projects’ roll-up)',
  },
  messages: {
    'zh-CN': {
      cell: '自评报告{place}写{what}为 {actual}，表中 {sheet}!{cell} 为 {expected}',
      computed: '自评报告{place}写{what}为 {actual}，按表中数字应为 {expected}（{how}）',
      rollup: '自评报告{place}写{what}为 {actual}，{origin}合计为 {expected}',
    },
    'en-US': {
      cell: 'The report ({place}) gives {what} as {actual}; the table has {expected} in {sheet}!{cell}',
      computed: 'The report ({place}) gives {what} as {actual}; the table’s figures give {expected} ({how})',
      rollup: 'The report ({place}) gives {what} as {actual}; the {origin} add up to {expected}',
    },
  },
  checkReport(ctx) {
    const L = ctx.locale;
    for (const { claim, figure } of ctx.counterparts) {
      if (claim.measure === 'grade') {
        if (sameGrade(String(claim.value), String(figure.value))) continue;
      } else {
        const a = stated(claim);
        if (!a || !figure.stated || sameFigure(claim.measure, a, figure.stated)) continue;
      }
      const data = {
        place: claimPlace(claim, L), what: `${subjectName(claim.subject, L)}${L === 'zh-CN' ? '的' : ' '}${measureName(claim, L)}`,
        actual: showClaim(claim), expected: figure.shown, sheet: figure.sheet ?? '', cell: figure.cell ?? '', how: figure.how ?? '',
        origin: figure.origin ?? '',
      };
      ctx.report({
        claim, sheet: figure.cell ? figure.sheet : null, cell: figure.cell, related: figure.related,
        messageId: figure.origin ? 'rollup' : figure.cell ? 'cell' : 'computed', data,
        expected: typeof figure.value === 'number' ? Number(figure.value.toFixed(6)) : figure.value,
        actual: claimValue(claim),
      });
    }
  },
};
