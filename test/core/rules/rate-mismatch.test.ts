import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, findingsOf, patch, projectGrid, ruleTester } from '../helpers';

const P = () => projectGrid(correctProject());

ruleTester('rate-mismatch', 'error', {
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
      name: 'seed 002 task 5: 1.43 of 10 shown as 1.43% (is 14.30%); 得分率 99% for 9 / 10',
      grids: seed002Grid(),
      findings: [
        { cell: 'I10', expected: 0.143, actual: 0.0143, message: '全面深化改革经费 的预算执行率应为 14.30%（1.43 ÷ 10），表中为 1.43%' },
        { cell: 'D48', expected: 1, actual: 0.99, message: '得分情况表中“预算执行”的得分率应为 90.00%（9 ÷ 10），表中为 99%' },
      ],
    },
    {
      name: 'project 年度资金总额 95 / 100 shown as 59.00%',
      grids: patch(P(), { G5: 0.59 }),
      findings: [{ cell: 'G5', expected: 0.95, actual: 0.59, message: '年度资金总额 的预算执行率应为 95.00%（95 ÷ 100），表中为 59.00%' }],
    },
    {
      name: 'percent number 9.5 under "执行率(%)" (is 95)',
      grids: patch(P(), { G4: '执行率(%)', G5: 9.5, G6: 95 }, { G5: null, G6: null }),
      findings: [{ cell: 'G5', expected: 0.95, actual: 0.095, message: '应为 95.00%' }],
    },
    {
      name: 'rate text "1.43%" for 1.43 / 10',
      grids: patch(correctSeed002(), { I10: '1.43%' }),
      findings: [{ cell: 'I10', expected: 0.143, actual: 0.0143, message: '表中为 1.43%' }],
    },
    {
      name: 'seed 002 投入管理 得分率 typed 90% for 19 / 20 (95%)',
      grids: patch(seed002Grid(), { D49: 0.9 }),
      findings: [
        { cell: 'I10', expected: 0.143, message: '14.30%' },
        { cell: 'D48', message: '9 ÷ 10' },
        { cell: 'D49', expected: 1, actual: 0.9, message: '“投入管理”的得分率应为 95.00%（19 ÷ 20），表中为 90%' },
      ],
    },
  ],
});

test('seed 002 I7 (23.36% for 10.86 / 46.5) is not a rate-mismatch', () => {
  expect(findingsOf(seed002Grid(), 'rate-mismatch').map((f) => f.cell)).not.toContain('I7');
});
