// The regional forms of domain.md §1.4 that the corpus (test/fixtures/real) does not show in full, each on the
// project table of test/core/helpers.ts (rows 10–15 indicators, 16 总分) or a small flat list, with the arithmetic
// of domain.md §2 in the comments.
import { type CellValue } from '../../src/core';
import { parseTarget } from '../../src/core/target';
import { parseNumber } from '../../src/core/text';
import { fromDense } from '../support/dense';
import { alarms, brief, correctProject, findingsOf, patch, projectGrid, run } from './helpers';

const P = () => projectGrid(correctProject({ grade: undefined }));

describe('the grade of a project table, next to its total', () => {
  // correctProject: 9.5 + 20 + 10 + 10 + 10 + 28 + 10 = 97.5 → 优.
  it('reads an unlabelled grade after the 总分 row\'s score ("总分 | 100 | 97.5 | 优") and finds it right', () => {
    const grid = patch(P(), { I16: '优' });
    expect(run(grid).report.tables[0].grade).toEqual({ value: '优', cell: 'I16', entered: '优' });
    expect(alarms(grid)).toEqual([]);
  });
  it('checks it: 97.5 described as 良 is 优', () => {
    const f = findingsOf(patch(P(), { I16: '良' }), 'grade-mismatch');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([['I16', '优', '良']]);
  });
  it('writes it on recalc: 档案数字化页数 1000 of ≥2000 scores 1000 ÷ 2000 × 20 = 10, the total 97.5 − 10 = 87.5 → 良', () => {
    const grid = patch(P(), { I16: '优', F10: 1000 });
    const writes = run(grid).plan.writes.map((w) => [w.cell, w.after]);
    expect(writes).toEqual(expect.arrayContaining([['H10', 10], ['H16', 87.5], ['I16', '良']]));
  });
  it('reads a labelled 自评等级 below the 总分 row', () => {
    const grid = patch(P(), { B17: '自评等级', C17: '良' });
    expect(brief(findingsOf(grid, 'grade-mismatch'))).toEqual(['grade-mismatch@C17']);
  });
  it('never takes a figure for a grade: a number after the score is no grade', () => {
    expect(run(patch(P(), { I16: 97.5 })).report.tables[0].grade).toBeUndefined();
  });
});

