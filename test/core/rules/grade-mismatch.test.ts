import { type GradeBand, NATIONAL_GRADE_BANDS, parseGradeBands } from '../../../src/core/profile';
import { gradeMismatch } from '../../../src/core/rules/grade-mismatch';
import type { Calculation } from '../../../src/core/values';
import { correctProject, correctSeed002, patch, projectGrid } from '../helpers';
import { noNote, points, ruleTester, text } from '../rule-tester';

const SEED001 = parseGradeBands('85=优秀,75=良好,60=一般,0=较差') as GradeBand[];
// 76% execution (7.6) and 效益 部分达成 18 of 30: 7.6 + 50 + 18 + 10 = 85.6 → national 良, seed 001 优秀.
const graded = (grade: string) =>
  patch(
    projectGrid(correctProject({ total: [100, 100, 76], fiscal: [100, 100, 76], budgetRate: 0.76, fiscalRate: 0.76, budgetScore: 7.6, totalRow: [100, 85.6], grade })),
    { F14: '部分达成年度指标并具有一定效果', H14: 18 },
  );
// 99.45: seed 002 with 自评得分 99.45 (seed 003's figure).
const seed9945 = (grade: string) => patch(correctSeed002(), { G2: 99.45, G3: grade });
const bands = (total: number, list: GradeBand[]): Calculation => ({
  type: 'calc', kind: 'grade-bands', total: points(total), bands: list.map((b) => ({ min: points(b.min), label: text(b.label) })),
});

ruleTester(gradeMismatch, {
  valid: [
    { name: 'seed 002 corrected: 100 → 优', grids: correctSeed002() },
    { name: '99.45 described as 优', grids: seed9945('优') },
    { name: '99.45 described as 优秀 (synonym)', grids: seed9945('优秀') },
    { name: '85.6 described as 良 (national)', grids: graded('良') },
    { name: '85.6 described as 良好 (synonym, national)', grids: graded('良好') },
    { name: '85.6 described as 优秀 under seed 001\'s 85/75/60 bands', grids: graded('优秀'), options: { gradeBands: SEED001 } },
    { name: '85.6 described as 优 under seed 001\'s bands (synonym)', grids: graded('优'), options: { gradeBands: SEED001 } },
    { name: 'no grade written: nothing to check', grids: patch(correctSeed002(), { G3: null }) },
  ],
  invalid: [
    {
      name: 'seed 003: 99.45 described as 良',
      grids: seed9945('良'),
      findings: [
        {
          messageId: 'wrong', cell: 'G3', related: ['G2'],
          data: { expected: text('优'), how: bands(99.45, NATIONAL_GRADE_BANDS), actual: text('良'), note: noNote },
          expected: '优', actual: '良', fixable: true, write: '优',
        },
      ],
    },
    {
      name: '85.6 described as 优 (national: 80 ≤ 85.6 < 90 is 良)',
      grids: graded('优'),
      findings: [
        {
          messageId: 'wrong', cell: 'H2', related: ['H16'],
          data: { expected: text('良'), how: bands(85.6, NATIONAL_GRADE_BANDS), actual: text('优'), note: noNote },
          expected: '良', actual: '优', fixable: true, write: '良',
        },
      ],
    },
    {
      name: '85.6 described as 良好 under seed 001\'s bands (85 ≤ 85.6 is 优秀)',
      grids: graded('良好'),
      options: { gradeBands: SEED001 },
      findings: [
        {
          messageId: 'wrong', cell: 'H2', related: ['H16'],
          data: { expected: text('优秀'), how: bands(85.6, SEED001), actual: text('良好'), note: noNote },
          expected: '优秀', actual: '良好', fixable: true, write: '优秀',
        },
      ],
    },
  ],
});
