import { groupWeight } from '../derive';
import { num } from '../model';
import { sumOf } from '../text';
import { parts, points, term, text } from '../values';
import { defineRule, TOLERANCE_SCORE } from './rule';
import { RULE_NAMES } from './names';

/** Weights roll up: rows to their first-level group's "（40分）", groups and budget to 100 (or the 总分 row's 分值). */
export const weightMismatch = defineRule({
  id: 'weight-mismatch',
  meta: {
    severity: 'error',
    name: RULE_NAMES['weight-mismatch'],
    description: { 'zh-CN': '分值须逐级相加一致，总分值为 100', 'en-US': 'Weights must roll up, to 100 in all' },
    messages: {
      'zh-CN': {
        group: '“{group}”标明 {label} 分，其下三级指标分值合计 {sum}',
        summary: '得分情况表中“{label}”的权重分值为 {actual}，表中该项分值为 {expected}',
        total: '各项分值合计应为 {expected}，实为 {sum}（{parts}）',
      },
      'en-US': {
        group: '{group} says {label} points, its indicators weigh {sum} in all',
        summary: 'The summary gives {label} a weight of {actual}, the table gives {expected}',
        total: 'Weights should add up to {expected}, they add up to {sum} ({parts})',
      },
    },
  },
  create(ctx) {
    const { table } = ctx;
    const groupWeights = new Map<string, number>();
    for (const g of table.groups) {
      const weights = g.rows.map((r) => num(r.weight)).filter((w): w is number => w !== null);
      const sum = sumOf(weights);
      if (g.labelWeight !== null && weights.length > 0 && Math.abs(sum - g.labelWeight) > TOLERANCE_SCORE) {
        ctx.report({
          messageId: 'group', data: { group: text(g.name), label: points(g.labelWeight), sum: points(sum) },
          cell: g.labelCell, related: g.rows.map((r) => r.weight?.cell).filter((c): c is string => !!c),
          expected: points(sum), actual: points(g.labelWeight), fixable: false,
        });
      }
      const weight = groupWeight(g);
      if (weight !== null) groupWeights.set(g.name, (groupWeights.get(g.name) ?? 0) + weight);
    }
    const budgetWeight = num(ctx.calc.budgetRow?.weight);

    const summaryWeights: number[] = [];
    for (const s of table.summary) {
      const w = num(s.weight);
      if (w === null || !s.weight) continue;
      const expected = s.key === 'budget' ? budgetWeight : s.key === 'group' ? groupWeights.get(s.group) ?? null : summaryWeights.length ? sumOf(summaryWeights) : null;
      if (s.key !== 'total') summaryWeights.push(w);
      if (expected === null || Math.abs(expected - w) <= TOLERANCE_SCORE) continue;
      ctx.report({
        messageId: 'summary', data: { label: text(s.label), actual: points(w), expected: points(expected) },
        cell: s.weight.cell, related: [], expected: points(expected), actual: points(w), fixable: false,
      });
    }

    if (groupWeights.size === 0) return;
    const named = [
      ...(budgetWeight !== null ? [{ label: term('budget-execution'), value: points(budgetWeight) }] : []),
      ...[...groupWeights].map(([name, w]) => ({ label: text(name), value: points(w) })),
    ];
    const sum = sumOf(named.map((p) => p.value.value));
    const expected = num(table.totalWeight) ?? 100;
    // A table with no budget weight may still be partial (only some groups weighted): judge only complete ones.
    if (budgetWeight === null && sum < expected) return;
    if (Math.abs(sum - expected) <= TOLERANCE_SCORE) return;
    const cell = table.totalWeight?.cell ?? ctx.calc.budgetRow?.weight?.cell ?? table.groups[0].labelCell;
    ctx.report({
      messageId: 'total', data: { expected: points(expected), sum: points(sum), parts: parts(named) },
      cell, related: [], expected: points(expected), actual: points(sum), fixable: false,
    });
  },
});
