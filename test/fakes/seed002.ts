// Seed 002's 部门整体绩效自评表 (中共郑州市金水区委办公室, 2021), laid out on a sheet as it is published: labels
// broken by spaces, merged 一级/二级 labels present only in their top cell, rates as fractions formatted 0.00%,
// "90%" targets as 0.9 formatted 0%. Plain data (no jest, no Node), so browser tests can use it too.
import { type FakeExcel, type FakeSheet, type FakeValue, a1 } from './excel';

type Cell = FakeValue | null | { v: FakeValue; nf: string };

const pct = (v: number, nf = '0.00%'): Cell => ({ v, nf });
const p0 = (v: number): Cell => ({ v, nf: '0%' });

const HEADER: Cell[][] = [
  ['部门整体绩效自评表'],
  ['（2021 年度）'],
  ['填表人及联系方式:', null, null, null, null, null, null, null, '单位: 万元'],
  ['部门(单位)名称', '中国共产党郑州市金水区委员会办公室', null, null, null, '自评得分', 98],
  [null, null, null, null, null, '自评结果', '优'],
  ['年度履职目标', '区委运行保障具体事务,负责区委及相关单位各类会议会务工作、调研活动等。', null, null, null, '年度履职目标完成情况', '完成'],
  ['年度主要任务', '任务名称', '主要内容', '预算资金', '其中: 财政资金', '任务完成情况', '预算执行数', '其中: 财政资金', '预算执行率'],
];

/** 年度主要任务 rows as published (task 5's 1.43% should read 14.30%). */
export const SEED002_TASKS: [string, string, number, number, number, Cell][] = [
  ['任务 1:', '党务经费', 134.5, 69.64, 69.64, pct(0.5178)],
  ['任务 2:', '机要保密局经费', 46.5, 10.86, 10.86, pct(0.2336)],
  ['任务 3:', '党史研究室经费', 12, 2.58, 2.58, pct(0.215)],
  ['任务 4:', '外事活动经费', 5, 0, 0, p0(0)],
  ['任务 5:', '全面深化改革 经费', 10, 1.43, 1.43, pct(0.0143)],
  ['任务 6:', '档案监督管理 经费', 5, 3.29, 3.29, pct(0.658)],
  ['任务 7:', '安可替代经费', 20, 0, 0, p0(0)],
  ['任务 8:', '国家安全经费', 15, 6.97, 6.97, pct(0.4647)],
];

const BUDGET: Cell[][] = [
  ['预算 情况', null, null, '年初预算 数', '调整预算 数', '预算执 行数', '预算执行 率', '分值', '得分'],
  [null, '部门预算总额', null, 1207.96, 1125.54, 1125.54, null, 10, 9],
  [null, '1、资金来源: (1) 财政 性资金', null, 1207.96, 1125.54, 1125.54],
  [null, '(2) 其他 资金'],
  [null, '2、资金结构: (1) 基本 支出', null, 959.96, 1030.77, 1030.77],
  [null, '(2) 项目 支出', null, 248, 94.77, 94.77],
];

