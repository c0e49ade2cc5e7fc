// The parser on every messy form of domain.md §1.3, asserting the parsed model or the resulting findings/writes.
import { applyWrites, type CellValue, type Finding, type Grid, parseAddress, cellAddress } from '../../src/core';
import { locateTables } from '../../src/core/locate';
import type { IndicatorRow, Table } from '../../src/core/model';
import { parseTable } from '../../src/core/parse';
import { parseTarget } from '../../src/core/target';
import { parseNumber } from '../../src/core/text';
import { seed002Grid } from '../fixtures/seed002';
import { alarms, brief, correctProject, correctSeed002, findingsOf, patch, projectGrid, run } from './helpers';
import { fromDense, toDense } from '../support/dense';

function tables(grid: Grid): Table[] {
  return locateTables(grid).map(parseTable);
}
function indicator(table: Table, name: string): IndicatorRow {
  const row = table.groups.flatMap((g) => g.rows).find((r) => r.name === name);
  if (!row) throw new Error(`no indicator ${name}`);
  return row;
}
/** A bare 绩效指标 block: header in row 1, data below. */
function indicatorTable(header: string[], rows: CellValue[][], sheet = '指标'): Grid {
  return fromDense({ sheet, values: [header, ...rows] });
}
const key = (f: Finding) => `${f.rule}@${f.cell}=${JSON.stringify(f.expected)}`;
function shift(address: string, rows: number, cols: number): string {
  const { row, col } = parseAddress(address);
  return cellAddress(row + rows, col + cols);
}
function insertRows(g: Grid, at: number, rows: CellValue[][]): Grid {
  const d = toDense(g);
  return fromDense({
    ...d,
    values: [...d.values.slice(0, at), ...rows, ...d.values.slice(at)],
    formats: [...d.formats.slice(0, at), ...rows.map(() => []), ...d.formats.slice(at)],
    formulas: [...d.formulas.slice(0, at), ...rows.map(() => []), ...d.formulas.slice(at)],
  });
}

describe('merged cells: text only in the top-left cell', () => {
  const [table] = tables(seed002Grid());
  it('keeps rows under a merged 一级指标 in one group, with the weight from its label', () => {
    expect(table.groups.map((g) => [g.name, g.labelWeight, g.labelCell])).toEqual([
      ['投入管理', 20, 'A21'],
      ['产出指标', 40, 'A40'],
      ['效益指标', 30, 'A42'],
    ]);
    expect(indicator(table, '预算执行率').level1).toBe('投入管理指标(20分)');
  });
  it('carries a merged 二级指标 down to the rows below it', () => {
    expect(indicator(table, '专项资金细化率').level2).toBe('预算和财务管理');
    expect(indicator(table, '资产管理规范性').level2).toBe('预算和财务管理');
    expect(indicator(table, '评价结果应用率').level2).toBe('绩效管理');
    expect(indicator(table, '服务对象满意度').level2).toBe('满意度');
  });
  it('reads the same when the merge was undone and the labels filled down every row', () => {
    const filled: Record<string, string> = {};
    for (let r = 22; r <= 39; r++) filled[`A${r}`] = '投入 管理 指标 (20 分)';
    for (let r = 26; r <= 35; r++) filled[`B${r}`] = '预算和财 务管理';
    filled.A41 = '产出指标 (40分)';
    for (const r of [43, 44]) filled[`A${r}`] = '效益指标（30分）';
    const grid = patch(seed002Grid(), filled);
    expect(tables(grid)[0].groups.map((g) => [g.name, g.labelWeight, g.labelCell, g.rows.length])).toEqual(
      tables(seed002Grid())[0].groups.map((g) => [g.name, g.labelWeight, g.labelCell, g.rows.length]),
    );
    expect(run(grid).report.findings.map(key)).toEqual(run(seed002Grid()).report.findings.map(key));
  });
  it('reads the same with the adapter\'s merges listed', () => {
    const merged = { ...seed002Grid(), merges: ['A21:A39', 'B21:B23', 'B24:B35', 'B36:B39', 'A40:A41', 'A42:A44', 'B42:B43'] };
    expect(brief(run(merged).report.findings)).toEqual(brief(run(seed002Grid()).report.findings));
  });
});

