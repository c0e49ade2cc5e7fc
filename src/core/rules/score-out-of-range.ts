import { type Figure, num } from '../model';
import { qualitativeTier, scoreInTier, TIER_BOUNDS } from '../score';
import { roundHalfUp } from '../text';
import { type Note, noNote, points, shown, type Subject, subject, term, text } from '../values';
import { defineRule, TOLERANCE_SCORE } from './rule';
import type { IndicatorCalc } from '../derive';
import { RULE_NAMES } from './names';

interface Candidate {
  subject: Subject;
  score: Figure;
  weight: Figure | null;
  expected: number | null;
  indicator: IndicatorCalc | null;
}

/** 得分 above its 分值 or below 0; a qualitative score outside the tier its actual names. */
export const scoreOutOfRange = defineRule({
  id: 'score-out-of-range',
  meta: {
    severity: 'error',
    name: RULE_NAMES['score-out-of-range'],
    description: { 'zh-CN': '得分须在 0 与分值之间，定性指标须在其档次区间内', 'en-US': 'Scores lie between 0 and the weight, qualitative ones within their tier' },
    messages: {
      'zh-CN': {
        above: '{subject}为 {actual}，超过分值 {weight}{note}',
        negative: '{subject}为 {actual}，不能小于 0{note}',
        tier: '指标“{name}”实际为“{tierText}”，属“{tier}”档，得分应在 {min}–{max} 之间（分值 {weight} 的 {range}），表中为 {actual}',
      },
      'en-US': {
        above: '{subject} is {actual}, above its weight {weight}{note}',
        negative: '{subject} is {actual}, below 0{note}',
        tier: 'Indicator {name} reads {tierText}, tier “{tier}”: its score lies in {min}–{max} ({range} of weight {weight}), the table shows {actual}',
      },
    },
  },
  create(ctx) {
    const budget = ctx.calc.budgetRow;
    const candidates: Candidate[] = [
      ...(budget?.score ? [{ subject: subject('row-score', budget.label), score: budget.score, weight: budget.weight, expected: ctx.calc.budgetScoreExpected, indicator: null }] : []),
      ...ctx.calc.indicators.flatMap((c) => (c.row.score ? [{ subject: subject('indicator-score', c.row.name), score: c.row.score, weight: c.row.weight, expected: c.expected, indicator: c }] : [])),
    ];
    for (const c of candidates) {
      const s = num(c.score);
      const w = num(c.weight);
      if (s === null) continue;
      const fixable = c.expected !== null && !c.score.formula;
      const note: Note = fixable ? { type: 'note', kind: 'rules-give', value: points(c.expected!) } : noNote;
      if (w !== null && s > w + TOLERANCE_SCORE) {
        ctx.report({
          messageId: 'above', data: { subject: c.subject, actual: shown(c.score), weight: points(w), note },
          cell: c.score.cell, related: [c.weight!.cell], expected: points(c.expected ?? w), actual: points(s), fixable,
        });
        continue;
      }
      if (s < 0) {
        ctx.report({
          messageId: 'negative', data: { subject: c.subject, actual: shown(c.score), note },
          cell: c.score.cell, related: [], expected: points(c.expected ?? 0), actual: points(s), fixable,
        });
        continue;
      }
      const row = c.indicator?.row;
      if (!row || row.target.kind !== 'qualitative' || w === null) continue;
      const tier = qualitativeTier(row);
      if (!tier || scoreInTier(s, w, tier)) continue;
      const b = TIER_BOUNDS[tier];
      ctx.report({
        messageId: 'tier',
        data: {
          name: text(row.name), tierText: text(row.actualText), tier: term(`tier-${tier}`),
          min: points(roundHalfUp(b.min * w, 2)), max: points(roundHalfUp(b.max * w, 2)), range: term(`tier-range-${tier}`),
          weight: points(w), actual: shown(c.score),
        },
        cell: c.score.cell, related: [row.actual?.cell, c.weight?.cell].filter((x): x is string => !!x),
        expected: null, actual: points(s), fixable: false,
      });
    }
  },
});
