import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid, ruleTester } from '../helpers';

ruleTester('rate-rounding', 'info', {
  valid: [
    { name: 'seed 002 corrected: 23.35% for 10.86 / 46.5', grids: correctSeed002() },
    { name: 'seed 002 task 1: 51.78% for 69.64 / 134.5 (51.7770…%)', grids: patch(correctSeed002(), { I6: 0.5178 }) },
    { name: 'a rate shown with 0 decimals that rounds right (52%)', grids: patch(correctSeed002(), { I6: 0.52 }, { I6: '0%' }) },
    { name: 'a correct project table', grids: projectGrid(correctProject()) },
    { name: 'a rate far off is rate-mismatch, not rounding (1.43% for 14.30%)', grids: patch(correctSeed002(), { I10: 0.0143 }) },
  ],
  invalid: [
    {
      name: 'seed 002 task 2: 10.86 / 46.5 shown as 23.36% (23.35%)',
      grids: seed002Grid(),
      findings: [{ cell: 'I7', expected: 0.2335, actual: 0.2336, message: '机要保密局经费 的预算执行率四舍五入应为 23.35%（10.86 ÷ 46.5 = 23.3548%），表中为 23.36%' }],
    },
    {
      name: 'text "51.77%" for 69.64 / 134.5 (51.7770…% rounds to 51.78%)',
      grids: patch(correctSeed002(), { I6: '51.77%' }),
      findings: [{ cell: 'I6', expected: 0.5178, actual: 0.5177, message: '四舍五入应为 51.78%' }],
    },
  ],
});