describe('a score cell merged over three rows', () => {
  // The indicator's figures sit in the middle row (3), its 得分 cell is merged over G2:G4 and holds 20 in G2, its
  // top-left. 80 人次 against ≥100 人次 with weight 20 scores 80 ÷ 100 × 20 = 16.
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const grid = fromDense({
    sheet: '指标',
    values: [header, [null, null, null, null, null, null, 20], ['产出指标', '数量指标', '培训人次', '≥100人次', 80, 20, null], []],
    merges: ['G2:G4'],
  });
  it('reads the score from the merged area\'s top-left cell and writes there, never into another row', () => {
    const a = run(grid);
    expect(a.report.findings.filter((f) => f.rule === 'score-mismatch').map((f) => [f.cell, f.expected, f.actual])).toEqual([['G2', 16, 20]]);
    expect(a.plan.writes.map((w) => [w.cell, w.after])).toEqual([['G2', 16]]);
  });
  it('a second recalc counts the merged score once and writes nothing', () => {
    const once = applyWrites([grid], run(grid).plan.writes);
    expect(run(once).plan.writes).toEqual([]);
    expect(run(once).report.tables[0].groups.map((g) => [g.name, g.score])).toEqual([['产出指标', 16]]);
  });
});

describe('a merged header label with its value still blank', () => {
  // 自评得分 typed over F2:G2, nothing typed yet at H2: recalc fills H2, never the label's own merged cell G2.
  const blankTotal = () => patch(seed002Grid(), { G2: null });
  it('writes the total past the merge when the adapter lists it', () => {
    // 自评结果 is merged F3:G3 too, its grade typed in H3.
    const grid = { ...patch(blankTotal(), { G3: null, H3: '优' }), merges: ['F2:G2', 'F3:G3'] };
    const writes = run([grid]).plan.writes.filter((w) => ['G2', 'H2', 'G3', 'H3'].includes(w.cell));
    expect(writes).toEqual([{ sheet: grid.sheet, cell: 'H2', before: null, after: 100 }]);
  });
  it('falls back to the next cell where merges are unknown (Office.js)', () => {
    const writes = run([blankTotal()]).plan.writes.filter((w) => ['G2', 'H2'].includes(w.cell));
    expect(writes.map((w) => [w.cell, w.after])).toEqual([['G2', 100]]);
  });
});

describe('labels broken by spaces and line breaks', () => {
  const [table] = tables(seed002Grid());
  it('reads "预算执 行率", "年初预算 数", "实际完 成值" headers as their columns', () => {
    const total = table.budgetRows.find((b) => b.key === 'total')!;
    expect([total.initial?.cell, total.adjusted?.cell, total.executed?.cell, total.rate?.cell, total.weight?.cell, total.score?.cell]).toEqual(['D15', 'E15', 'F15', 'G15', 'H15', 'I15']);
    expect(indicator(table, '预算执行率').actual?.cell).toBe('F26');
  });
  it('joins "“三公经费”控 制率" and "管理制度健全\\n性" into one name', () => {
    expect(indicator(table, '“三公经费”控制率').target).toMatchObject({ operator: 'le', value: 1, percent: true });
    expect(table.groups[0].rows.map((r) => r.name)).toContain('管理制度健全性');
  });
  it('finds the budget rows behind "1、资金来源: (1) 财政 性资金" and "(2) 项目 支出"', () => {
    expect(table.budgetRows.map((b) => b.key)).toEqual(['total', 'fiscal', 'other', 'basic', 'project']);
  });
  it('a reverse-by-name indicator with a broken label and no operator ("“三公经费”控 制率" 100%) is scored 反向', () => {
    const grid = indicatorTable(['三级指标', '指标值', '实际完成值', '分值', '得分'], [['“三公经费”控 制率', '100%', '23%', 2, 2]]);
    const row = indicator(tables(grid)[0], '“三公经费”控制率');
    expect(row.target).toMatchObject({ operator: 'le', value: 1, explicitOperator: false });
    expect(alarms(grid)).toEqual([]);
  });
});

