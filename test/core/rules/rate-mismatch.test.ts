import { rateMismatch } from '../../../src/core/rules/rate-mismatch';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, findingsOf, patch, projectGrid, withFormula } from '../helpers';
import { amounts, cellShows, formulaNote, noNote, rate, recalcWrites, ruleTester, scoreOver, subject } from '../rule-tester';

const P = () => projectGrid(correctProject());
const TASK5 = '任务5: 全面深化改革经费';

ruleTester(rateMismatch, {
  valid: [
    { name: 'seed 002 with its slips corrected', grids: correctSeed002() },
    { name: 'a correct project table (95 / 100 shown 95.00%)', grids: P() },
    { name: 'rate as a percent number under a "(%)" header (95 means 95%)', grids: patch(P(), { G4: '执行率(%)', G5: 95, G6: 95 }, { G5: null, G6: null }) },
    { name: 'rate typed as the text "95%"', grids: patch(P(), { G5: '95%', G6: '95.00%' }) },
    { name: 'rate typed as a bare percent number 51.78 (no % format)', grids: patch(correctSeed002(), { I6: 51.78 }, { I6: null }) },
    { name: '0 / 0 task row is not applicable: any rate shown is left alone', grids: patch(correctSeed002(), { D9: 0, E9: 0, I9: '—' }) },
    { name: 'budget of 0 (not applicable), rate 0', grids: projectGrid(correctProject({ total: [0, 0, 0], fiscal: [0, 0, 0], budgetRate: 0, fiscalRate: 0, budgetScore: '—' })) },
  ],
  invalid: [
    {
      name: 'seed 002 task 5: 1.43 of 10 shown as 1.43% (is 14.30%); 得分率 99% for 9 / 10, 100% once the budget score is 10',
      grids: seed002Grid(),
      findings: [
        {
          messageId: 'wrong', cell: 'I10', related: ['G10', 'D10'],
          data: { subject: subject('task-rate', TASK5), expected: rate(0.143), how: amounts(1.43, 10), actual: cellShows(0.0143, 2), note: noNote },
          expected: 0.143, actual: 0.0143, fixable: true, write: 0.143,
        },
        {
          // 9 ÷ 10 = 90% as read; recalc writes the budget score 10 (min(1125.54 ÷ 1125.54, 1) × 10), so 10 ÷ 10 = 100%.
          messageId: 'wrong', cell: 'D48', related: ['C48', 'B48'],
          data: { subject: subject('summary-rate', '预算执行'), expected: rate(0.9), how: scoreOver(9, 10), actual: cellShows(0.99, 0), note: recalcWrites(rate(1)) },
          expected: 1, actual: 0.99, fixable: true, write: 1,
        },
      ],
    },
    {
      name: 'project 年度资金总额 95 / 100 shown as 59.00%',
      grids: patch(P(), { G5: 0.59 }),
      findings: [
        {
          messageId: 'wrong', cell: 'G5', related: ['E5', 'D5'],
          data: { subject: subject('row-rate', '年度资金总额'), expected: rate(0.95), how: amounts(95, 100), actual: cellShows(0.59, 2), note: noNote },
          expected: 0.95, actual: 0.59, fixable: true, write: 0.95,
        },
      ],
    },
    {
      name: 'percent number 9.5 under "执行率(%)" (is 95): written back as the percent number 95',
      grids: patch(P(), { G4: '执行率(%)', G5: 9.5, G6: 95 }, { G5: null, G6: null }),
      findings: [
        {
          messageId: 'wrong', cell: 'G5', related: ['E5', 'D5'],
          data: { subject: subject('row-rate', '年度资金总额'), expected: rate(0.95), how: amounts(95, 100), actual: cellShows(9.5), note: noNote },
          expected: 0.95, actual: 0.095, fixable: true, write: 95,
        },
      ],
    },
    {
      name: 'rate text "1.43%" for 1.43 / 10',
      grids: patch(correctSeed002(), { I10: '1.43%' }),
      findings: [
        {
          messageId: 'wrong', cell: 'I10', related: ['G10', 'D10'],
          data: { subject: subject('task-rate', TASK5), expected: rate(0.143), how: amounts(1.43, 10), actual: cellShows('1.43%', 2), note: noNote },
          expected: 0.143, actual: 0.0143, fixable: true, write: 0.143,
        },
      ],
    },
    {
      name: 'a formula rate is reported, never overwritten: =G10/D10/10 showing 1.43%',
      grids: withFormula(patch(correctSeed002(), { I10: 0.0143 }), 'I10', '=G10/D10/10'),
      findings: [
        {
          messageId: 'wrong', cell: 'I10', related: ['G10', 'D10'],
          data: { subject: subject('task-rate', TASK5), expected: rate(0.143), how: amounts(1.43, 10), actual: cellShows(0.0143, 2), note: formulaNote },
          expected: 0.143, actual: 0.0143, fixable: false, write: null,
        },
      ],
    },
  ],
});

test('seed 002 I7 (23.36% for 10.86 / 46.5) is not a rate-mismatch', () => {
  expect(findingsOf(seed002Grid(), 'rate-mismatch').map((f) => f.cell)).not.toContain('I7');
});