describe('a flat list whose 调整指标值 is filled', () => {
  // 年初指标值 ≥10次, 调整指标值 ≥8次, 全年完成值 8次, weight 90, score 90 (with the budget's 10: 100).
  const flat = (adjusted: CellValue) => fromDense({
    sheet: '部门整体绩效自评表',
    values: [
      ['部门整体绩效自评表'],
      ['部门预算执行情况（万元）', '年初预算数', '全年（调整）预算数', '全年执行数', '执行率（%）', '执行率权重', '执行率得分（分）'],
      [null, 100, 100, 100, 100, 10, 10],
      ['指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '指标权重（分）', '指标得分（分）'],
      ['组织宣传活动次数', '次', '定量指标', '≥10次', adjusted, '8次', 90, 90],
    ],
  });
  it('takes the adjusted value as the target: 8 ≥ 8 is met, 90 of 90', () => expect(alarms(flat('≥8次'))).toEqual([]));
  it('takes 年初指标值 when it is blank: 8 ÷ 10 × 90 = 72', () => {
    expect(findingsOf(flat(null), 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['H5', 72]]);
  });
});

describe('operators in every spelling of domain.md §1.4', () => {
  it.each([
    ['≧90%', 'ge', 0.9], ['≦30万元', 'le', 30], ['═100', 'eq', 100], ['＝100', 'eq', 100], ['﹦100', 'eq', 100],
    ['＞=95%', 'ge', 0.95], ['不低于95%', 'ge', 0.95], ['不少于12次', 'ge', 12], ['不小于10', 'ge', 10],
    ['不超过5%', 'le', 0.05], ['不高于3', 'le', 3], ['不大于10', 'le', 10], ['30万元以内', 'le', 30], ['100人以上', 'ge', 100],
    ['大于0', 'gt', 0], ['高于80%', 'gt', 0.8], ['低于3%', 'lt', 0.03], ['小于5', 'lt', 5], ['等于100%', 'eq', 1],
  ] as const)('%s is %s %d', (text, operator, value) => {
    expect(parseTarget('', text, '')).toMatchObject({ kind: 'quantitative', operator, value, explicitOperator: true });
  });
  it('an operator alone in 指标性质, the value and unit beside it ("≧" | 95 | "%")', () => {
    expect(parseTarget('≧', '95', '%')).toMatchObject({ operator: 'ge', value: 0.95, percent: true });
  });
});

describe('numbers carrying their unit', () => {
  it('reads "2370人", "20万元", "≥266米", "150万" as numbers with their unit', () => {
    expect(parseNumber('2370人')).toMatchObject({ state: 'text-number', value: 2370, unit: '人' });
    expect(parseNumber('20万元')).toMatchObject({ value: 20, unit: '万元' });
    expect(parseNumber('≥266米')).toMatchObject({ value: 266, unit: '米', operator: '≥' });
    expect(parseNumber('150万')).toMatchObject({ value: 150, unit: '万' });
    expect(parseNumber('2021年12月完成').state).toBe('invalid');
  });
  it('amounts "100万" / "95万" under （万元） read as 100 and 95: the table is as correct as with bare numbers', () => {
    const grid = patch(P(), { C5: '100万', D5: '100万', E5: '95万', C6: '100万', D6: '100万', E6: '95万' });
    expect(alarms(grid)).toEqual([]);
    expect(run(grid).report.tables[0].budget?.rate).toBe(0.95);
  });
  it('an amount in 元 under （万元） is 10,000 times smaller: "950000元" is 95 (万元)', () => {
    expect(run(patch(P(), { E5: '950000元', E6: '950000元' })).report.tables[0].budget?.rate).toBe(0.95);
  });
  it('an amount in a unit that is no money ("95人") is not a number', () => {
    expect(brief(findingsOf(patch(P(), { E5: '95人' }), 'not-a-number'))).toEqual(['not-a-number@E5']);
  });
  it('an actual in 元 against a target in 万元 converts: "280000元" is 28 ≤ 30万元, full marks', () => {
    expect(alarms(patch(P(), { F13: '280000元' }))).toEqual([]);
  });
  it('…and "320000元" is 32 > 30: 30 ÷ 32 × 10 = 9.38 (反向, national)', () => {
    expect(findingsOf(patch(P(), { F13: '320000元', I13: '超支' }), 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['H13', 9.38]]);
  });
  it('a target and its actual read the same way: "20万元" against "≤30万元" is met', () => {
    expect(alarms(patch(P(), { F13: '20万元' }))).toEqual([]);
  });
  it('units that do not convert cannot be compared: "2100人" against "≥2000页"', () => {
    const f = findingsOf(patch(P(), { F10: '2100人' }), 'not-a-number');
    expect(f.map((x) => x.cell)).toEqual(['F10']);
    expect(f[0].message).toContain('单位不同，无法计分');
  });
});

describe('time targets', () => {
  it('"9月前", "2021年12月完成", "按期完成" are 时效 targets judged like qualitative ones, never a number', () => {
    for (const t of ['9月前', '2021年12月完成', '12月底前完成', '按期完成', '2022年底前']) {
      expect(parseTarget('', t, '')).toMatchObject({ kind: 'qualitative', timely: true });
    }
  });
  it('an actual month on or before the target month meets it: "8月" against "9月前" with 10 of 10 is fine', () => {
    expect(alarms(patch(P(), { E12: '9月前', F12: '8月' }))).toEqual([]);
  });
  it('a later month misses it: "10月" against "9月前" scored 10 of 10 is outside the 0–60% tier', () => {
    expect(brief(findingsOf(patch(P(), { E12: '9月前', F12: '10月' }), 'score-out-of-range'))).toEqual(['score-out-of-range@H12']);
  });
  it('"按期完成" as the actual of a deadline meets it', () => {
    expect(alarms(patch(P(), { E12: '2021年12月完成', F12: '按期完成' }))).toEqual([]);
  });
});

describe('预算执行率 as an indicator row with no target of its own', () => {
  // The budget 95 ÷ 100 = 95%; a 项目管理 row 预算执行率 weighted 10, target "—": min(95%, 1) × 10 = 9.5.
  const managed = (score: CellValue) => patch(P(), { B10: '项目管理(10分)', C10: '投入管理', D10: '预算执行率', E10: '—', F10: '95%', G10: 10, H10: score, G5: null, H5: null, F5: null, H16: 97.5 });
  it('is scored like the budget block: 9.5 is right', () => {
    expect(findingsOf(managed(9.5), 'score-mismatch')).toEqual([]);
  });
  it('and 10 is not', () => {
    expect(findingsOf(managed(10), 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['H10', 9.5]]);
  });
});
