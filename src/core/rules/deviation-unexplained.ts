import { num } from '../model';
import { points, text } from '../values';
import { defineRule, TOLERANCE_SCORE } from './rule';

/** 得分 < 分值 with the 偏差原因 / 未完成原因 cell empty (judged on the score recalc leaves in the table). */
export const deviationUnexplained = defineRule({
  id: 'deviation-unexplained',
  meta: {
    severity: 'warning',
    name: { 'zh-CN': '未说明偏差原因', 'en-US': 'Deviation unexplained' },
    description: { 'zh-CN': '扣分的指标须填写偏差原因', 'en-US': 'A score below the weight needs a reason' },
    messages: {
      'zh-CN': { missing: '指标“{name}”得分 {score} 低于分值 {weight}，但未填写偏差原因' },
      'en-US': { missing: 'Indicator {name} scores {score} of {weight} with no reason given' },
    },
  },
  create(ctx) {
    for (const c of ctx.calc.indicators) {
      const { row } = c;
      const w = num(row.weight);
      const score = c.expected ?? num(row.score);
      if (!row.reason || w === null || score === null || score >= w - TOLERANCE_SCORE) continue;
      if (row.reason.text.trim() !== '') continue;
      ctx.report({
        messageId: 'missing', data: { name: text(row.name), score: points(score), weight: points(w) },
        cell: row.reason.cell, related: [row.score?.cell, row.weight?.cell].filter((x): x is string => !!x),
        expected: null, actual: null, fixable: false,
      });
    }
  },
});
