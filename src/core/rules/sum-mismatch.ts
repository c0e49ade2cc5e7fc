import type { BudgetRow, BudgetRowKey, Figure } from '../model';
import { sumOf } from '../text';
import { amount, parts, shown, term, type TermId, text } from '../values';
import { defineRule, TOLERANCE_AMOUNT } from './rule';
import { RULE_NAMES } from './names';

type Column = 'initial' | 'adjusted' | 'executed';
const COLUMNS: Column[] = ['initial', 'adjusted', 'executed'];

/** Parts that must add up to the budget total: 资金来源 and 资金结构 (department), 其中 rows (project). */
const PART_SETS: { name: TermId; keys: BudgetRowKey[] }[] = [
  { name: 'sources', keys: ['fiscal', 'carryover', 'other'] },
  { name: 'structure', keys: ['basic', 'project'] },
];

/** A blank part counts as 0; a check is skipped when every part is blank. */
export const sumMismatch = defineRule({
  id: 'sum-mismatch',
  meta: {
    severity: 'error',
    name: RULE_NAMES['sum-mismatch'],
    description: { 'zh-CN': '分项金额之和须等于总额', 'en-US': 'Parts must add up to the total' },
    messages: {
      'zh-CN': { wrong: '{label}{column}应为 {expected}（{set}：{parts}），表中为 {actual}' },
      'en-US': { wrong: '{column} of {label} should be {expected} ({set}: {parts}), the table shows {actual}' },
    },
  },
  create(ctx) {
    const rows = ctx.table.budgetRows;
    const total = rows.find((r) => r.key === 'total');
    if (!total) return;
    for (const set of PART_SETS) {
      const members = rows.filter((r) => set.keys.includes(r.key));
      if (members.length === 0) continue;
      for (const column of COLUMNS) {
        const totalFigure: Figure | null = total[column];
        const figures = members.map((p: BudgetRow) => p[column]).filter((f): f is Figure => f !== null);
        if (!totalFigure || figures.every((f) => f.value === null)) continue;
        const expected = sumOf(figures.map((f) => f.value));
        const actual = totalFigure.value ?? 0;
        if (totalFigure.value === null && totalFigure.state !== 'blank') continue; // not-a-number's finding
        if (Math.abs(expected - actual) <= TOLERANCE_AMOUNT) continue;
        ctx.report({
          messageId: 'wrong',
          data: {
            label: text(total.label),
            column: term(column),
            expected: amount(expected),
            set: term(set.name),
            parts: parts(members.map((p) => ({ label: text(p.label), value: amount(p[column]?.value ?? 0) }))),
            actual: shown(totalFigure),
          },
          cell: totalFigure.cell,
          related: figures.map((f) => f.cell),
          expected: amount(expected),
          actual: amount(actual),
          fixable: false,
        });
      }
    }
  },
});
