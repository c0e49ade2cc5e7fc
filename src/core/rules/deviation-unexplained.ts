import { num } from '../model';
import { points, shown, text } from '../values';
import { defineRule, TOLERANCE_SCORE } from './rule';
import { RULE_NAMES } from './names';

/** 得分 < 分值 with the 偏差原因 / 未完成原因 cell empty (judged on the score recalc leaves in the table). */
export const deviationUnexplained = defineRule({
  id: 'deviation-unexplained',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['deviation-unexplained'],
    description: { 'zh-CN': '扣分的指标须填写偏差原因', 'en-US': 'A score below the weight needs a reason' },
    messages: {
      'zh-CN': {
        missing: '指标“{name}”得分 {score} 低于分值 {weight}，但未填写偏差原因：请在偏差原因栏写明未达成的原因和改进措施',
        recalculated: '指标“{name}”重算后得分 {score}（表中为 {entered}），低于分值 {weight}，但未填写偏差原因：请在偏差原因栏写明未达成的原因和改进措施',
      },
      'en-US': {
        missing: 'Indicator {name} scores {score} of {weight} with no reason given: write why it fell short and what will change',
        recalculated: 'Indicator {name} scores {score} of {weight} once recalculated (the table shows {entered}) with no reason given: write why it fell short and what will change',
      },
    },
  },
  create(ctx) {
    for (const c of ctx.calc.indicators) {
      const { row } = c;
      const w = num(row.weight);
      const score = c.expected ?? num(row.score);
      if (!row.reason || w === null || score === null || score >= w - TOLERANCE_SCORE) continue;
      if (row.reason.text.trim() !== '') continue;
      const entered = num(row.score);
      // Quote the score the cell holds; one recalc will write instead is said to be so, beside what the cell holds.
      const recalculated = entered === null || Math.abs(entered - score) > TOLERANCE_SCORE;
      ctx.report({
        ...(recalculated
          ? { messageId: 'recalculated' as const, data: { name: text(row.name), score: points(score), entered: shown(row.score), weight: points(w) } }
          : { messageId: 'missing' as const, data: { name: text(row.name), score: points(score), weight: points(w) } }),
        cell: row.reason.cell, related: [row.score?.cell, row.weight?.cell].filter((x): x is string => !!x),
        expected: null, actual: null, fixable: false,
      });
    }
  },
});
