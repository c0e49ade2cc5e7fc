// The 自评报告 of a department whose workbook holds its own 项目支出绩效自评汇总表: the report's number of projects,
// their executed total and average score are checked against the roll-up's figures as its tables give them
// (test/core/rollup/fixtures.ts: 3 projects, 139 / 114.44 万元 with one table in 元, average 93.97).
import { analyzeWorkbook, type Finding } from '../../../src/core';
import type { ReportText } from '../../../src/core/claims';
import { archive, car, department, investment } from '../rollup/fixtures';

// Worded like seed 000's paragraphs 28 and 38 (docs/seeds/000).
const report = (executed: string, count = 3): ReportText => ({
  file: '自评报告.docx',
  paragraphs: [
    { index: 1, text: `本单位 2021 年度的 ${count} 项项目支出的全年执行数共计 ${executed} 万元。` },
    { index: 2, text: `我单位 2021 年 ${count} 个项目支出绩效评价平均得分为 93.97 分。` },
  ],
  tables: [],
});

const reportFindings = (grids = department(), text = report('114.44')): Finding[] =>
  analyzeWorkbook(grids, { report: { text } }).report.findings.filter((f) => f.rule.startsWith('report-'));

describe('a report beside a workbook with its own roll-up', () => {
  it('agrees: 3 projects, 114.44 万元 (95 + 18.24 + 12,000 元 = 1.2 万元), average 93.97', () => {
    expect(reportFindings()).toEqual([]);
  });

  it('a report saying 124.44 万元 contradicts the roll-up: 114.44, from the three tables', () => {
    const found = reportFindings(department(), report('124.44'));
    expect(found.map((f) => [f.rule, f.source?.paragraph, f.expected, f.actual])).toEqual([['report-mismatch', 1, 114.44, 124.44]]);
    expect(found[0].message).toContain('汇总表「项目汇总表」');
  });

  it('without the roll-up sheet the tables are added up in 万元, the one in 元 converted: still 114.44', () => {
    expect(reportFindings([archive(), car(), investment()])).toEqual([]);
    const found = reportFindings([archive(), car(), investment()], report('124.44'));
    expect(found.map((f) => [f.expected, f.actual])).toEqual([[114.44, 124.44]]);
  });
});
