import type { Rule } from './rule';
import { typedFigures } from './figures';

/** "134.5" stored as text: read as the number, but Excel's own sums skip it. */
export const numberAsText: Rule = {
  id: 'number-as-text',
  severity: 'info',
  description: { 'zh-CN': '数字不应以文本形式存储', 'en-US': 'Numbers should not be stored as text' },
  messages: {
    'zh-CN': { text: '{what}“{actual}”以文本形式存储，已按数字 {value} 读取；Excel 的求和公式会忽略它' },
    'en-US': { text: '{what} "{actual}" is stored as text; read as {value}, but Excel sums skip it' },
  },
  check(ctx) {
    for (const { what, figure } of typedFigures(ctx.table)) {
      if (figure.state !== 'text-number' || figure.value === null) continue;
      // "2370人", "≥266米", "150万": a measure typed with its unit or operator, not a number Excel lost to text.
      if (figure.unit || /^[^\d+\-.]/.test(String(figure.raw).trim().normalize('NFKC'))) continue;
      const actual = String(figure.raw).trim();
      const value = figure.percent ? `${Number((figure.value * 100).toFixed(6))}%` : String(figure.value);
      ctx.report({ cell: figure.cell, messageId: 'text', data: { what, actual, value }, expected: figure.value, actual, fixable: false });
    }
  },
};