describe('其中：/ 其中: and full-width punctuation', () => {
  it.each(['其中：当年财政拨款', '其中:当年财政拨款', '其中: 本年财政拨款', '财政拨款'])('"%s" is the fiscal row', (label) => {
    const grid = patch(projectGrid(correctProject()), { B6: label });
    expect(tables(grid)[0].budgetRows.map((b) => b.key)).toEqual(['total', 'fiscal', 'carryover', 'other']);
    expect(alarms(grid)).toEqual([]);
  });
  it('a fiscal row that does not add up is caught whichever colon is used', () => {
    for (const label of ['其中：当年财政拨款', '其中:当年财政拨款']) {
      const grid = patch(projectGrid(correctProject()), { B6: label, C6: 90 });
      expect(brief(findingsOf(grid, 'sum-mismatch'))).toEqual(['sum-mismatch@C5']);
    }
  });
});

describe('numbers as text, "51.78%" text, fractions formatted 0.00%', () => {
  it('parseNumber reads each form', () => {
    expect(parseNumber('134.5')).toMatchObject({ state: 'text-number', value: 134.5, percent: false });
    expect(parseNumber('51.78%')).toMatchObject({ state: 'text-number', value: 0.5178, percent: true, percentDecimals: 2 });
    expect(parseNumber(0.5178, '0.00%')).toMatchObject({ state: 'number', value: 0.5178, percent: true, percentDecimals: 2 });
    expect(parseNumber('１３４．５')).toMatchObject({ state: 'text-number', value: 134.5 });
    expect(parseNumber('９０％')).toMatchObject({ state: 'text-number', value: 0.9, percent: true });
    expect(parseNumber(' 1,207.96 ')).toMatchObject({ state: 'text-number', value: 1207.96 });
    expect(parseNumber('100百分比')).toMatchObject({ value: 1, percent: true });
  });
  it('seed 002 typed with text amounts and "51.78%" text rates gives the same findings (plus number-as-text notes)', () => {
    const text = patch(seed002Grid(), { D6: '134.5', G6: '69.64', I6: '51.78%', I10: '1.43%', D15: '1207.96', E15: '1125.54', F15: '1125.54' });
    const got = run(text).report.findings.filter((f) => f.rule !== 'number-as-text').map(key);
    expect(got).toEqual(run(seed002Grid()).report.findings.filter((f) => f.rule !== 'number-as-text').map(key));
    expect(findingsOf(text, 'number-as-text').map((f) => f.cell)).toEqual(expect.arrayContaining(['D6', 'G6', 'I6', 'I10', 'D15', 'E15', 'F15']));
  });
});

describe('full-width ％, ﹦, ＞ and full-width digits', () => {
  it('parseTarget folds them', () => {
    expect(parseTarget('', '≥９０％', '', 'x')).toMatchObject({ kind: 'quantitative', operator: 'ge', value: 0.9, percent: true });
    expect(parseTarget('', '﹦100', '', 'x')).toMatchObject({ operator: 'eq', value: 100 });
    expect(parseTarget('', '＞２０００', '页', 'x')).toMatchObject({ operator: 'gt', value: 2000, unit: '页' });
    expect(parseTarget('', '≤30万元', '', 'x')).toMatchObject({ operator: 'le', value: 30, unit: '万元' });
    expect(parseTarget('', '≥100百分比', '', 'x')).toMatchObject({ operator: 'ge', value: 1, percent: true });
    expect(parseTarget('', '=100', '', 'x')).toMatchObject({ operator: 'eq', value: 100 });
  });
  it('a table typed in full-width reads as the half-width one', () => {
    const grid = patch(projectGrid(correctProject()), { E11: '≥９８％', F11: '９９％', E15: '＞９０％', F15: '９３％', E10: '﹦2100页' });
    expect(alarms(grid)).toEqual([]);
    const [t] = tables(grid);
    expect(indicator(t, '数字化合格率').target).toMatchObject({ operator: 'ge', value: 0.98 });
    expect(indicator(t, '查档群众满意度').target).toMatchObject({ operator: 'gt', value: 0.9 });
    expect(indicator(t, '档案数字化页数').target).toMatchObject({ operator: 'eq', value: 2100 });
  });
  it('a full-width figure that misses is still scored', () => {
    const grid = patch(projectGrid(correctProject()), { E11: '≥９８％', F11: '４９％', I11: '设备故障' });
    expect(findingsOf(grid, 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['H11', 5]]);
  });
});

