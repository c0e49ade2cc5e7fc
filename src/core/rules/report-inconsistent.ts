import type { Claim } from '../claims';
import { claimValue, measureName, showClaim, showValue, subjectName } from '../claims';
import type { Locale } from '../engine';
import type { Rule } from './rule';
import { claimPlace } from './rule';

const what = (c: Claim, locale: Locale) => `${subjectName(c.subject, locale)}${locale === 'zh-CN' ? '的' : ' '}${measureName(c, locale)}`;
const term = (c: Claim, locale: Locale) => `${measureName(c, locale)} ${showClaim(c)}`;

/** One report, two figures for the same thing (seed 002: 调整预算数 1125.54 in one paragraph, 1209.35 in another),
 *  or a figure its own neighbours do not give: a rate that is not their quotient, parts that do not add up. */
export const reportInconsistent: Rule = {
  id: 'report-inconsistent',
  severity: 'warning',
  description: {
    'zh-CN': '自评报告前后的数字应一致：同一事项只有一个数，执行率等于报告所写金额之商，分项之和等于总额',
    'en-US': 'A report states one figure per thing; its rates are its own amounts’ quotients and its parts add up',
  },
  messages: {
    'zh-CN': {
      conflict: '自评报告中{what}前后不一：{place}写 {actual}，{earlierPlace}写 {earlier}',
      rate: '{what}应为 {expected}（{how}），报告{place}写 {actual}',
      parts: '{what}应为 {expected}（{parts}），报告{place}写 {actual}',
      balance: '{what}应为 {expected}（{received} − {executed}），报告{place}写 {actual}',
      structure: '{what}应为 {expected}（{basic} + {projects}），报告{place}写 {actual}',
    },
    'en-US': {
      conflict: 'The report gives two figures for {what}: {actual} in {place}, {earlier} in {earlierPlace}',
      rate: '{what} should be {expected} ({how}); the report says {actual} in {place}',
      parts: '{what} should be {expected} ({parts}); the report says {actual} in {place}',
      balance: '{what} should be {expected} ({received} − {executed}); the report says {actual} in {place}',
      structure: '{what} should be {expected} ({basic} + {projects}); the report says {actual} in {place}',
    },
  },
  checkReport(ctx) {
    const L = ctx.locale;
    for (const issue of ctx.inconsistencies) {
      const c = issue.claim;
      const base = { claim: c, related: [] as string[], actual: claimValue(c) };
      const data = { what: what(c, L), place: claimPlace(c, L), actual: showClaim(c) };
      if (issue.kind === 'conflict') {
        ctx.report({ ...base, messageId: 'conflict', data: { ...data, earlier: showClaim(issue.earlier), earlierPlace: claimPlace(issue.earlier, L) }, expected: claimValue(issue.earlier) });
      } else if (issue.kind === 'rate') {
        const how = `${term(issue.numerator, L)} ÷ ${term(issue.denominator, L)}`;
        ctx.report({ ...base, messageId: 'rate', data: { ...data, expected: showValue(c.measure, issue.expected), how }, expected: Number(issue.expected.toFixed(6)) });
      } else if (issue.kind === 'parts') {
        const parts = issue.parts.map((p) => `${p.subject.name.replace(/^.*（其中：?|）$/g, '')} ${showClaim(p)}`).join(' + ');
        ctx.report({ ...base, related: issue.parts.map((p) => p.source.cell ?? '').filter(Boolean), messageId: 'parts', data: { ...data, expected: showValue(c.measure, issue.expected), parts }, expected: Number(issue.expected.toFixed(6)) });
      } else if (issue.kind === 'balance') {
        ctx.report({ ...base, messageId: 'balance', data: { ...data, expected: showValue(c.measure, issue.expected), received: term(issue.received, L), executed: term(issue.executed, L) }, expected: Number(issue.expected.toFixed(6)) });
      } else {
        ctx.report({ ...base, messageId: 'structure', data: { ...data, expected: showValue(c.measure, issue.expected), basic: `${subjectName(issue.basic.subject, L)} ${showClaim(issue.basic)}`, projects: `${subjectName(issue.projects.subject, L)} ${showClaim(issue.projects)}` }, expected: Number(issue.expected.toFixed(6)) });
      }
    }
  },
};
