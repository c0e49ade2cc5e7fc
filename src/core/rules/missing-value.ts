import { num } from '../model';
import { budgetBase } from '../score';
import { amount, points, shown, text } from '../values';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/** A weighted indicator with no actual, or with no score that recalc could fill; a budget row with no 执行数. */
export const missingValue = defineRule({
  id: 'missing-value',
  meta: {
    severity: 'warning',
    name: RULE_NAMES['missing-value'],
    description: { 'zh-CN': '有分值的指标须填写实际完成值，有预算的行须填写执行数', 'en-US': 'Weighted indicators need an actual, budget rows an execution' },
    messages: {
      'zh-CN': {
        actual: '指标“{name}”有分值 {weight}，但未填写实际完成值',
        target: '指标“{name}”有分值 {weight}，但未填写年度指标值（表中为“{text}”），无法计分',
        score: '指标“{name}”有分值 {weight}，但未填写得分（定性指标须按档次人工评分）',
        executed: '{label}有预算数 {budget}，但未填写执行数',
      },
      'en-US': {
        actual: 'Indicator {name} weighs {weight} but has no actual',
        target: 'Indicator {name} weighs {weight} but has no target (the table shows {text}), so it cannot be scored',
        score: 'Indicator {name} weighs {weight} but has no score (qualitative scores are given by hand, within their tier)',
        executed: '{label} has a budget of {budget} but no execution',
      },
    },
  },
  create(ctx) {
    for (const g of ctx.table.groups) {
      for (const r of g.rows) {
        const w = num(r.weight);
        // "≥ %" with a weight: the operator is there, the value is not.
        if (w !== null && w > 0 && r.target.kind === 'none' && r.targetCells.length > 0) {
          ctx.report({
            messageId: 'target', data: { name: text(r.name), weight: points(w), text: r.target.text ? text(r.target.text) : shown(null) },
            cell: r.targetCell ?? r.targetCells[r.targetCells.length - 1], related: [r.weight!.cell, ...r.targetCells],
            expected: null, actual: r.target.text ? text(r.target.text) : null, fixable: false,
          });
        }
        // "—" means not applicable, which a weighted (scored) indicator cannot be.
        if (w === null || w <= 0 || !r.actual || (r.actual.state !== 'blank' && r.actual.state !== 'na')) continue;
        ctx.report({
          messageId: 'actual', data: { name: text(r.name), weight: points(w) },
          cell: r.actual.cell, related: [r.weight!.cell], expected: null, actual: null, fixable: false,
        });
      }
    }
    // A blank score recalc fills itself (a computable quantitative one) is no finding; any other is the person's to give.
    for (const c of ctx.calc.indicators) {
      const w = num(c.row.weight);
      if (w === null || w <= 0 || !c.row.score || c.row.score.state !== 'blank' || c.expected !== null || c.unitConflict) continue;
      if (c.row.actual && (c.row.actual.state === 'blank' || c.row.actual.state === 'na')) continue; // reported above
      ctx.report({
        messageId: 'score', data: { name: text(c.row.name), weight: points(w) },
        cell: c.row.score.cell, related: [c.row.weight!.cell], expected: null, actual: null, fixable: false,
      });
    }
    for (const r of ctx.table.budgetRows) {
      const base = budgetBase(r);
      if (!base || base.value === null || base.value === 0 || !r.executed || r.executed.state !== 'blank') continue;
      ctx.report({
        messageId: 'executed', data: { label: text(r.label), budget: amount(base.value) },
        cell: r.executed.cell, related: [base.cell], expected: null, actual: null, fixable: false,
      });
    }
  },
});
