// The expectations on the five seed reports, derived by hand from their own sentences (docs/seeds/*.txt).
import { analyzeWorkbook, type Finding } from '../../../src/core';
import type { RollupTotals } from '../../../src/core/claims';
import { seed002Grid } from '../../fixtures/seed002';
import { seedReportText, type SeedId } from '../../fixtures/seed-reports';

const REPORT_RULES = ['report-mismatch', 'report-inconsistent'];
function reportFindings(id: SeedId, grids = seedReportText(id).tables): Finding[] {
  const analysis = analyzeWorkbook(grids, { report: { text: seedReportText(id) } });
  return analysis.report.findings.filter((f) => f.source);
}
const brief = (f: Finding) => `${f.rule}@${f.source!.paragraph ?? f.source!.cell}`;

describe('seed 002: two paragraphs, one table', () => {
  // Paragraph 43: 年初 1207.96, 调整 1125.54, 执行 1125.54, 100% (1125.54 ÷ 1125.54 = 100%): agrees with the table
  // (E15 = 1125.54, F15 = 1125.54). Paragraph 53: 调整 1209.35, 执行 1125.54, 93.07% (1125.54 ÷ 1209.35 = 93.0698%,
  // its own quotient) — but 1209.35 is neither paragraph 43's 1125.54 nor the table's, and 93.07% is neither 100%.
  const findings = reportFindings('002', [seed002Grid()]);
  it('flags paragraph 53 four times and nothing else', () => {
    expect(findings.map(brief)).toEqual(['report-mismatch@53', 'report-inconsistent@53', 'report-mismatch@53', 'report-inconsistent@53']);
  });
  it('1209.35 against the table cell E15 (1125.54)', () => {
    expect(findings[0]).toMatchObject({ severity: 'error', sheet: '部门整体绩效自评表', cell: 'E15', expected: 1125.54, actual: 1209.35 });
    expect(findings[0].source).toEqual({
      file: '002.docx', paragraph: 53,
      excerpt: '2021 年度，我部门预算年初数为 1207.96 万元，调整预算数为 1209.35 万元，预算执行金额为 1125.54 万元，预算执行率 93.07%，结转',
    });
  });
  it('1209.35 against paragraph 43 (1125.54)', () => {
    expect(findings[1]).toMatchObject({ severity: 'warning', sheet: '', cell: '', expected: 1125.54, actual: 1209.35 });
    expect(findings[1].message).toBe('自评报告中部门整体的调整预算数前后不一：第 53 段写 1209.35 万元，第 43 段写 1125.54 万元');
  });
  it('93.07% against the table, whose rate cell is blank: 1125.54 ÷ 1125.54 = 100%', () => {
    expect(findings[2]).toMatchObject({ cell: '', expected: 1, actual: 0.9307 });
    expect(findings[2].message).toBe('自评报告第 53 段写部门整体的预算执行率为 93.07%，按表中数字应为 100.00%（1125.54 ÷ 1125.54）');
    expect(findings[2].related).toEqual(['F15', 'E15']);
  });
  it('the tasks (134.5 / 69.64 / 51.78%, 46.5 / 10.86 / 23.36%), 98 分 优 and the “三公” 23.18% agree', () => {
    // 69.64 ÷ 134.5 = 51.777% → 51.78%; 10.86 ÷ 46.5 = 23.355% is one unit off 23.36%, as the table's own I7;
    // 6.49 ÷ 28 = 23.179% → 23.18%, and the table's 23% is 23.18% at its precision.
    expect(findings.every((f) => f.source!.paragraph === 53)).toBe(true);
  });
  it('a report checked without its table still sees the two paragraphs disagree', () => {
    expect(reportFindings('002', []).map(brief)).toEqual(['report-inconsistent@53', 'report-inconsistent@53']);
  });
});

