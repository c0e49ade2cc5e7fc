// Seed 002 end to end at engine level: the published table's slips, the writes that fix them, and recalc's fixpoint.
import { analyzeWorkbook, applyWrites, type Finding } from '../../src/core';
import { seed002Grid } from '../fixtures/seed002';

const SHEET = '部门整体绩效自评表';
const analysis = analyzeWorkbook([seed002Grid()]);
const { report, remaining, plan } = analysis;
const byCell = (rule: string, cell: string): Finding => {
  const f = report.findings.find((x) => x.rule === rule && x.cell === cell);
  if (!f) throw new Error(`no ${rule} at ${cell}`);
  return f;
};

describe('seed 002 as published', () => {
  it('gives exactly the five slips, and only number-as-text notes otherwise', () => {
    const slips = report.findings.filter((f) => f.rule !== 'number-as-text').map((f) => `${f.rule}@${f.cell}`);
    expect(slips.sort()).toEqual(['rate-mismatch@D48', 'rate-mismatch@I10', 'rate-rounding@I7', 'score-mismatch@H26', 'score-mismatch@I15'].sort());
    expect(report.findings.filter((f) => f.rule === 'number-as-text').map((f) => f.cell)).toEqual(['F25', 'F26', 'F28', 'F29', 'F40', 'F41', 'F44']);
    expect(report.findings.every((f) => f.sheet === SHEET)).toBe(true);
  });
  it('task 5: 1.43 of 10 shown as 1.43% is 14.30%', () => {
    expect(byCell('rate-mismatch', 'I10')).toMatchObject({ severity: 'error', expected: 0.143, actual: 0.0143, fixable: true, related: ['G10', 'D10'] });
    expect(byCell('rate-mismatch', 'I10').message).toBe('任务5: 全面深化改革经费 的预算执行率应为 14.30%（1.43 ÷ 10），表中为 1.43%');
  });
  it('task 2: 23.36% for 10.86 / 46.5 is at most a rounding note', () => {
    expect(byCell('rate-rounding', 'I7')).toMatchObject({ severity: 'info', expected: 0.2335, actual: 0.2336 });
  });
  it('budget score 9: its own numbers give 100% → 10', () => {
    expect(byCell('score-mismatch', 'I15')).toMatchObject({ severity: 'warning', expected: 10, actual: 9, fixable: true });
    expect(byCell('score-mismatch', 'I15').message).toContain('100.00%（1125.54 ÷ 1125.54）');
  });
  it('indicator 预算执行率 ≥90% met, scored 1 of 2 → 2', () => {
    expect(byCell('score-mismatch', 'H26')).toMatchObject({ expected: 2, actual: 1 });
    expect(byCell('score-mismatch', 'H26').message).toContain('达到目标 ≥90%，得满分 2');
  });
  it('summary 得分率 99% for 9 / 10', () => {
    expect(byCell('rate-mismatch', 'D48')).toMatchObject({ actual: 0.99 });
    expect(byCell('rate-mismatch', 'D48').message).toContain('应为 90.00%（9 ÷ 10），表中为 99%');
  });
  it('资金来源 and 资金结构 add up; the weights add up to 100', () => {
    expect(report.findings.filter((f) => ['sum-mismatch', 'weight-mismatch', 'task-total-mismatch', 'total-mismatch', 'grade-mismatch'].includes(f.rule))).toEqual([]);
  });
  it('reports the table as contract.md shows it', () => {
    expect(report.tables).toEqual([
      expect.objectContaining({
        sheet: SHEET, kind: 'department', range: 'A1:I52',
        budget: { rate: 1, rateCell: 'G15', weight: 10, score: 10, scoreCell: 'I15' },
        total: { score: 100, cell: 'G2', entered: 98 },
        grade: { value: '优', cell: 'G3', entered: '优' },
      }),
    ]);
    expect(report.tables[0].groups.map((g) => [g.name, g.weight, g.score])).toEqual([['投入管理', 20, 20], ['产出指标', 40, 40], ['效益指标', 30, 30]]);
  });
});

describe('the writes', () => {
  const after = (cell: string) => plan.writes.find((w) => w.cell === cell)?.after;
  it('fix the slips and the totals that follow from them', () => {
    expect(after('I10')).toBe(0.143);
    expect(after('I15')).toBe(10);
    expect(after('H26')).toBe(2);
    expect(after('G2')).toBe(100);
    expect(after('C48')).toBe(10);
    expect(after('D48')).toBe(1);
    expect(after('C52')).toBe(100);
  });
  it('are the report\'s writes, each with the value it replaces', () => {
    expect(plan.writes).toEqual(report.writes);
    expect(plan.writes.find((w) => w.cell === 'I10')).toMatchObject({ sheet: SHEET, before: 0.0143 });
    expect(plan.writes.find((w) => w.cell === 'I15')).toMatchObject({ before: 9 });
  });
  it('never touch a typed cell: amounts, targets, actuals, weights, qualitative scores, text', () => {
    const typed = /^(D|E|F|G|H)(6|7|8|9|10|11|12|13)$|^(D|E|F|H)(15|16|17|18|19)$|^[A-G](2[0-9]|3[0-9]|4[0-4])$|^B(4[8-9]|5[0-2])$/;
    expect(plan.writes.filter((w) => typed.test(w.cell)).map((w) => w.cell)).toEqual([]);
    // Qualitative rows' scores (H23 绩效指标合理性, H24 预算编制完整性, H42 …) stay the person's.
    for (const cell of ['H23', 'H24', 'H31', 'H32', 'H34', 'H35', 'H42', 'H43']) expect(after(cell)).toBeUndefined();
  });
  it('leave nothing of severity error or warning in `remaining`', () => {
    expect(remaining.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(plan.marks.every((m) => m.severity === 'info' && m.fill === null)).toBe(true);
    expect(plan.reportSheet.rows.map((r) => r.cell)).toEqual(remaining.map((f) => f.cell));
  });
  it('recalc twice = recalc once: analyzing the written grids plans zero writes', () => {
    const once = applyWrites([seed002Grid()], plan.writes);
    const again = analyzeWorkbook(once);
    expect(again.plan.writes).toEqual([]);
    expect(again.report.findings).toEqual(remaining);
    expect(applyWrites(once, again.plan.writes)).toEqual(once);
  });
  it('applyWrites leaves its input untouched', () => {
    const grid = seed002Grid();
    const copy = structuredClone(grid);
    applyWrites([grid], plan.writes);
    expect(grid).toEqual(copy);
  });
});

describe('profile yitihua', () => {
  it('changes nothing on this table (no 反向 miss, no over-completion)', () => {
    const y = analyzeWorkbook([seed002Grid()], { profile: 'yitihua' });
    expect(y.report.findings).toEqual(report.findings);
    expect(y.report.writes).toEqual(report.writes);
    expect(y.report.profile).toBe('yitihua');
  });
});

describe('en-US locale', () => {
  it('gives the same findings with English messages', () => {
    const en = analyzeWorkbook([seed002Grid()], { locale: 'en-US' });
    expect(en.report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(report.findings.map((f) => `${f.rule}@${f.cell}`));
    expect(en.report.findings.find((f) => f.cell === 'I10')!.message).toContain('should be 14.30%');
  });
});