const INDICATORS: Cell[][] = [
  ['一级 指标', '二级指标', '三级指标', '指标值', '度量单位', '实际完 成值', '分值', '得分', '未完成原因分析'],
  ['投入 管理 指标 (20 分)', '工作目标 管理', '年度履职目标 相关性', null, '定性指标'],
  [null, null, '工作任务科学 性', null, '定性指标'],
  [null, null, '绩效指标合理 性', '合理', '定性指标', '合理', 2, 2],
  [null, '预算和财 务管理', '预算编制完整 性', '完整', '定性指标', '完整', 2, 2],
  [null, null, '专项资金细化 率', '≥', p0(0.9), p0(0.9), 2, 2],
  [null, null, '预算执行率', '≥', p0(0.9), p0(0.9), 2, 1],
  [null, null, '预算调整率', '≤', '%'],
  [null, null, '结转结余率', '≤', p0(1), p0(1), 2, 2],
  [null, null, '“三公经费”控 制率', '≤', p0(1), p0(0.23), 2, 2],
  [null, null, '政府采购执行 率', '≥', '%'],
  [null, null, '决算真实性', '真实', '定性指标', '真实', 2, 2],
  [null, null, '资金使用合规 性', '合规', '定性指标', '合规', 2, 2],
  [null, null, '管理制度健全 性', null, '定性指标'],
  [null, null, '预决算信息公开性', '公开', '定性指标', '公开', 2, 2],
  [null, null, '资产管理规范性', '规范', '定性指标', '规范', 2, 2],
  [null, '绩效管理', '绩效监控完成率', '≥', '%'],
  [null, null, '绩效自评完成率', '≥', '%'],
  [null, null, '部门绩效评价完成率', '≥', '%'],
  [null, null, '评价结果应用率', '≥', '%'],
  ['产出指标 (40分)', '重点工作任务完成', '重点工作完成率', '≥', p0(0.9), p0(0.9), 20, 20],
  [null, '履职目标实现', '年度目标实现率', '≥', p0(0.9), p0(0.9), 20, 20],
  // The seed's text stops here; these rows follow its narrative (安全防范意识, 业务素质, 满意度约 95%), 30 分 in all.
  ['效益指标 (30分)', '履职效益', '辖区居民安全防范意识', '有效增强', '定性指标', '有效增强', 10, 10],
  [null, null, '相关人员业务素质水平', '有效提升', '定性指标', '有效提升', 10, 10],
  [null, '满意度', '服务对象满意度', '≥', p0(0.9), p0(0.95), 10, 10],
];

export interface Seed002Layout {
  /** 1-based row of the first task row (任务 1). */
  firstTaskRow: number;
  taskCount: number;
  /** 1-based row of 部门预算总额. */
  budgetRow: number;
  /** 1-based row of the indicator header. */
  indicatorHeaderRow: number;
  lastRow: number;
}

/** The table's rows; `taskCount` > 8 repeats the eight tasks (used to build a 5,000-row table). */
export function seed002Rows(taskCount = SEED002_TASKS.length): { rows: Cell[][]; layout: Seed002Layout } {
  const rows: Cell[][] = [...HEADER];
  const firstTaskRow = rows.length + 1;
  for (let i = 0; i < taskCount; i++) {
    const [label, name, budget, executed, fiscal, rate] = SEED002_TASKS[i % SEED002_TASKS.length];
    rows.push([null, i < SEED002_TASKS.length ? label : `任务 ${i + 1}:`, name, budget, budget, '完成', executed, fiscal, rate]);
  }
  const budgetRow = rows.length + 2;
  rows.push(...BUDGET);
  const indicatorHeaderRow = rows.length + 1;
  rows.push(...INDICATORS);
  return { rows, layout: { firstTaskRow, taskCount, budgetRow, indicatorHeaderRow, lastRow: rows.length } };
}

/** Puts seed 002's table on a new sheet of the fake workbook. */
export function addSeed002Sheet(excel: FakeExcel, name = '部门整体绩效自评表', taskCount?: number): { sheet: FakeSheet; layout: Seed002Layout } {
  const { rows, layout } = seed002Rows(taskCount);
  const sheet = excel.addSheet(name);
  rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      const address = a1(r, c);
      if (typeof cell === 'object') sheet.cells.set(address, { value: cell.v, numberFormat: cell.nf });
      else sheet.cells.set(address, { value: cell });
    }),
  );
  return { sheet, layout };
}

/** A table of about `rows` rows: seed 002 with its task block repeated. */
export function addLargeSeed002Sheet(excel: FakeExcel, rows: number, name = '部门整体绩效自评表'): { sheet: FakeSheet; layout: Seed002Layout } {
  const fixed = seed002Rows(0).rows.length;
  return addSeed002Sheet(excel, name, Math.max(1, rows - fixed));
}
