import { rateRounding } from '../../../src/core/rules/rate-rounding';
import { seed002Grid } from '../../fixtures/seed002';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { amounts, cellShows, rate, ruleTester, subject } from '../rule-tester';

ruleTester(rateRounding, {
  valid: [
    { name: 'seed 002 corrected: 23.35% for 10.86 / 46.5', grids: correctSeed002() },
    { name: 'seed 002 task 1: 51.78% for 69.64 / 134.5 (51.7770…%)', grids: patch(correctSeed002(), { I6: 0.5178 }) },
    { name: 'a rate shown with 0 decimals that rounds right (52%)', grids: patch(correctSeed002(), { I6: 0.52 }, { I6: '0%' }) },
    { name: 'a correct project table', grids: projectGrid(correctProject()) },
    { name: 'a rate far off is rate-mismatch, not rounding (1.43% for 14.30%)', grids: patch(correctSeed002(), { I10: 0.0143 }) },
  ],
  invalid: [
    {
      name: 'seed 002 task 2: 10.86 / 46.5 = 23.3548…% shown as 23.36% (23.35%)',
      grids: seed002Grid(),
      findings: [
        {
          messageId: 'rounding', cell: 'I7', related: ['G7', 'D7'],
          data: { subject: subject('task-rate', '任务2: 机要保密局经费'), expected: rate(10.86 / 46.5), how: amounts(10.86, 46.5), exact: rate(10.86 / 46.5, 4), actual: cellShows(0.2336, 2) },
          expected: 0.2335, actual: 0.2336, fixable: true, write: 0.2335,
        },
      ],
    },
    {
      name: 'text "51.77%" for 69.64 / 134.5 (51.7770…% rounds to 51.78%)',
      grids: patch(correctSeed002(), { I6: '51.77%' }),
      findings: [
        {
          messageId: 'rounding', cell: 'I6', related: ['G6', 'D6'],
          data: { subject: subject('task-rate', '任务1: 党务经费'), expected: rate(69.64 / 134.5), how: amounts(69.64, 134.5), exact: rate(69.64 / 134.5, 4), actual: cellShows('51.77%', 2) },
          expected: 0.5178, actual: 0.5177, fixable: true, write: 0.5178,
        },
      ],
    },
  ],
});