describe('operator in its own column (指标性质 / 指标符号) with the value next to it', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因'];
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', '≥', '2000', '人次', 2100, 20, 20, null],
    [null, '质量指标', '培训合格率', '大于等于', '98', '%', 0.99, 10, 10, null],
    [null, null, '差错件数', '﹦', '0', '件', 0, 10, 10, null],
    [null, '成本指标', '培训成本', '小于等于', '30', '万元', 28, 10, 10, null],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '＞', '９０', '％', '９５％', 10, 10, null],
  ];
  const grid = indicatorTable(header, rows);
  it('reads the operator from its column', () => {
    const [t] = tables(grid);
    expect(t.groups.flatMap((g) => g.rows).map((r) => [r.target.operator, r.target.value, r.target.percent])).toEqual([
      ['ge', 2000, false],
      ['ge', 0.98, true],
      ['eq', 0, false],
      ['le', 30, false],
      ['gt', 0.9, true],
    ]);
  });
  it('a correct table stays silent', () => expect(alarms(grid)).toEqual([]));
  it('scores 反向 from "小于等于" and 等于 0 from "﹦"', () => {
    const wrong = patch(grid, { G4: 1, G5: 36 });
    expect(findingsOf(wrong, 'score-mismatch').map((f) => [f.cell, f.expected])).toEqual([['I4', 0], ['I5', 8.33]]);
  });
  it('指标符号 as the header name works too', () => {
    expect(alarms(patch(grid, { D1: '指标符号' }))).toEqual([]);
    expect(tables(patch(grid, { D1: '指标符号' }))[0].groups[0].rows[3].target.operator).toBe('le');
  });
});

describe('operator in 指标值, value in 度量单位 (seed 002: "≥" | "90%")', () => {
  const [table] = tables(seed002Grid());
  it('reads the target', () => {
    expect(indicator(table, '预算执行率').target).toMatchObject({ kind: 'quantitative', operator: 'ge', value: 0.9, percent: true, text: '≥90%' });
    expect(indicator(table, '结转结余率').target).toMatchObject({ operator: 'le', value: 1, percent: true });
  });
  it('"≤" | "%" placeholders have no value and are not scored', () => {
    const row = indicator(table, '预算调整率');
    expect(row.target.kind).toBe('none');
    expect(row.weight?.state).toBe('blank');
  });
  it('"定性指标" in 度量单位 marks a qualitative indicator', () => {
    expect(indicator(table, '决算真实性').target).toMatchObject({ kind: 'qualitative', text: '真实' });
  });
});

describe('a separate 指标方向 column', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标方向', '指标值', '度量单位', '实际完成值', '分值', '得分', '原因'];
  const grid = (direction: string, score: number) =>
    indicatorTable(header, [['产出指标', '成本指标', '办公费用', direction, 30, '万元', 36, 10, score, '物价上涨']]);
  it('反向 with a bare value: 36 against 30 scores 30 ÷ 36 × 10 = 8.33', () => {
    expect(indicator(tables(grid('反向', 8.33))[0], '办公费用').target.operator).toBe('ge'); // inferred, not typed
    expect(alarms(grid('反向', 8.33))).toEqual([]);
    expect(findingsOf(grid('反向', 10), 'score-mismatch').map((f) => f.expected)).toEqual([8.33]);
  });
  it('正向 with a bare value: 36 against 30 is met (10)', () => {
    expect(alarms(grid('正向', 10))).toEqual([]);
    expect(findingsOf(grid('正向', 8.33), 'score-mismatch').map((f) => f.expected)).toEqual([10]);
  });
  it('yitihua scores the 反向 miss linearly: 10 × (1 − 6 ÷ 30) = 8', () => {
    expect(alarms(grid('反向', 8), { profile: 'yitihua' })).toEqual([]);
  });
});

