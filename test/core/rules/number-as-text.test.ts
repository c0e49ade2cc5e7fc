import { numberAsText } from '../../../src/core/rules/number-as-text';
import type { Quantity, SubjectKind } from '../../../src/core/values';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { amount, rate, ruleTester, subject, text } from '../rule-tester';

const P = () => projectGrid(correctProject());
/** `write`: a derived cell held as text is written back as the number by recalc; a typed one is left alone. */
const finding = (cell: string, kind: SubjectKind, name: string, typed: string, value: Quantity, write: number | null = null) => ({
  messageId: 'text', cell, related: [],
  data: { subject: subject(kind, name), actual: text(typed), value },
  expected: value.value, actual: typed, fixable: write !== null, write,
});
/** Seed 002's actuals typed as percent text ("90%"), read as 0.9 and so on; `without` leaves one out. */
const seedActuals = (without?: string) =>
  (
    [
      ['F25', '专项资金细化率', '90%', 0.9],
      ['F26', '预算执行率', '90%', 0.9],
      ['F28', '结转结余率', '100%', 1],
      ['F29', '“三公经费”控制率', '23%', 0.23],
      ['F40', '重点工作完成率', '90%', 0.9],
      ['F41', '年度目标实现率', '90%', 0.9],
      ['F44', '服务对象满意度', '95%', 0.95],
    ] as const
  )
    .filter(([cell]) => cell !== without)
    .map(([cell, name, typed, value]) => finding(cell, 'indicator-actual', name, typed, rate(value, 0)));

ruleTester(numberAsText, {
  valid: [
    { name: 'a project table typed as numbers', grids: P() },
    { name: 'qualitative actuals are text by nature', grids: patch(P(), { F12: '按期完成' }) },
    { name: '"—" is not applicable, not a number', grids: patch(P(), { C7: '—' }) },
  ],
  invalid: [
    {
      name: '"134.5" stored as text (seed 002 task 1 budget), beside the seed\'s own percent texts',
      grids: patch(correctSeed002(), { D6: '134.5' }),
      findings: [finding('D6', 'task-budget', '任务1: 党务经费', '134.5', amount(134.5)), ...seedActuals()],
    },
    {
      name: '"95.00%" text rate, read as 95%: a derived cell, so recalc writes it as the number 0.95',
      grids: patch(P(), { G5: '95.00%' }),
      findings: [finding('G5', 'row-rate', '年度资金总额', '95.00%', rate(0.95, 0), 0.95)],
    },
    { name: 'seed 002 corrected: the actuals typed as "90%" and the like', grids: correctSeed002(), findings: seedActuals() },
  ],
});
