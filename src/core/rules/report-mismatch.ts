import { aboutOf, placeOf, quantityOf, sameFigure, stated, writtenOf } from '../claims';
import { sameGrade } from '../profile';
import { amount, rate, text } from '../values';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** The report says one thing, the table another: seed 002's 调整预算数 1209.35 against the table's 1125.54. */
export const reportMismatch = defineRule({
  id: 'report-mismatch',
  meta: {
    severity: 'error',
    name: RULE_NAMES['report-mismatch'],
    description: {
      'zh-CN': '自评报告所写的金额、执行率、得分、等级和项目个数应与自评表（或项目汇总）一致',
      'en-US': 'The report’s amounts, rates, score, grade and project count must match the table (or the projects’ roll-up)',
    },
    messages: {
      'zh-CN': {
        cell: '自评报告{place}写{what}为 {actual}，表中 {cell} 为 {expected}',
        computed: '自评报告{place}写{what}为 {actual}，按表中数字应为 {expected}（{how}）',
        rollup: '自评报告{place}写{what}为 {actual}，{origin}合计为 {expected}',
      },
      'en-US': {
        cell: 'the report gives {what} as {actual} in {place}; the table has {expected} in {cell}',
        computed: 'the report gives {what} as {actual} in {place}; the table’s figures give {expected} ({how})',
        rollup: 'the report gives {what} as {actual} in {place}; the {origin} add up to {expected}',
      },
    },
  },
  createForReport(ctx) {
    for (const { claim, figure } of ctx.counterparts) {
      if (claim.measure === 'grade') {
        if (sameGrade(String(claim.value), String(figure.value))) continue;
      } else {
        const a = stated(claim);
        if (!a || !figure.stated || sameFigure(claim.measure, a, figure.stated)) continue;
      }
      const data = { place: placeOf(claim), what: aboutOf(claim), actual: writtenOf(claim), expected: figure.shown };
      const expected = typeof figure.value === 'string' ? text(figure.value) : claim.measure === 'rate' || claim.measure === 'ratio' ? rate(Number(figure.value.toFixed(6))) : amount(figure.value);
      const base = { claim, related: figure.related, expected, actual: quantityOf(claim) };
      if (figure.origin) ctx.report({ ...base, messageId: 'rollup', data: { ...data, origin: figure.origin } });
      else if (figure.cell) ctx.report({ ...base, sheet: figure.sheet, cell: figure.cell, messageId: 'cell', data: { ...data, cell: text(`${figure.sheet}!${figure.cell}`) } });
      else ctx.report({ ...base, messageId: 'computed', data: { ...data, how: figure.how! } });
    }
  },
});
