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
// A report's sentence, seed 003's own: 99.45 分 is 优 on the national bands, the report says 良好.
const report = (...sentences: string[]) => ({
  report: { text: { file: 'r.docx', tables: [], paragraphs: sentences.map((t, i) => ({ index: i + 1, text: t })) } },
});
const SEED003 = '本部门整体支出绩效自评结果良好，绩效自评得分为99.45分。';
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
    { name: 'a report: 99.45 分 graded 优', grids: [], options: report('本部门整体支出绩效自评结果为优，绩效自评得分为99.45分。') },
    {
      name: 'a report graded on its own bands: 87 分 is 优秀 where it says 85 分以上为优秀',
      grids: [],
      options: report('得分 ≥ 85 分为优秀； 75 ≤ 得分 < 85 分为良好； 60 ≤ 得分 < 75 分为一般；得分 < 60 分为较差。', '我办自评得分87分，综合绩效评价等级为优秀。'),
    },
  ],
  invalid: [
    {
      name: 'seed 003\'s report: 自评结果良好 with 99.45 分',
      grids: [],
      options: report(SEED003),
      findings: [
        {
          messageId: 'report', sheet: '', cell: '', related: [],
          data: {
            place: { type: 'report-place', paragraph: 1 }, what: { type: 'claim-about', subject: 'whole', name: '部门整体', measure: 'grade' },
            actual: text('良好'), expected: text('优'), how: bands(99.45, NATIONAL_GRADE_BANDS),
          },
          expected: '优', actual: '良好', fixable: false, write: null,
        },
      ],
    },
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