describe('"(%)" percent-number columns: 100 means 100%', () => {
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值(%)', '分值', '得分', '偏差原因分析及改进措施'];
  it('95 under "实际完成值(%)" meets ≥90%', () => {
    const grid = indicatorTable(header, [['满意度指标', '服务对象满意度指标', '满意度', '≥90%', 95, 10, 10, null]]);
    expect(indicator(tables(grid)[0], '满意度').actual).toMatchObject({ value: 95, percentColumn: true });
    expect(alarms(grid)).toEqual([]);
  });
  it('1 under "实际完成值(%)" is 1%, half of ≥2% (5 of 10), not 100%', () => {
    const grid = indicatorTable(header, [['产出指标', '质量指标', '差错率', '≥2%', 1, 10, 10, '原因']]);
    expect(findingsOf(grid, 'score-mismatch').map((f) => f.expected)).toEqual([5]);
  });
  it('budget "执行率(%)" written as a percent number', () => {
    const grid = patch(projectGrid(correctProject()), { G4: '执行率(%)', G5: 59, G6: 95 }, { G5: null, G6: null });
    expect(run(grid).report.writes.filter((w) => w.cell === 'G5')).toEqual([{ sheet: grid.sheet, cell: 'G5', before: 59, after: 95 }]);
  });
});

describe('"—", "——", "/", "-" and blank mean not applicable', () => {
  it.each(['—', '——', '/', '-', '', null])('parseNumber(%p) is not a value', (v) => {
    expect(parseNumber(v).value).toBeNull();
    expect(['na', 'blank']).toContain(parseNumber(v).state);
  });
  it('in amounts, weights and scores they raise nothing and are never written over', () => {
    const grid = projectGrid(correctProject({ carryover: ['—', '——', '/'], other: ['-', '/', '—'] }));
    const a = run(patch(grid, { G7: '—', G8: '/' }));
    expect(a.report.findings).toEqual([]);
    expect(a.report.writes.map((w) => w.cell)).not.toContain('G7');
    expect(a.report.writes.map((w) => w.cell)).not.toContain('G8');
  });
});

describe('0 / 0 rows are not applicable, never an error', () => {
  it('a project sub-row 0 / 0 / 0 with rate 0 or blank', () => {
    for (const rate of [0, null, '—']) {
      const grid = patch(projectGrid(correctProject({ carryover: [0, 0, 0] })), { G7: rate });
      const a = run(grid);
      expect(a.report.findings).toEqual([]);
      expect(a.report.writes.map((w) => w.cell)).not.toContain('G7');
    }
  });
  it('a seed 002 task with budget 0 and execution 0', () => {
    const grid = patch(correctSeed002(), { D9: 0, E9: 0, D12: 25, E12: 25 });
    const a = run(grid);
    expect(a.report.findings.filter((f) => f.cell === 'I9' || f.cell === 'D19')).toEqual([]);
    expect(a.report.writes.map((w) => w.cell)).not.toContain('I9');
  });
  it('an empty budget (0 / 0) gives no budget score expectation', () => {
    const grid = projectGrid(correctProject({ total: [0, 0, 0], fiscal: [0, 0, 0], budgetRate: null, fiscalRate: null, budgetScore: null }));
    expect(run(grid).report.findings.filter((f) => ['rate-mismatch', 'score-mismatch', 'missing-value'].includes(f.rule))).toEqual([]);
  });
});

