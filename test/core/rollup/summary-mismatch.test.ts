// summary-mismatch: a 项目支出绩效自评汇总表 checked against the project tables of its workbook (fixtures.ts works every
// figure out by hand). The truth is always the tables, so one wrong figure gives one finding, at that figure.
import { analyzeWorkbook, applyWrites, type Finding } from '../../../src/core';
import { fromDense } from '../../support/dense';
import { patch } from '../helpers';
import { archive, car, department, investment, ROLLUP_SHEET, rollupRows, rollupWith } from './fixtures';

const mismatches = (findings: Finding[]) => findings.filter((f) => f.rule === 'summary-mismatch');

function check(rows = rollupRows(), tables = [archive(), car(), investment()]) {
  const analysis = analyzeWorkbook(department(rows, tables));
  return { ...analysis, found: mismatches(analysis.report.findings) };
}

describe('a roll-up that agrees with its tables', () => {
  const { report, remaining, found } = check();

  it('is not taken for a self-evaluation table: three tables, the roll-up apart', () => {
    expect(report.tables.map((t) => t.sheet)).toEqual(['档案数字化建设项目', '公车租赁费', '招商引资专项经费']);
    expect(report.rollups?.map((r) => [r.sheet, r.range])).toEqual([[ROLLUP_SHEET, 'A1:H8']]);
  });

  it('matches every row to its table, 招商引资专项 to 招商引资专项经费 too, and finds nothing', () => {
    expect(report.rollups![0].rows.map((r) => r.table?.sheet)).toEqual(['档案数字化建设项目', '公车租赁费', '招商引资专项经费']);
    expect(found).toEqual([]);
    expect(report.findings.filter((f) => f.sheet === ROLLUP_SHEET)).toEqual([]);
    expect(remaining.filter((f) => f.sheet === ROLLUP_SHEET)).toEqual([]);
  });

  it('states and computes the same totals: 3 projects, 139 / 114.44 万元 (the 元 table converted), average 93.97', () => {
    const { stated, computed } = report.rollups![0];
    expect(stated).toEqual({ count: 3, budgetInitial: 139, budgetAdjusted: 139, executed: 114.44, rate: 0.8233, averageScore: 93.97 });
    // 114.44 ÷ 139 = 0.8233094 → 0.823309
    expect(computed).toEqual({ count: 3, budgetInitial: 139, budgetAdjusted: 139, executed: 114.44, rate: 0.823309, averageScore: 93.97 });
  });
});

describe('one wrong figure: exactly one finding, at that cell, with both figures and both cells', () => {
  it('an executed amount (公车租赁费 20 for 18.24): not fixable, the 合计 is not blamed', () => {
    const { found, report } = check(rollupWith({ E5: 20 }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: ROLLUP_SHEET, cell: 'E5', severity: 'error', expected: 18.24, actual: 20, fixable: false, related: ['公车租赁费!E5'] });
    expect(found[0].message).toBe('汇总表中“公车租赁费”的全年执行数为 20，其自评表（公车租赁费!E5）为 18.24');
    expect(report.writes.filter((w) => w.sheet === ROLLUP_SHEET)).toEqual([]); // amounts are never written
  });

  it('an amount of the 元 table, compared in the roll-up’s 万元 (150,000 元 = 15 万元, typed 1.5)', () => {
    const { found } = check(rollupWith({ C6: 1.5 }));
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['C6', 15, 1.5]]);
    expect(found[0].related).toEqual(['招商引资专项经费!C5']);
  });

  it('a score (88 for 88.8): the table’s 总分 cell is named', () => {
    const { found } = check(rollupWith({ G6: 88 }));
    expect(found.map((f) => [f.cell, f.expected, f.actual, f.related])).toEqual([['G6', 88.8, 88, ['招商引资专项经费!H16']]]);
  });

  it('a rate (67% for 18.24 ÷ 24 = 76%): fixable, recalc writes 76%', () => {
    const { found, report, remaining } = check(rollupWith({ F5: 0.67 }));
    expect(found.map((f) => [f.cell, f.expected, f.actual, f.fixable])).toEqual([['F5', 0.76, 0.67, true]]);
    expect(report.writes.filter((w) => w.sheet === ROLLUP_SHEET)).toEqual([{ sheet: ROLLUP_SHEET, cell: 'F5', before: 0.67, after: 0.76 }]);
    expect(mismatches(remaining)).toEqual([]);
  });

  it('a grade (良 for 97.5, which is 优 from 90): fixable', () => {
    const { found, report } = check(rollupWith({ H4: '良' }));
    expect(found.map((f) => [f.cell, f.expected, f.actual, f.fixable])).toEqual([['H4', '优', '良', true]]);
    expect(report.writes.filter((w) => w.sheet === ROLLUP_SHEET)).toEqual([{ sheet: ROLLUP_SHEET, cell: 'H4', before: '良', after: '优' }]);
  });

  it('the average (94.25 for 93.97)', () => {
    const { found } = check(rollupWith({ G8: 94.25 }));
    expect(found.map((f) => [f.cell, f.expected, f.actual, f.fixable])).toEqual([['G8', 93.97, 94.25, true]]);
    expect(found[0].message).toContain('3 个得分之和 281.9 ÷ 3');
  });
});

