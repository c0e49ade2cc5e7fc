import { aboutOf, measuredOf, measureOf, placeOf, quantityOf, subjectOf, valueOf, writtenOf } from '../claims';
import { text } from '../values';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** One report, two figures for the same thing (seed 002: 调整预算数 1125.54 in one paragraph, 1209.35 in another),
 *  or a figure its own neighbours do not give: a rate that is not their quotient, parts that do not add up. */
export const reportInconsistent = defineRule({
  id: 'report-inconsistent',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['report-inconsistent'],
    description: {
      'zh-CN': '自评报告前后的数字应一致：同一事项只有一个数，执行率等于报告所写金额之商，分项之和等于总额',
      'en-US': 'A report states one figure per thing; its rates are its own amounts’ quotients and its parts add up',
    },
    messages: {
      'zh-CN': {
        conflict: '自评报告中{what}前后不一：{place}写 {actual}，{earlierPlace}写 {earlier}',
        rate: '{what}应为 {expected}（{how}），报告{place}写 {actual}',
        parts: '{what}应为 {expected}（{how}），报告{place}写 {actual}',
        balance: '{what}应为 {expected}（{how}），报告{place}写 {actual}',
        structure: '{what}应为 {expected}（{how}），报告{place}写 {actual}',
      },
      'en-US': {
        conflict: 'the report gives two figures for {what}: {actual} in {place}, {earlier} in {earlierPlace}',
        rate: '{what} should be {expected} ({how}); the report says {actual} in {place}',
        parts: '{what} should be {expected} ({how}); the report says {actual} in {place}',
        balance: '{what} should be {expected} ({how}); the report says {actual} in {place}',
        structure: '{what} should be {expected} ({how}); the report says {actual} in {place}',
      },
    },
  },
  createForReport(ctx) {
    for (const issue of ctx.inconsistencies) {
      const c = issue.claim;
      const base = { claim: c, actual: quantityOf(c) };
      const data = { what: aboutOf(c), place: placeOf(c), actual: writtenOf(c) };
      if (issue.kind === 'conflict') {
        const e = issue.earlier;
        ctx.report({ ...base, related: [], messageId: 'conflict', data: { ...data, earlier: writtenOf(e), earlierPlace: placeOf(e) }, expected: quantityOf(e) });
        continue;
      }
      const expected = { expected: measuredOf(c.measure, issue.expected) };
      if (issue.kind === 'rate') {
        const how = { type: 'claim-terms' as const, op: '÷' as const, terms: [issue.numerator, issue.denominator].map((x) => ({ label: measureOf(x), figure: writtenOf(x) })) };
        ctx.report({ ...base, related: [], messageId: 'rate', data: { ...data, ...expected, how }, expected: valueOf(c.measure, issue.expected) });
      } else if (issue.kind === 'parts') {
        const how = { type: 'claim-terms' as const, op: '+' as const, terms: issue.parts.map((p) => ({ label: text(p.subject.name.replace(/^.*（其中：?|）$/g, '')), figure: writtenOf(p) })) };
        const related = issue.parts.map((p) => p.source.cell).filter((x): x is string => !!x);
        ctx.report({ ...base, related, messageId: 'parts', data: { ...data, ...expected, how }, expected: valueOf(c.measure, issue.expected) });
      } else if (issue.kind === 'balance') {
        const how = { type: 'claim-terms' as const, op: '−' as const, terms: [issue.received, issue.executed].map((x) => ({ label: measureOf(x), figure: writtenOf(x) })) };
        ctx.report({ ...base, related: [], messageId: 'balance', data: { ...data, ...expected, how }, expected: valueOf(c.measure, issue.expected) });
      } else {
        const how = { type: 'claim-terms' as const, op: '+' as const, terms: [issue.basic, issue.projects].map((x) => ({ label: subjectOf(x), figure: writtenOf(x) })) };
        ctx.report({ ...base, related: [], messageId: 'structure', data: { ...data, ...expected, how }, expected: valueOf(c.measure, issue.expected) });
      }
    }
  },
});