describe('a table starting at C4', () => {
  it('gives the same findings and writes, shifted by 3 rows and 2 columns', () => {
    const a = run(seed002Grid());
    const b = run(seed002Grid({ top: 3, left: 2 }));
    expect(b.report.findings.map(key)).toEqual(a.report.findings.map((f) => key({ ...f, cell: shift(f.cell, 3, 2) })));
    expect(b.report.findings.map((f) => f.related)).toEqual(a.report.findings.map((f) => f.related.map((c) => shift(c, 3, 2))));
    expect(b.report.writes.map((w) => [w.cell, w.after])).toEqual(a.report.writes.map((w) => [shift(w.cell, 3, 2), w.after]));
    expect(b.report.tables[0].range).toBe('C4:K55');
  });
  it('a project table at C4 too', () => {
    const base = projectGrid(correctProject({ budgetScore: 9 }));
    const d = toDense(base);
    const moved = fromDense({ ...d, values: [[], [], [], ...d.values.map((r) => [null, null, ...r])], formats: [[], [], [], ...d.formats.map((r) => [null, null, ...r])], formulas: [] });
    expect(run(moved).report.findings.map(key)).toEqual(run(base).report.findings.map((f) => key({ ...f, cell: shift(f.cell, 3, 2) })));
  });
});

describe('extra sheets and several tables', () => {
  const cover: Grid = fromDense({ sheet: '说明', values: [['填表说明'], ['1. 金额单位为万元；'], ['2. 自评得分', '按评分规则计算'], [null, null, '预算执行率', 0.5]] });
  it('sheets without a table are skipped', () => {
    const a = run([cover, seed002Grid()]);
    expect(a.report.tables.map((t) => t.sheet)).toEqual(['部门整体绩效自评表']);
    expect(a.report.findings.map(key)).toEqual(run(seed002Grid()).report.findings.map(key));
  });
  it('no table at all gives no tables and no findings', () => {
    const a = run([cover]);
    expect(a.report.tables).toEqual([]);
    expect(a.report.findings).toEqual([]);
    expect(a.plan.writes).toEqual([]);
  });
  it('one table per sheet: a department sheet and a project sheet', () => {
    const a = run([seed002Grid(), projectGrid(correctProject({ budgetScore: 9 }))]);
    expect(a.report.tables.map((t) => [t.sheet, t.kind])).toEqual([['部门整体绩效自评表', 'department'], ['项目支出绩效自评表', 'project']]);
    // Budget score 9 for 95%: the score is flagged, and so is the 总分 97.5 the entered parts (97) no longer give.
    expect(a.report.findings.filter((f) => f.sheet === '项目支出绩效自评表').map((f) => `${f.rule}@${f.cell}`)).toEqual(['score-mismatch@H5', 'total-mismatch@H16']);
    expect(a.report.writes.filter((w) => w.sheet === '项目支出绩效自评表').map((w) => [w.cell, w.after])).toEqual([['H5', 9.5]]);
  });
  it('two project tables stacked on one sheet', () => {
    const first = toDense(projectGrid(correctProject()));
    const second = toDense(projectGrid(correctProject({ name: '第二个项目', budgetRate: 0.59 })));
    const offset = first.values.length + 1;
    const grid: Grid = fromDense({ sheet: '项目', values: [...first.values, [], ...second.values], formats: [...first.formats, [], ...second.formats] });
    const a = run(grid);
    expect(a.report.tables.map((t) => t.name)).toEqual(['档案数字化建设项目', '第二个项目']);
    expect(a.report.tables[1].range.endsWith(`I${offset + 16}`)).toBe(true);
    // Each table keeps its own title row: the second one's "项目支出绩效自评表" is not the first one's last row.
    expect(a.report.tables.map((t) => t.range)).toEqual(['A1:I16', `A${offset + 1}:I${offset + 16}`]);
    expect(brief(a.report.findings)).toEqual([`rate-mismatch@G${offset + 5}`]);
  });
  it('a department table with a project table below it', () => {
    const dept = toDense(correctSeed002());
    const proj = toDense(projectGrid(correctProject({ budgetScore: 9 })));
    const offset = dept.values.length + 2;
    const grid: Grid = fromDense({ sheet: '表', values: [...dept.values, [], [], ...proj.values], formats: [...dept.formats, [], [], ...proj.formats], merges: dept.merges });
    const a = run(grid);
    expect(a.report.tables.map((t) => t.kind)).toEqual(['department', 'project']);
    expect(brief(alarms(grid))).toEqual([`score-mismatch@H${offset + 5}`, `total-mismatch@H${offset + 16}`]);
  });
});

