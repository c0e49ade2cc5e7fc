import type { Rule } from './rule';
import { operatorSign } from '../target';

/** 指标方向 正向 paired with ≤ (or 反向 with ≥): the score cannot be told, so it is left alone. */
export const directionConflict: Rule = {
  id: 'direction-conflict',
  severity: 'warning',
  description: { 'zh-CN': '指标方向须与目标符号一致', 'en-US': 'The direction must agree with the target operator' },
  messages: {
    'zh-CN': { conflict: '指标“{name}”标为“{direction}”，目标却是“{target}”（{sign}），无法判断计分方向，未计算得分' },
    'en-US': { conflict: 'Indicator "{name}" is marked "{direction}" but its target is "{target}" ({sign}); the score is not computed' },
  },
  check(ctx) {
    for (const c of ctx.calc.indicators) {
      if (!c.directionConflict || !c.row.directionColumn || !c.row.target.operator) continue;
      ctx.report({
        cell: c.row.directionColumn.cell, related: c.row.targetCells, messageId: 'conflict',
        data: { name: c.row.name, direction: c.row.directionColumn.text, target: c.row.target.text, sign: operatorSign(c.row.target.operator) },
        expected: null, actual: c.row.directionColumn.text, fixable: false,
      });
    }
  },
};
