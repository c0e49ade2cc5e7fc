import type { Rule } from './rule';
import { typedFigures } from './figures';

/** Text where a number belongs: actual "完成" on a quantitative ≤30万元 indicator. */
export const notANumber: Rule = {
  id: 'not-a-number',
  severity: 'error',
  description: { 'zh-CN': '金额、分值、得分和定量指标的实际值须为数字', 'en-US': 'Amounts, weights, scores and quantitative actuals must be numbers' },
  messages: {
    'zh-CN': { text: '{what}应为数字，表中为“{actual}”，无法计算', huge: '{what}为 {actual}，超出可核算的范围（绝对值须小于 10 的 15 次方），请检查是否输错' },
    'en-US': { text: '{what} must be a number, the table shows "{actual}"', huge: '{what} is {actual}, beyond what can be computed (its size must stay below 10^15); check for a typing slip' },
  },
  check(ctx) {
    for (const { what, figure } of typedFigures(ctx.table)) {
      if (figure.state !== 'invalid') continue;
      const actual = String(figure.raw ?? '').trim();
      // A number cell read as not a number is one too big to compute with (MAX_FIGURE in text.ts).
      const messageId = typeof figure.raw === 'number' ? 'huge' : 'text';
      ctx.report({ cell: figure.cell, messageId, data: { what, actual }, expected: null, actual, fixable: false });
    }
  },
};