describe('a roll-up with a wrong total', () => {
  it('合计 执行数 114.4 for 95 + 18.24 + 1.2 = 114.44: one finding, and recalc writes the sum', () => {
    const rows = rollupWith({ E7: 114.4 });
    const { found, report, remaining } = check(rows);
    expect(found.map((f) => [f.cell, f.expected, f.actual, f.fixable])).toEqual([['E7', 114.44, 114.4, true]]);
    expect(found[0].message).toBe('汇总表“合计（共3个项目）”行的全年执行数应为 114.44（所列 3 张自评表的全年执行数之和），表中为 114.4');
    expect(report.writes.filter((w) => w.sheet === ROLLUP_SHEET)).toEqual([{ sheet: ROLLUP_SHEET, cell: 'E7', before: 114.4, after: 114.44 }]);
    expect(mismatches(remaining)).toEqual([]);
  });

  it('合计 执行率 80% for 114.44 ÷ 139 = 82.33%', () => {
    const { found } = check(rollupWith({ F7: 0.8 }));
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['F7', 0.8233, 0.8]]);
  });

  it('a 合计 typed as the sum of rounded rows is no mismatch (89.974 shown as 89.97)', () => {
    // The 元 table executes 12,000 元 = 1.2 万元; make the archive table execute 89.974 and the roll-up show 89.97.
    const tables = [archive(), car(), investment()];
    tables[0] = patch(tables[0], { E5: 89.974, E6: 89.974, G5: 0.8997, H5: 9, G6: 0.8997, H16: 97 });
    const rows = rollupWith({ E4: 89.97, F4: 0.8997, G4: 97, E7: 109.41, F7: 0.7871, G8: 93.8 });
    // rows: 89.97 + 18.24 + 1.2 = 109.41; tables: 89.974 + 18.24 + 1.2 = 109.414; (97 + 95.6 + 88.8) ÷ 3 = 93.8
    expect(check(rows, tables).found).toEqual([]);
  });

  it('blank derived cells are filled without a finding: 合计 rate and the average', () => {
    const { found, report } = check(rollupWith({ F7: null, G8: null }));
    expect(found).toEqual([]);
    const writes = report.writes.filter((w) => w.sheet === ROLLUP_SHEET);
    expect(writes.map((w) => [w.cell, w.after])).toEqual([['F7', 0.8233], ['G8', 93.97]]);
  });
});

describe('the list against the tables the workbook holds', () => {
  it('a table not listed: one finding on the 合计 line naming it (3 tables, 2 accounted for)', () => {
    const rows = rollupRows();
    rows.splice(2, 1);
    rows[2] = ['合计（共2个项目）', null, 124, 124, 113.24, 0.9132, null, null]; // 100 + 24; 95 + 18.24; 113.24 ÷ 124
    rows[3] = ['平均得分', null, null, null, null, null, 96.55, null]; // (97.5 + 95.6) ÷ 2
    const { found } = check(rows);
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['A6', 3, 2]]);
    expect(found[0].message).toBe('工作簿中有 3 张项目支出绩效自评表，汇总表只对应上其中 2 张，未列入：招商引资专项经费');
  });

  it('a row whose name matches no table, and the table it failed to name', () => {
    const { found } = check(rollupWith({ B6: '招商引资补助' }));
    expect(found.map((f) => f.cell)).toEqual(['B6', 'A7']);
    expect(found[0].message).toBe('汇总表列出的“招商引资补助”在本工作簿中没有对应的项目支出绩效自评表（按名称比对）');
  });

  it('a table listed twice', () => {
    const { found } = check(rollupWith({ B6: '公车租赁费', C6: 24, D6: 24, E6: 18.24, F6: 0.76, G6: 95.6, H6: '优' }));
    const duplicate = found.find((f) => f.cell === 'B6')!;
    expect(duplicate.message).toBe('汇总表中“公车租赁费”与第 5 行对应同一张自评表（公车租赁费!B2），重复列出');
  });

  it('a count that is not the number listed (共4个 for three rows)', () => {
    const { found } = check(rollupWith({ A7: '合计（共4个项目）' }));
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['A7', 3, 4]]);
  });

  it('without any table in the workbook the rows are checked among themselves only', () => {
    const analysis = analyzeWorkbook(department(rollupWith({ E7: 114.4 }), []));
    expect(analysis.report.tables).toEqual([]);
    expect(mismatches(analysis.report.findings).map((f) => [f.cell, f.expected])).toEqual([['E7', 114.44]]);
  });
});

