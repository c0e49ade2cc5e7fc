// Scoring on the worked examples of domain.md §2, for both profiles.
import { GRADE_SYNONYMS, gradeFor, NATIONAL_GRADE_BANDS, parseGradeBands, PROFILES, sameGrade, type GradeBand } from '../../src/core';
import { budgetExecutionScore, executionRate, quantitativeScore, scoreInTier } from '../../src/core/score';
import { roundHalfUp } from '../../src/core/text';
import { correctProject, findingsOf, patch, projectGrid, run } from './helpers';

const { national, yitihua } = PROFILES;

describe('budget execution score = min(rate, 1) × w', () => {
  it('76% → 7.6 of 10', () => expect(budgetExecutionScore(0.76, 10)).toBe(7.6));
  it('102.59% → 10 (capped; the uncapped 10.26 is a defect, not a profile)', () => expect(budgetExecutionScore(338.31 / 329.77, 10)).toBe(10));
  it('100% of 1125.54 → 10', () => expect(budgetExecutionScore(1125.54 / 1125.54, 10)).toBe(10));
  it('a denominator of 0 is not applicable, never 0%', () => {
    const f = (value: number) => ({ value }) as Parameters<typeof executionRate>[0];
    expect(executionRate(f(0), f(0))).toBeNull();
    expect(executionRate(f(5), f(0))).toBeNull();
    expect(executionRate(f(1.43), f(10))).toBeCloseTo(0.143, 10);
  });
  it('at engine level: 76 of 100 on a project table gives 7.6 under both profiles', () => {
    const grid = projectGrid(correctProject({ total: [100, 100, 76], fiscal: [100, 100, 76], budgetRate: 0.76, fiscalRate: 0.76, budgetScore: 10 }));
    for (const profile of ['national', 'yitihua'] as const) {
      expect(findingsOf(grid, 'score-mismatch', { profile }).map((f) => [f.cell, f.expected])).toEqual([['H5', 7.6]]);
    }
  });
});

describe('正向 (≥, >, 大于等于): B ≥ A → w; else B / A × w', () => {
  it.each([
    [2000, 2100, 20, 20],
    [2000, 2000, 20, 20],
    [2000, 1500, 20, 15],
    [0.9, 0.85, 10, 9.44],
    [0.98, 0.49, 10, 5],
  ])('A=%p B=%p w=%p → %p', (A, B, w, want) => {
    expect(quantitativeScore(A, B, w, 'positive', false, national)).toBe(want);
    expect(quantitativeScore(A, B, w, 'positive', false, yitihua)).toBe(want);
  });
  it('a negative actual counts as 0', () => {
    expect(quantitativeScore(100, -5, 10, 'positive', false, national)).toBe(0);
  });
});

describe('等于 (=, ﹦, 等于): scored as 正向; with A = 0, B ≤ 0 → w, else 0', () => {
  it('A = 100', () => {
    expect(quantitativeScore(100, 100, 10, 'positive', true, national)).toBe(10);
    expect(quantitativeScore(100, 80, 10, 'positive', true, national)).toBe(8);
  });
  it('A = 0', () => {
    expect(quantitativeScore(0, 0, 10, 'positive', true, national)).toBe(10);
    expect(quantitativeScore(0, 1, 10, 'positive', true, national)).toBe(0);
    expect(quantitativeScore(0, 0.5, 10, 'positive', true, yitihua)).toBe(0);
    expect(quantitativeScore(0, -2, 10, 'positive', true, national)).toBe(10); // negative counts 0
  });
  it('at engine level: "﹦0件" with 1 件 scored 10 is flagged (expected 0)', () => {
    const grid = patch(projectGrid(correctProject()), { D13: '安全事故', E13: '﹦0件', F13: 1, I13: '发生一起' });
    expect(findingsOf(grid, 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['H13', 0]]);
  });
});

describe('反向 (≤, <, 小于等于, costs, 控制率): B ≤ A → w; else by profile', () => {
  it('A=10 B=15 w=10: 6.67 national (A ÷ B × w) vs 5.00 yitihua (w × (1 − (B − A) ÷ A))', () => {
    expect(quantitativeScore(10, 15, 10, 'reverse', false, national)).toBe(6.67);
    expect(quantitativeScore(10, 15, 10, 'reverse', false, yitihua)).toBe(5);
  });
  it('met: B ≤ A → w under both', () => {
    expect(quantitativeScore(10, 10, 10, 'reverse', false, national)).toBe(10);
    expect(quantitativeScore(1, 0.23, 2, 'reverse', false, yitihua)).toBe(2);
  });
  it('yitihua gives 0 from B ≥ 2A; national does not', () => {
    expect(quantitativeScore(10, 20, 10, 'reverse', false, yitihua)).toBe(0);
    expect(quantitativeScore(10, 35, 10, 'reverse', false, yitihua)).toBe(0);
    expect(quantitativeScore(10, 19.9, 10, 'reverse', false, yitihua)).toBe(0.1);
    expect(quantitativeScore(10, 20, 10, 'reverse', false, national)).toBe(5);
  });
  it('at engine level: ≤10万元 with 15 scored 10 is flagged 6.67 national, 5 yitihua, and written so', () => {
    const grid = patch(projectGrid(correctProject()), { E13: '≤10万元', F13: 15, I13: '材料涨价' });
    const n = run(grid, { profile: 'national' });
    const y = run(grid, { profile: 'yitihua' });
    expect(n.report.findings.filter((f) => f.rule === 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['H13', 6.67]]);
    expect(y.report.findings.filter((f) => f.rule === 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['H13', 5]]);
    expect(n.report.findings.find((f) => f.rule === 'score-mismatch')!.message).toContain('10 ÷ 15 × 10');
    expect(y.report.findings.find((f) => f.rule === 'score-mismatch')!.message).toContain('10 × (1 − (15 − 10) ÷ 10)');
    expect(n.report.writes.find((w) => w.cell === 'H13')?.after).toBe(6.67);
    expect(y.report.writes.find((w) => w.cell === 'H13')?.after).toBe(5);
  });
  it('控制率 with no operator is 反向 by name', () => {
    const grid = patch(projectGrid(correctProject()), { D13: '成本控制率', E13: '100%', F13: 1.25, H13: 10, I13: '超支' });
    expect(findingsOf(grid, 'score-mismatch').map((f) => f.expected)).toEqual([8]);
  });
});