describe('seed 001: every figure its own neighbours give', () => {
  // 9565.63 ÷ 9593.18 = 99.713% → 99.71%; 3483.94 ÷ 3484.29 = 99.990% → 99.99%; 6081.69 ÷ 6108.89 = 99.555% → 99.55%
  // (stated twice, the same); 3484.29 + 6108.89 = 9593.18 and 3483.94 + 6081.69 = 9565.63; 99 分 is 优秀 on the
  // report's own bands (≥ 85 优秀).
  it('gives no finding', () => expect(reportFindings('001')).toEqual([]));
});

describe('seed 003', () => {
  // 8,022.31 ÷ 8,024.86 = 99.968% → 99.97%: consistent. 99.45 分 is 优 (90 分以上), the report says 良好.
  const findings = reportFindings('003');
  it('99.45 分 graded 良 is a grade-mismatch, and the only finding', () => {
    expect(findings.map((f) => f.rule)).toEqual(['grade-mismatch']);
    expect(findings[0]).toMatchObject({ severity: 'error', expected: '优', actual: '良好' });
    expect(findings[0].source).toMatchObject({ paragraph: 27, excerpt: '本部门整体支出绩效自评结果良好，绩效自评得分为99.45分' });
  });
  it('on bands where 99.45 is 良 it passes', () => {
    const analysis = analyzeWorkbook([], { report: { text: seedReportText('003') }, gradeBands: [{ min: 99.5, label: '优' }, { min: 80, label: '良' }, { min: 0, label: '差' }] });
    expect(analysis.report.findings).toEqual([]);
  });
});

describe('seed 004: its 资金情况 table', () => {
  // 到位 5257.66 = 市级 0 + 县级 5257.66; 预算安排 5257.66 = 0 + 5257.66; 结余 0 = 5257.66 − 5257.66;
  // 执行率 100% = 5257.66 ÷ 5257.66.
  it('reads every figure of the table and finds them all agreeing', () => {
    const analysis = analyzeWorkbook([], { report: { text: seedReportText('004') } });
    expect(analysis.report.report).toEqual({ file: '004.docx', paragraphs: 11, tables: 3, claims: 10 });
    expect(analysis.report.findings).toEqual([]);
  });
});

describe('seed 000: 12 projects, 222.54 / 144.86, average 94.25', () => {
  it('agrees with itself (12 four times as the number of projects, 144.86 twice)', () => expect(reportFindings('000')).toEqual([]));
  const withRollup = (rollup: RollupTotals) =>
    analyzeWorkbook([], { report: { text: seedReportText('000'), rollup } }).report.findings;
  it('agrees with a roll-up of the same totals', () => {
    expect(withRollup({ count: 12, budgetInitial: 222.54, executed: 144.86, averageScore: 94.2483, origin: '项目支出绩效自评汇总' })).toEqual([]);
  });
  it('a roll-up of 11 projects: each sentence giving the number of projects (paragraphs 20, 28, 32, 38) is a mismatch', () => {
    // Paragraph 36's "年初 12 个项目" counts the projects budgeted at the start: some of them, not their number.
    const findings = withRollup({ count: 11, budgetInitial: 222.54, executed: 144.86, averageScore: 94.25, origin: '项目支出绩效自评汇总' });
    expect(findings.map((f) => [f.rule, f.source!.paragraph, f.expected, f.actual])).toEqual([20, 28, 32, 38].map((p) => ['report-mismatch', p, 11, 12]));
    expect(findings[0].message).toBe('自评报告第 20 段写项目支出的项目个数为 12 个，项目支出绩效自评汇总合计为 11 个');
  });
  it('a roll-up executing 140.86: both 144.86 sentences', () => {
    const findings = withRollup({ count: 12, budgetInitial: 222.54, executed: 140.86, averageScore: 94.25, origin: '汇总表' });
    expect(findings.map((f) => [f.source!.paragraph, f.expected, f.actual])).toEqual([[28, 140.86, 144.86], [36, 140.86, 144.86]]);
  });
});

it('report rules are the only ones reading a report', () => {
  const findings = reportFindings('002', [seed002Grid()]);
  expect(findings.every((f) => REPORT_RULES.includes(f.rule))).toBe(true);
});
