import { onScale, points, rate, text } from '../values';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** B ≥ threshold × A on a 正向 indicator: the target was set too low, and the rule asks for an explanation. */
export const overCompletion = defineRule({
  id: 'over-completion',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['over-completion'],
    description: { 'zh-CN': '大幅超额完成的正向指标须说明原因', 'en-US': 'Large over-completion needs an explanation' },
    messages: {
      'zh-CN': { over: '指标“{name}”实际 {actual}，达到目标 {target} 的 {ratio}（≥ {threshold} 倍），目标可能偏低，请在偏差原因中说明' },
      'en-US': { over: 'Indicator {name} reached {actual}, {ratio} of its target {target} (≥ {threshold}×): explain in the deviation reason' },
    },
  },
  create(ctx) {
    const threshold = ctx.profile.overCompletionThreshold;
    for (const c of ctx.calc.indicators) {
      const { row } = c;
      const A = row.target.value;
      if (c.actualOnScale === null || A === null || A <= 0 || row.target.kind !== 'quantitative') continue;
      if (row.target.operator === 'le' || row.target.operator === 'lt') continue;
      if (row.directionColumn && /反向/.test(row.directionColumn.text)) continue;
      if (c.actualOnScale < threshold * A - 1e-9) continue;
      if (row.reason && row.reason.text.trim() !== '') continue;
      const actual = onScale(c.actualOnScale, row.target.percent);
      ctx.report({
        messageId: 'over',
        data: { name: text(row.name), actual, target: text(row.target.text), ratio: rate(c.actualOnScale / A, 0), threshold: points(threshold) },
        cell: row.reason?.cell ?? row.actual!.cell, related: [row.actual!.cell, ...row.targetCells],
        expected: null, actual, fixable: false,
      });
    }
  },
});
