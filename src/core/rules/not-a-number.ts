import { text } from '../values';
import { typedFigures } from './figures';
import { defineRule } from './rule';

/** Text where a number belongs: actual "完成" on a quantitative ≤30万元 indicator. */
export const notANumber = defineRule({
  id: 'not-a-number',
  meta: {
    severity: 'error',
    name: { 'zh-CN': '非数值', 'en-US': 'Not a number' },
    description: { 'zh-CN': '金额、分值、得分和定量指标的实际值须为数字', 'en-US': 'Amounts, weights, scores and quantitative actuals must be numbers' },
    messages: {
      'zh-CN': { text: '{subject}应为数字，表中为“{actual}”，无法计算', huge: '{subject}为 {actual}，超出可核算的范围（绝对值须小于 10 的 15 次方），请检查是否输错' },
      'en-US': {
        text: '{subject} must be a number, the table shows {actual}',
        huge: '{subject} is {actual}, beyond what can be computed (its size must stay below 10^15); check for a typing slip',
      },
    },
  },
  create(ctx) {
    for (const { subject, figure } of typedFigures(ctx.table)) {
      if (figure.state !== 'invalid') continue;
      const actual = text(String(figure.raw ?? '').trim());
      // A number cell read as not a number is one too big to compute with (MAX_FIGURE in text.ts).
      const messageId = typeof figure.raw === 'number' ? 'huge' : 'text';
      ctx.report({ messageId, data: { subject, actual }, cell: figure.cell, related: [], expected: null, actual, fixable: false });
    }
  },
});
