// The 校验结果 and 修改记录 sheets as the core plans and lays them out, on seed 002 as published.
import { analyzeWorkbook, changeLayout, linesIn, reportLayout, type Finding } from '../../src/core';
import { planReportSheet } from '../../src/core/plan';
import { seed002Grid } from '../fixtures/seed002';

const { report, plan } = analyzeWorkbook([seed002Grid()]);
// As read, the table's slips (seed002.test.ts): errors I10 and D48, warnings I15 and H26, infos I7 and seven
// numbers stored as text (F25 … F44).
const asRead = planReportSheet(report.findings, 'zh-CN', new Set(['部门整体绩效自评表']));

describe('校验结果', () => {
  it('lists errors first, then warnings, then infos, each in cell order, with the rule’s name and id apart', () => {
    expect(asRead.rows.map((r) => `${r.severity} ${r.cell}`)).toEqual([
      '错误 I10', '错误 D48', '警告 I15', '警告 H26', '提示 I7', '提示 F25', '提示 F26', '提示 F28', '提示 F29', '提示 F40', '提示 F41', '提示 F44',
    ]);
    expect(asRead.rows.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(asRead.rows[0]).toMatchObject({ rule: '执行率/得分率不符', ruleId: 'rate-mismatch', expected: '14.30%', actual: '1.43%' });
  });

  it('puts a line over each group, and the link in the 单元格 column', () => {
    const layout = reportLayout(asRead);
    expect(layout.rows[0]).toEqual(['序号', '严重程度', '规则', '编号', '工作表', '单元格', '说明', '应为', '表中为']);
    // header, 错误 line, 2 errors, 警告 line, 2 warnings, 提示 line, 8 infos
    expect(layout.headings).toEqual([1, 4, 7]);
    expect(layout.rows).toHaveLength(16);
    expect(layout.rows[1][0]).toBe('错误 2 处（提交前须改正）');
    expect(layout.rows[7][0]).toBe('提示 8 处（供参考）');
    expect(layout.rows[2][layout.linkColumn]).toBe(`=HYPERLINK("#'部门整体绩效自评表'!I10","I10")`);
    expect(layout.wrap.map((c) => layout.rows[0][c])).toEqual(['规则', '工作表', '说明', '应为', '表中为']);
    // The rounding note's message runs past one line of the 60-character 说明 column; a heading is one line.
    const i7 = layout.rows.findIndex((r) => r[layout.linkColumn] === `=HYPERLINK("#'部门整体绩效自评表'!I7","I7")`);
    expect(layout.heights[i7]).toBe(16 * linesIn(String(layout.rows[i7][6]), 60));
    expect(layout.heights[i7]).toBeGreaterThan(16);
    expect(layout.heights[1]).toBe(16);
  });

  it('shows a number the way its cell does: under a percent format as a percentage, not as 0.96 beside 96%', () => {
    const finding: Finding = { rule: 'over-completion', severity: 'warning', sheet: 'S', cell: 'F9', related: [], message: 'm', expected: 0.9, actual: 0.96, unit: 'number', fixable: false };
    const [row] = planReportSheet([finding], 'zh-CN', undefined, (_, cell) => (cell === 'F9' ? '0%' : null)).rows;
    expect([row.expected, row.actual]).toEqual(['90%', '96%']);
    const [plain] = planReportSheet([finding], 'zh-CN').rows;
    expect([plain.expected, plain.actual]).toEqual(['0.9', '0.96']);
  });

  it('is one line when nothing is left', () => {
    const layout = reportLayout(planReportSheet([], 'zh-CN'));
    expect(layout.rows.slice(1)).toEqual([['未发现需要处理的问题', '', '', '', '', '', '', '', '']]);
    expect(layout.headings).toEqual([]);
  });
});

describe('row heights', () => {
  it('count CJK characters as two widths, and each line of the text', () => {
    // 10 CJK characters = 20 widths; in a 11-wide column (10 usable) that is 2 lines; "abc" 1 line; two lines 2.
    expect(linesIn('一二三四五六七八九十', 11)).toBe(2);
    expect(linesIn('abc', 11)).toBe(1);
    expect(linesIn('a\nb', 11)).toBe(2);
    expect(linesIn('', 11)).toBe(1);
  });
});

describe('修改记录', () => {
  const rows = plan.changeSheet.rows;
  const at = (cell: string) => rows.find((r) => r.cell === cell)!;

  it('has one row per cell recalc writes, in the order it writes them', () => {
    expect(rows.map((r) => r.cell)).toEqual(plan.writes.map((w) => w.cell));
    expect(rows.map((r) => r.index)).toEqual(rows.map((_, i) => i + 1));
  });

  it('shows values as the cell shows them and gives the finding as the reason', () => {
    expect(at('I10')).toMatchObject({ before: '1.43%', after: '14.30%', link: `HYPERLINK("#'部门整体绩效自评表'!I10","I10")` });
    expect(at('I10').why).toBe(`执行率/得分率不符：${report.findings.find((f) => f.cell === 'I10')!.message}`);
    expect(at('I15')).toMatchObject({ before: '9', after: '10' });
    expect(at('I15').why).toMatch(/^得分不符：/);
  });

  it('says why a cell with no finding of its own was written: blank and filled in, or recomputed', () => {
    const blank = plan.writes.filter((w) => w.before === null || w.before === '');
    expect(blank.length).toBeGreaterThan(0);
    for (const w of blank) expect([w.cell, at(w.cell).why]).toEqual([w.cell, expect.stringMatching(/原为空，按规则填入/)]);
    const flagged = new Set(report.findings.map((f) => f.cell));
    const followers = plan.writes.filter((w) => !flagged.has(w.cell) && !blank.includes(w));
    // The 得分情况表's sums and the total follow the corrected budget and indicator scores.
    expect(followers.length).toBeGreaterThan(0);
    for (const w of followers) expect([w.cell, at(w.cell).why]).toEqual([w.cell, expect.stringMatching(/所依据的单元格已更正，随之重算$/)]);
  });

  it('lays out as 序号 工作表 单元格 原值 新值 原因, the reason wrapped', () => {
    const layout = changeLayout(plan.changeSheet);
    expect(layout.rows[0]).toEqual(['序号', '工作表', '单元格', '原值', '新值', '原因']);
    expect(layout.rows).toHaveLength(1 + plan.writes.length);
    expect(layout.wrap.map((c) => layout.rows[0][c])).toEqual(['工作表', '原值', '新值', '原因']);
  });
});
