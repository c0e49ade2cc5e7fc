import type { BudgetRow, BudgetRowKey, Figure } from '../model';
import type { Rule } from './rule';
import { shown, TOLERANCE_AMOUNT } from './rule';
import { formatNumber, sumOf } from '../text';

type Column = 'initial' | 'adjusted' | 'executed';
const COLUMN_NAMES: Record<Column, string> = { initial: '年初预算数', adjusted: '调整/全年预算数', executed: '执行数' };

/** Parts that must add up to the budget total: 资金来源 and 资金结构 (department), 其中 rows (project). */
const PART_SETS: { name: string; keys: BudgetRowKey[] }[] = [
  { name: '资金来源', keys: ['fiscal', 'carryover', 'other'] },
  { name: '资金结构', keys: ['basic', 'project'] },
];

/** A blank part counts as 0; a check is skipped when every part is blank. */
export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  description: { 'zh-CN': '分项金额之和须等于总额', 'en-US': 'Parts must add up to the total' },
  messages: {
    'zh-CN': { wrong: '{label}{column}应为 {expected}（{set}：{parts}），表中为 {actual}' },
    'en-US': { wrong: '{label} {column} should be {expected} ({set}: {parts}), the table shows {actual}' },
  },
  check(ctx) {
    const rows = ctx.table.budgetRows;
    const total = rows.find((r) => r.key === 'total');
    if (!total) return;
    for (const set of PART_SETS) {
      const parts = rows.filter((r) => set.keys.includes(r.key));
      if (parts.length === 0) continue;
      for (const column of ['initial', 'adjusted', 'executed'] as Column[]) {
        const totalFigure: Figure | null = total[column];
        const figures = parts.map((p: BudgetRow) => p[column]).filter((f): f is Figure => f !== null);
        if (!totalFigure || figures.every((f) => f.value === null)) continue;
        const expected = sumOf(figures.map((f) => f.value));
        const actual = totalFigure.value ?? 0;
        if (totalFigure.value === null && totalFigure.state !== 'blank') continue; // not-a-number's finding
        if (Math.abs(expected - actual) <= TOLERANCE_AMOUNT) continue;
        ctx.report({
          cell: totalFigure.cell,
          related: figures.map((f) => f.cell),
          messageId: 'wrong',
          data: {
            label: total.label,
            column: COLUMN_NAMES[column],
            expected: formatNumber(expected, 4),
            set: set.name,
            parts: parts.map((p) => `${p.label} ${p[column]?.value === null || !p[column] ? 0 : formatNumber(p[column]!.value!, 4)}`).join(' + '),
            actual: shown(totalFigure),
          },
          expected,
          actual,
          fixable: false,
        });
      }
    }
  },
};