describe('the table is wrong, and the roll-up copied it', () => {
  it('公车租赁费 says 96 where its parts give 95.6: the roll-up’s 96 is flagged with both figures', () => {
    const { report, remaining } = check(rollupWith({ G5: 96, G8: 94.1 }), [archive(), car(96), investment()]);
    // (97.5 + 95.6 + 88.8) ÷ 3 = 93.97 once the table is recalculated; the roll-up's average 94.1 is off as well
    const found = mismatches(report.findings);
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['G5', 95.6, 96], ['G8', 93.97, 94.1]]);
    expect(found[0].message).toBe('汇总表中“公车租赁费”的自评得分为 96，其自评表（公车租赁费!H16）的总分为 95.6（表中填 96，重算后为 95.6）');
    expect(report.findings.some((f) => f.rule === 'total-mismatch' && f.sheet === '公车租赁费' && f.cell === 'H16')).toBe(true);
    // recalc fixes the table and the average, never the typed score: G5 remains for a person
    expect(mismatches(remaining).map((f) => f.cell)).toEqual(['G5']);
  });
});

it('speaks English when asked', () => {
  const found = mismatches(analyzeWorkbook(department(rollupWith({ E5: 20 })), { locale: 'en-US' }).report.findings);
  expect(found[0].message).toBe('The roll-up gives “全年执行数” of “公车租赁费” as 20; its table (“公车租赁费!E5”) says 18.24');
});

it('recalc twice is recalc once on the roll-up', () => {
  const grids = department(rollupWith({ F5: 0.5, E7: 100, H4: '中' }));
  const once = analyzeWorkbook(grids).report.writes;
  expect(once.map((w) => w.cell).sort()).toEqual(['E7', 'F5', 'H4']);
  const again = analyzeWorkbook(applyWrites(grids, once)).report;
  expect(again.writes).toEqual([]);
  expect(mismatches(again.findings)).toEqual([]);
});

describe('roll-ups laid out otherwise', () => {
  it('a two-row header (项目资金（万元） over 年初预算数 | 全年预算数 | 全年执行数) and the average on the 合计 line', () => {
    const values = [
      ['序号', '项目名称', '项目资金（万元）', null, null, '执行率', '自评得分', '自评等级'],
      [null, null, '年初预算数', '全年预算数', '全年执行数', null, null, null],
      ...rollupRows().slice(0, 3),
      ['合计', null, 139, 139, 114.44, 0.8233, 94, null], // no 平均 line: the 合计 score is the average, 93.97
    ];
    const grid = fromDense({ sheet: ROLLUP_SHEET, values, formats: values.map(() => [null, null, null, null, null, '0.00%']) });
    const analysis = analyzeWorkbook([grid, archive(), car(), investment()]);
    expect(analysis.report.tables).toHaveLength(3);
    expect(mismatches(analysis.report.findings).map((f) => [f.cell, f.expected, f.actual])).toEqual([['G6', 93.97, 94]]);
  });

  it('a weighted average line (加权平均得分) is weighted by budget', () => {
    const rows = rollupWith({ A8: '加权平均得分', G8: 96.23 }); // (97.5 × 100 + 95.6 × 24 + 88.8 × 15) ÷ 139 = 96.2331
    expect(check(rows).found).toEqual([]);
    expect(check(rollupWith({ A8: '加权平均得分' })).found.map((f) => [f.cell, f.expected])).toEqual([['G8', 96.23]]);
  });

  it('a table’s own header rows are no roll-up: labels beside their values, or a budget block of its own', () => {
    // 项目名称 | 自评得分 | 自评结果 in one row, then the table's 项目资金 header (found by the property test)
    const header = fromDense({ sheet: 'S', values: [['自评结果', '项目名称', '自评得分', '优'], [], [], ['全年预算数', '全年执行数', '项目资金（万元）'], ['!', 0, '0%']] });
    // 部门名称 | name | 自评得分 | 98 | 自评结果 | 优 in one row, over a budget block
    const inline = fromDense({ sheet: 'D', values: [['部门名称', '某区财政局', '自评得分', 98, '自评结果', '优'], ['预算情况', '年初预算数', '调整预算数', '预算执行数'], ['部门预算总额', 100, 100, 95]] });
    for (const grid of [header, inline]) {
      const analysis = analyzeWorkbook([grid]);
      expect([grid.sheet, analysis.report.rollups]).toEqual([grid.sheet, undefined]);
      expect(mismatches(analysis.report.findings)).toEqual([]);
    }
  });

  it('a sheet with an indicator block is a table even when a row reads like a roll-up header', () => {
    const analysis = analyzeWorkbook([archive()]);
    expect(analysis.report.rollups).toBeUndefined();
    expect(analysis.report.tables).toHaveLength(1);
  });
});