describe('rounding half up to 2 decimals', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [6.665, 6.67],
    [1.004, 1],
    [-1.005, -1.01],
    [20 / 3, 6.67],
  ])('%p → %p', (x, want) => expect(roundHalfUp(x, 2)).toBe(want));
  it('a score of exactly x.xx5 rounds up: 1201 of ≥2000 × 10 = 6.005 → 6.01', () => {
    expect(quantitativeScore(2000, 1201, 10, 'positive', false, national)).toBe(6.01);
  });
});

describe('qualitative tiers', () => {
  it('达成 80%–100% of w', () => {
    expect(scoreInTier(8, 10, 'met')).toBe(true);
    expect(scoreInTier(10, 10, 'met')).toBe(true);
    expect(scoreInTier(7.99, 10, 'met')).toBe(false);
    expect(scoreInTier(10.01, 10, 'met')).toBe(false);
  });
  it('部分达成 60% (incl.) – 80% (excl.)', () => {
    expect(scoreInTier(6, 10, 'partly')).toBe(true);
    expect(scoreInTier(7.99, 10, 'partly')).toBe(true);
    expect(scoreInTier(8, 10, 'partly')).toBe(false);
    expect(scoreInTier(5.99, 10, 'partly')).toBe(false);
    expect(scoreInTier(9, 10, 'partly')).toBe(false);
  });
  it('未达成 0 – 60% (excl.)', () => {
    expect(scoreInTier(0, 10, 'missed')).toBe(true);
    expect(scoreInTier(5.99, 10, 'missed')).toBe(true);
    expect(scoreInTier(6, 10, 'missed')).toBe(false);
  });
  it('the tier comes from the actual text (at engine level)', () => {
    const at = (actual: string, score: number) =>
      findingsOf(patch(projectGrid(correctProject()), { F14: actual, H14: score, I14: '原因' }), 'score-out-of-range').length;
    expect(at('达成年度指标', 24)).toBe(0);
    expect(at('达成年度指标', 20)).toBe(1);
    expect(at('部分达成年度指标并具有一定效果', 18)).toBe(0);
    expect(at('部分达成年度指标并具有一定效果', 27)).toBe(1);
    expect(at('未达成年度指标且效果较差', 10)).toBe(0);
    expect(at('未达成年度指标且效果较差', 20)).toBe(1);
    expect(at('有效提升', 30)).toBe(0); // equal to the target text: 达成
    expect(at('有效提升', 15)).toBe(1);
  });
});

describe('grade bands', () => {
  it.each([
    [100, '优'], [90, '优'], [89.99, '良'], [80, '良'], [79.99, '中'], [60, '中'], [59.99, '差'], [0, '差'],
  ])('national: %p → %p', (score, grade) => expect(gradeFor(score, NATIONAL_GRADE_BANDS)).toBe(grade));

  const seed001 = parseGradeBands('85=优秀,75=良好,60=一般,0=较差') as GradeBand[];
  it('seed 001 bands parse', () => {
    expect(seed001).toEqual([{ min: 85, label: '优秀' }, { min: 75, label: '良好' }, { min: 60, label: '一般' }, { min: 0, label: '较差' }]);
  });
  it.each([
    [99.45, '优秀'], [85, '优秀'], [84.99, '良好'], [75, '良好'], [74.99, '一般'], [60, '一般'], [59.99, '较差'],
  ])('seed 001: %p → %p', (score, grade) => expect(gradeFor(score, seed001)).toBe(grade));
  it('bad band strings give a zh-CN reason, never throw', () => {
    expect(parseGradeBands('90=优,80=良,60=中')).toContain('最后一档下限须为 0');
    expect(parseGradeBands('80=良,90=优,0=差')).toContain('从高到低');
    expect(parseGradeBands('优秀')).toContain('无法识别');
    expect(parseGradeBands('')).toContain('为空');
    expect(parseGradeBands('90＝优，80：良,0=差')).toEqual([{ min: 90, label: '优' }, { min: 80, label: '良' }, { min: 0, label: '差' }]);
  });
  it('labels of one level are synonyms', () => {
    expect(sameGrade('优', '优秀')).toBe(true);
    expect(sameGrade('良好', '良')).toBe(true);
    expect(sameGrade('一般', '中')).toBe(true);
    expect(sameGrade('中等', '一般')).toBe(true);
    expect(sameGrade('较差', '差')).toBe(true);
    expect(sameGrade('优', '良')).toBe(false);
    expect(sameGrade('良好', '优秀')).toBe(false);
    expect(GRADE_SYNONYMS.flat()).toEqual(expect.arrayContaining(['优', '优秀', '良', '良好', '中', '一般', '差', '较差']));
  });
});
