import { amount, rate, text } from '../values';
import { typedFigures } from './figures';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

const decimalsOf = (x: number): number => (String(x).split('.')[1] ?? '').length;

/** "134.5" stored as text: read as the number, but Excel's own sums skip it. */
export const numberAsText = defineRule({
  id: 'number-as-text',
  meta: {
    severity: 'info',
    name: RULE_NAMES['number-as-text'],
    description: { 'zh-CN': '数字不应以文本形式存储', 'en-US': 'Numbers should not be stored as text' },
    messages: {
      'zh-CN': { text: '{subject}“{actual}”以文本形式存储，已按数字 {value} 读取；Excel 的求和公式会忽略它' },
      'en-US': { text: '{subject} {actual} is stored as text; read as {value}, but Excel sums skip it' },
    },
  },
  create(ctx) {
    // A derived cell (a rate, a score) is written as a number by recalc whenever it has a value to write.
    const rewritten = new Set(ctx.calc.derived.filter((d) => d.final !== null && !d.formula).map((d) => `${d.sheet}!${d.cell}`));
    for (const { subject, figure } of typedFigures(ctx.table)) {
      if (figure.state !== 'text-number' || figure.value === null) continue;
      // "2370人", "≥266米", "150万": a measure typed with its unit or operator, not a number Excel lost to text.
      if (figure.unit || /^[^\d+\-.]/.test(String(figure.raw).trim().normalize('NFKC'))) continue;
      const actual = text(String(figure.raw).trim());
      // The number read, with no more decimals than it has: "95.00%" is read as 95%.
      const value = figure.percent ? rate(figure.value, decimalsOf(Number((figure.value * 100).toFixed(6)))) : amount(figure.value);
      ctx.report({ messageId: 'text', data: { subject, actual, value }, cell: figure.cell, related: [], expected: value, actual, fixable: rewritten.has(`${figure.sheet}!${figure.cell}`) });
    }
  },
});
