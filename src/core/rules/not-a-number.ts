import type { Rule } from './rule';
import { typedFigures } from './figures';

/** Text where a number belongs: actual "完成" on a quantitative ≤30万元 indicator; an actual in a unit the target's cannot be converted to. */
export const notANumber: Rule = {
  id: 'not-a-number',
  severity: 'error',
  description: { 'zh-CN': '金额、分值、得分和定量指标的实际值须为数字', 'en-US': 'Amounts, weights, scores and quantitative actuals must be numbers' },
  messages: {
    'zh-CN': {
      text: '{what}应为数字，表中为“{actual}”，无法计算',
      unit: '指标“{name}”的实际完成值“{actual}”以“{unit}”计，目标“{target}”以“{targetUnit}”计，单位不同，无法计分',
    },
    'en-US': {
      text: '{what} must be a number, the table shows "{actual}"',
      unit: 'Indicator "{name}": the actual "{actual}" is in {unit}, the target "{target}" in {targetUnit}; it cannot be scored',
    },
  },
  check(ctx) {
    for (const { what, figure } of typedFigures(ctx.table)) {
      if (figure.state !== 'invalid') continue;
      const actual = String(figure.raw ?? '').trim();
      ctx.report({ cell: figure.cell, messageId: 'text', data: { what, actual }, expected: null, actual, fixable: false });
    }
    // Units that do not convert (元 and 万元 do): 12人 against ≥10次 is not a number of the target's kind.
    for (const c of ctx.calc.indicators) {
      if (!c.unitConflict || !c.row.actual) continue;
      const actual = String(c.row.actual.raw ?? '').trim();
      ctx.report({
        cell: c.row.actual.cell, related: c.row.targetCells, messageId: 'unit',
        data: { name: c.row.name, actual, unit: c.row.actual.unit ?? '', target: c.row.target.text, targetUnit: c.row.target.unit },
        expected: null, actual, fixable: false,
      });
    }
  },
};
