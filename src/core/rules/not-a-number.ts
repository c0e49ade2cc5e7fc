import { text } from '../values';
import { typedFigures } from './figures';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** Text where a number belongs: actual "完成" on a quantitative ≤30万元 indicator; an actual in a unit its target's cannot be converted to. */
export const notANumber = defineRule({
  id: 'not-a-number',
  meta: {
    severity: 'error',
    name: RULE_NAMES['not-a-number'],
    description: { 'zh-CN': '金额、分值、得分和定量指标的实际值须为数字', 'en-US': 'Amounts, weights, scores and quantitative actuals must be numbers' },
    messages: {
      'zh-CN': {
        text: '{subject}应为数字，表中为“{actual}”，无法计算',
        huge: '{subject}为 {actual}，超出可核算的范围（绝对值须小于 10 的 15 次方），请检查是否输错',
        unit: '指标“{name}”的实际完成值“{actual}”以“{unit}”计，目标“{target}”以“{targetUnit}”计，单位不同，无法计分',
      },
      'en-US': {
        text: '{subject} must be a number, the table shows {actual}',
        huge: '{subject} is {actual}, beyond what can be computed (its size must stay below 10^15); check for a typing slip',
        unit: 'Indicator {name}: the actual {actual} is in {unit}, the target {target} in {targetUnit}; it cannot be scored',
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
    // Units that do not convert (元 and 万元 do): "12人" against "≥10次" is not a number of the target's kind.
    for (const c of ctx.calc.indicators) {
      if (!c.unitConflict || !c.row.actual) continue;
      const actual = text(String(c.row.actual.raw ?? '').trim());
      ctx.report({
        messageId: 'unit',
        data: { name: text(c.row.name), actual, unit: text(c.row.actual.unit ?? ''), target: text(c.row.target.text), targetUnit: text(c.row.target.unit) },
        cell: c.row.actual.cell, related: c.row.targetCells, expected: null, actual, fixable: false,
      });
    }
  },
});