describe('column-name variants', () => {
  it('seed 002 with 自评总分, 评价等级, 全年预算数, 全年执行数, 权重, 年度指标值, 完成值, 指标权重(分), 偏差原因', () => {
    const variant = patch(seed002Grid(), {
      F2: '自评总分', F3: '评价等级', E14: '全年预算数', F14: '全年执行数', H14: '权重',
      D20: '年度指标值', F20: '完成值', G20: '指标权重(分)', I20: '偏差原因', A47: '指标名称', B47: '权重',
    });
    expect(run(variant).report.findings.map(key)).toEqual(run(seed002Grid()).report.findings.map(key));
    expect(run(variant).report.writes).toEqual(run(seed002Grid()).report.writes);
  });
  it('a project table with 调整后预算数, 预算执行数, 权重, 指标值, 全年实际值, 原因, 合计 row and 自评等级', () => {
    const base = projectGrid(correctProject({ budgetScore: 9, grade: '良' }));
    const variant = patch(base, { G2: '自评等级', D4: '调整后预算数', E4: '预算执行数', F4: '权重', E9: '指标值', F9: '全年实际值', G9: '权重', I9: '原因', B16: '合计' });
    expect(run(variant).report.findings.map(key)).toEqual(run(base).report.findings.map(key));
    expect(brief(alarms(base))).toEqual(['grade-mismatch@H2', 'score-mismatch@H5', 'total-mismatch@H16']);
  });
  it('reason, actual and target headers worded outside the synonym lists', () => {
    const base = projectGrid(correctProject());
    const variant = patch(base, { E9: '年度目标值', F9: '全年实际完成值', I9: '未完成原因及改进措施' });
    const [table] = tables(variant);
    const row = table.groups[0].rows[0];
    expect([row.target.text, row.actual?.cell, row.reason?.cell]).toEqual([tables(base)[0].groups[0].rows[0].target.text, 'F10', 'I10']);
    expect(run(variant).report.findings.map(key)).toEqual(run(base).report.findings.map(key));
    // The reason column is still read: 1800 of ≥2000 pages scores 18 of 20, and its reason is missing.
    const deducted = { F10: 1800, H10: 18, H16: 93 };
    expect(brief(alarms(patch(variant, deducted)))).toContain('deviation-unexplained@I10');
    expect(brief(alarms(patch(variant, deducted)))).toEqual(brief(alarms(patch(base, deducted))));
  });
  it('年初指标值 and 全年完成值 headers', () => {
    const base = projectGrid(correctProject());
    expect(alarms(patch(base, { E9: '年初指标值', F9: '全年完成值' }))).toEqual([]);
    expect(brief(alarms(patch(base, { E9: '年初指标值', F9: '全年完成值', H11: 9, I11: '略有不足' })))).toEqual(['score-mismatch@H11', 'total-mismatch@H16']);
  });
});

describe('the 年度总体目标 rows of a project table (财预〔2020〕10号)', () => {
  it('text under the amount columns is not read as budget figures', () => {
    const grid = insertRows(projectGrid(correctProject()), 8, [
      ['年度总体目标', '预期目标', null, null, null, '实际完成情况', null, null, null],
      [null, '完成2000页档案数字化，提升查阅便利度', null, null, null, '完成2100页档案数字化，群众查档更便捷', null, null, null],
    ]);
    expect(run(grid).report.findings).toEqual([]);
    expect(tables(grid)[0].budgetRows.map((b) => b.key)).toEqual(['total', 'fiscal', 'carryover', 'other']);
  });
});
