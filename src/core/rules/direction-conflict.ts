import { operatorSign, text } from '../values';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** 指标方向 正向 paired with ≤ (or 反向 with ≥): the score cannot be told, so it is left alone. */
export const directionConflict = defineRule({
  id: 'direction-conflict',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['direction-conflict'],
    description: { 'zh-CN': '指标方向须与目标符号一致', 'en-US': 'The direction must agree with the target operator' },
    messages: {
      'zh-CN': { conflict: '指标“{name}”标为“{direction}”，目标却是“{target}”（{sign}），无法判断计分方向，未计算得分' },
      'en-US': { conflict: 'Indicator {name} is marked {direction} but its target is {target} ({sign}); the score is not computed' },
    },
  },
  create(ctx) {
    for (const c of ctx.calc.indicators) {
      const { row } = c;
      if (!c.directionConflict || !row.directionColumn || !row.target.operator) continue;
      ctx.report({
        messageId: 'conflict',
        data: { name: text(row.name), direction: text(row.directionColumn.text), target: text(row.target.text), sign: operatorSign(row.target.operator) },
        cell: row.directionColumn.cell, related: row.targetCells,
        expected: null, actual: text(row.directionColumn.text), fixable: false,
      });
    }
  },
});
