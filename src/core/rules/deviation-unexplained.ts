import type { Rule } from './rule';
import { num, TOLERANCE_SCORE } from './rule';
import { formatNumber } from '../text';

/** 得分 < 分值 with the 偏差原因 / 未完成原因 cell empty (judged on the score recalc leaves in the table). */
export const deviationUnexplained: Rule = {
  id: 'deviation-unexplained',
  severity: 'warning',
  description: { 'zh-CN': '扣分的指标须填写偏差原因', 'en-US': 'A score below the weight needs a reason' },
  messages: {
    'zh-CN': { missing: '指标“{name}”得分 {score} 低于分值 {weight}，但未填写偏差原因' },
    'en-US': { missing: 'Indicator "{name}" scores {score} of {weight} with no reason given' },
  },
  check(ctx) {
    for (const c of ctx.calc.indicators) {
      const { row } = c;
      const w = num(row.weight);
      const score = c.expected ?? num(row.score);
      if (!row.reason || w === null || score === null || score >= w - TOLERANCE_SCORE) continue;
      if (row.reason.text.trim() !== '') continue;
      ctx.report({
        cell: row.reason.cell, related: [row.score?.cell, row.weight?.cell].filter((x): x is string => !!x), messageId: 'missing',
        data: { name: row.name, score: formatNumber(score), weight: formatNumber(w) }, expected: null, actual: null, fixable: false,
      });
    }
  },
};
