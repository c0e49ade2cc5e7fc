import type { Rule } from './rule';
import { num, TOLERANCE_SCORE } from './rule';
import { formatNumber, sumOf } from '../text';
import { groupWeight } from '../derive';

/** Weights roll up: rows to their first-level group's "（40分）", groups and budget to 100 (or the 总分 row's 分值). */
export const weightMismatch: Rule = {
  id: 'weight-mismatch',
  severity: 'error',
  description: { 'zh-CN': '分值须逐级相加一致，总分值为 100', 'en-US': 'Weights must roll up, to 100 in all' },
  messages: {
    'zh-CN': {
      group: '“{group}”标明 {label} 分，其下三级指标分值合计 {sum}',
      summary: '得分情况表中“{label}”的权重分值为 {actual}，表中该项分值为 {expected}',
      total: '各项分值合计应为 {expected}，实为 {sum}（{parts}）',
    },
    'en-US': {
      group: '"{group}" says {label} points, its indicators weigh {sum} in all',
      summary: 'The summary gives "{label}" a weight of {actual}, the table gives {expected}',
      total: 'Weights should add up to {expected}, they add up to {sum} ({parts})',
    },
  },
  check(ctx) {
    const { table } = ctx;
    const groupWeights = new Map<string, number>();
    for (const g of table.groups) {
      const weights = g.rows.map((r) => num(r.weight)).filter((w): w is number => w !== null);
      const sum = sumOf(weights);
      if (g.labelWeight !== null && weights.length > 0 && Math.abs(sum - g.labelWeight) > TOLERANCE_SCORE) {
        ctx.report({
          cell: g.labelCell, related: g.rows.map((r) => r.weight?.cell).filter((c): c is string => !!c), messageId: 'group',
          data: { group: g.name, label: formatNumber(g.labelWeight), sum: formatNumber(sum) }, expected: sum, actual: g.labelWeight, fixable: false,
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
        cell: s.weight.cell, related: [], messageId: 'summary', data: { label: s.label, actual: formatNumber(w), expected: formatNumber(expected) },
        expected, actual: w, fixable: false,
      });
    }

    if (groupWeights.size === 0) return;
    const parts = [...(budgetWeight !== null ? [['预算执行', budgetWeight] as const] : []), ...[...groupWeights].map(([n, w]) => [n, w] as const)];
    const sum = sumOf(parts.map(([, w]) => w));
    const expected = num(table.totalWeight) ?? 100;
    // A table with no budget weight may still be partial (only some groups weighted): judge only complete ones.
    if (budgetWeight === null && sum < expected) return;
    if (Math.abs(sum - expected) <= TOLERANCE_SCORE) return;
    const cell = table.totalWeight?.cell ?? ctx.calc.budgetRow?.weight?.cell ?? table.groups[0].labelCell;
    ctx.report({
      cell, related: [], messageId: 'total',
      data: { expected: formatNumber(expected), sum: formatNumber(sum), parts: parts.map(([n, w]) => `${n} ${formatNumber(w)}`).join(' + ') },
      expected, actual: sum, fixable: false,
    });
  },
};
