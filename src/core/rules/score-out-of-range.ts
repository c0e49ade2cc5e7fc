import type { Rule } from './rule';
import { num, shown, TOLERANCE_SCORE } from './rule';
import { qualitativeTier, scoreInTier, TIER_BOUNDS } from '../score';
import { formatNumber, roundHalfUp } from '../text';

/** 得分 above its 分值 or below 0; a qualitative score outside the tier its actual names. */
export const scoreOutOfRange: Rule = {
  id: 'score-out-of-range',
  severity: 'error',
  description: { 'zh-CN': '得分须在 0 与分值之间，定性指标须在其档次区间内', 'en-US': 'Scores lie between 0 and the weight, qualitative ones within their tier' },
  messages: {
    'zh-CN': {
      above: '{what}为 {actual}，超过分值 {weight}{fix}',
      negative: '{what}为 {actual}，不能小于 0{fix}',
      tier: '指标“{name}”实际为“{tierText}”，属“{tier}”档，得分应在 {min}–{max} 之间（分值 {weight} 的 {range}），表中为 {actual}',
    },
    'en-US': {
      above: '{what} is {actual}, above its weight {weight}{fix}',
      negative: '{what} is {actual}, below 0{fix}',
      tier: 'Indicator "{name}" reads "{tierText}", tier "{tier}": its score lies in {min}–{max} ({range} of weight {weight}), the table shows {actual}',
    },
  },
  check(ctx) {
    const zh = ctx.locale === 'zh-CN';
    const candidates = [
      ...(ctx.calc.budgetRow?.score ? [{ what: `${ctx.calc.budgetRow.label} 的预算执行得分`, score: ctx.calc.budgetRow.score, weight: ctx.calc.budgetRow.weight, expected: ctx.calc.budgetScoreExpected, calc: null }] : []),
      ...ctx.calc.indicators.map((c) => ({ what: `指标“${c.row.name}”的得分`, score: c.row.score, weight: c.row.weight, expected: c.expected, calc: c })),
    ];
    for (const c of candidates) {
      const s = num(c.score);
      const w = num(c.weight);
      if (s === null || !c.score) continue;
      const fix = c.expected !== null && !c.score.formula ? (zh ? `，按规则应为 ${formatNumber(c.expected)}` : `; by the rules it is ${formatNumber(c.expected)}`) : '';
      if (w !== null && s > w + TOLERANCE_SCORE) {
        ctx.report({ cell: c.score.cell, related: [c.weight!.cell], messageId: 'above', data: { what: c.what, actual: shown(c.score), weight: formatNumber(w), fix }, expected: c.expected ?? w, actual: s, fixable: c.expected !== null && !c.score.formula });
        continue;
      }
      if (s < 0) {
        ctx.report({ cell: c.score.cell, related: [], messageId: 'negative', data: { what: c.what, actual: shown(c.score), fix }, expected: c.expected ?? 0, actual: s, fixable: c.expected !== null && !c.score.formula });
        continue;
      }
      if (!c.calc || c.calc.row.target.kind !== 'qualitative' || w === null) continue;
      const tier = qualitativeTier(c.calc.row);
      if (!tier || scoreInTier(s, w, tier)) continue;
      const b = TIER_BOUNDS[tier];
      ctx.report({
        cell: c.score.cell, related: [c.calc.row.actual?.cell, c.weight?.cell].filter((x): x is string => !!x), messageId: 'tier',
        data: {
          name: c.calc.row.name, tierText: c.calc.row.actualText, tier: b.label,
          min: formatNumber(roundHalfUp(b.min * w, 2)), max: formatNumber(roundHalfUp(b.max * w, 2)),
          range: tier === 'partly' ? '60%（含）–80%' : tier === 'met' ? '80%–100%' : '0–60%',
          weight: formatNumber(w), actual: shown(c.score),
        },
        expected: null, actual: s, fixable: false,
      });
    }
  },
};
