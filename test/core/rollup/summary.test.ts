// The summary of checked tables: a row per table in 万元, totals, averages, grades, 可提交 / 需修改.
import { analyzeWorkbook, NATIONAL_GRADE_BANDS } from '../../../src/core';
import { summarizeReport, summaryTotals } from '../../../src/core/rollup';
import { patch } from '../helpers';
import { archive, car, department, investment } from './fixtures';

const summarize = (grids = department()) => summarizeReport('部门.xlsx', analyzeWorkbook(grids).report, NATIONAL_GRADE_BANDS);

it('one row per table, amounts in 万元 whatever the table’s unit, the roll-up sheet not among them', () => {
  const { rows } = summarize();
  expect(rows.map((r) => [r.sheet, r.name, r.kind, r.budgetInitial, r.budgetAdjusted, r.executed, r.rate, r.score, r.grade, r.status])).toEqual([
    ['档案数字化建设项目', '档案数字化建设项目', 'project', 100, 100, 95, 0.95, 97.5, '优', '可提交'],
    ['公车租赁费', '公车租赁费', 'project', 24, 24, 18.24, 0.76, 95.6, '优', '可提交'],
    // 150,000 / 150,000 / 12,000 元 = 15 / 15 / 1.2 万元; 1.2 ÷ 15 = 8%
    ['招商引资专项经费', '招商引资专项经费', 'project', 15, 15, 1.2, 0.08, 88.8, '良', '可提交'],
  ]);
  expect(rows.map((r) => [r.file, r.department, r.cell])).toEqual([
    ['部门.xlsx', '某区档案局', 'A1'],
    ['部门.xlsx', '某区档案局', 'A1'],
    ['部门.xlsx', '某区档案局', 'A1'],
  ]);
});

it('totals: count, sums, overall rate, simple and budget-weighted average, grade distribution', () => {
  const { rows } = summarize();
  expect(summaryTotals(rows, NATIONAL_GRADE_BANDS)).toEqual({
    count: 3,
    budgetInitial: 139, // 100 + 24 + 15
    budgetAdjusted: 139,
    executed: 114.44, // 95 + 18.24 + 1.2
    rate: 0.823309, // 114.44 ÷ 139
    averageScore: 93.97, // (97.5 + 95.6 + 88.8) ÷ 3 = 93.9667
    weightedAverageScore: 96.23, // (97.5 × 100 + 95.6 × 24 + 88.8 × 15) ÷ 139 = 13376.4 ÷ 139 = 96.2331
    grades: { 优: 2, 良: 1, 中: 0, 差: 0 },
  });
});

it('a table with an error is 需修改, with its findings counted; the roll-up’s findings are listed apart', () => {
  // 公车租赁费's total 95 where its parts give 95.6 (total-mismatch, error); the roll-up's 95.6 is right.
  const broken = patch(car(), { H16: 95 });
  const { rows, issues, rollupFindings } = summarize(department(undefined, [archive(), broken, investment()]));
  const row = rows.find((r) => r.sheet === '公车租赁费')!;
  expect([row.errors, row.status, row.score]).toEqual([1, '需修改', 95.6]);
  expect(issues.map((f) => [f.file, f.rule, f.sheet, f.cell])).toEqual([['部门.xlsx', 'total-mismatch', '公车租赁费', 'H16']]);
  expect(rollupFindings).toEqual([]);
});

it('no tables: zero count and no sums', () => {
  expect(summaryTotals([], NATIONAL_GRADE_BANDS)).toEqual({
    count: 0, budgetInitial: null, budgetAdjusted: null, executed: null, rate: null, averageScore: null, weightedAverageScore: null,
    grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
  });
});
