import { analyzeWorkbook, type CellValue } from '../../../src/core';
import { tableUnreadable } from '../../../src/core/rules/table-unreadable';
import { seed002Grid } from '../../fixtures/seed002';
import { fromDense } from '../../support/dense';
import { correctProject, projectGrid } from '../helpers';
import { points, ruleTester, text } from '../rule-tester';

const none = { related: [], expected: null, actual: null, fixable: false, write: null };

const sheet = (values: CellValue[][], name = 'Sheet1') => fromDense({ sheet: name, values });

// A Chongqing-style 部门整体 table typed with headers no region uses (考核内容 / 目标 / 满分 / 实得): its title and the
// words 指标名称, 年初预算数 … make it a self-evaluation table, yet neither block can be read.
const unreadable = sheet([
  ['部门整体绩效自评表'],
  ['主管部门', '某区融媒体中心', '自评总分（分）', 97.6],
  ['资金', '年初', '调整后', '支出', '比例'],
  [null, 1200, 1180, 896.8, 0.76],
  ['指标名称', '考核内容', '目标', '满分', '实得'],
  ['播发稿件数量', '篇', '≥2200篇', 10, 10],
]);

// The project table without its 绩效指标 block (the sheet ends after 项目资金).
const budgetOnly = sheet(
  [
    ['项目支出绩效自评表'],
    ['项目名称', '档案数字化建设项目'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 100, 100, 95, 10, 0.95, 9.5],
    ['绩效指标', '考核内容'],
    [null, '档案数字化页数'],
  ],
  '项目支出绩效自评表',
);

// The 绩效指标 block of a whole form (title, 项目名称) whose 项目资金 block is headed in words outside the table.
const indicatorsOnly = sheet([
  ['项目支出绩效自评表'],
  ['项目名称', '档案数字化建设项目'],
  ['项目资金（万元）', null, '计划', '实际'],
  [null, '年度资金总额', 100, 95],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '档案数字化页数', '≥2000页', 2100, 90, 90],
]);

// Most rows of the block carry figures but no name and no weight the parser can attach them to.
const mostlyUnread = sheet([
  ['项目支出绩效自评表'],
  ['项目名称', '档案数字化建设项目'],
  ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  [null, '年度资金总额', 100, 100, 100, 10, 1, 10],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '档案数字化页数', '≥2000页', 2100, 30, 30],
  [null, null, null, '≥98%', 0.99],
  [null, null, null, '12月底前', '12月底前'],
  [null, null, null, '≤30万元', 28],
]);

ruleTester(tableUnreadable, {
  valid: [
    { name: 'seed 002 as published', grids: seed002Grid() },
    { name: 'a correct project table', grids: projectGrid(correctProject()) },
    {
      name: 'a bare 绩效指标 block with no title or name (a fragment, not a whole form)',
      grids: sheet([['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], ['产出指标', '数量指标', '培训人次', '≥100人次', 120, 20, 20]]),
    },
    { name: 'a cover sheet that only mentions 自评得分', grids: sheet([['填表说明'], ['2. 自评得分', '按评分规则计算'], [null, '预算执行率', 0.5]], '说明') },
    {
      name: 'a roll-up sheet (…汇总表) is not a self-evaluation table',
      grids: sheet([['项目支出绩效自评汇总表'], ['项目名称', '年初预算数', '全年执行数', '自评得分'], ['档案数字化', 100, 95, 97.5]], '汇总'),
    },
    { name: 'an indicator block with a header and no rows yet is empty, not unreadable', grids: projectGrid({}) },
  ],
  invalid: [
    {
      name: 'a sheet that looks like a self-evaluation table and yields neither block',
      grids: unreadable,
      findings: [{ ...none, messageId: 'nothing', cell: 'A1', data: { found: text('部门整体绩效自评表”、“自评总分（分）”、“指标名称') } }],
    },
    {
      name: 'a project table whose 绩效指标 block is not there',
      grids: budgetOnly,
      findings: [{ ...none, messageId: 'indicators', cell: 'A3', data: { budget: text('年度资金总额') } }],
    },
    {
      name: 'a whole form whose budget block cannot be read',
      grids: indicatorsOnly,
      findings: [{ ...none, messageId: 'budget', cell: 'A5', data: { read: points(1) } }],
    },
    {
      name: 'an indicator block of 4 rows of which only 1 could be read',
      grids: mostlyUnread,
      findings: [{ ...none, messageId: 'partial', cell: 'A3', data: { rows: points(4), read: points(1) } }],
    },
  ],
});

describe('a sheet found by its words alone', () => {
  it('is still listed, with nothing read: no groups, coverage 0 of 0, and no total of its own', () => {
    const [t] = analyzeWorkbook([unreadable]).report.tables;
    expect(t).toMatchObject({ sheet: 'Sheet1', groups: [], coverage: { read: 0, rows: 0 }, total: { score: null, cell: 'D2', entered: 97.6 } });
  });
});
