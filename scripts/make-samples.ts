// Writes the bundled sample workbooks in samples/ from the figures of real published tables (see docs/seeds):
//   department-2021-jinshui.xlsx   seed 002's 部门整体绩效自评表 (中共郑州市金水区委办公室, 2021), with its real slips
//   project-2021-national.xlsx     a 项目支出绩效自评表 in the 财预〔2020〕10号 format (档案馆建设经费)
//   projects-2021-rongjiang.xlsx   several project sheets in one workbook, one of them with a 0/0/0 资金总额 row
//   rollup-2021-rongjiang.xlsx     seed 000's department: its 12 project tables and their 项目汇总表 (scripts/seed000.ts)
// Run: npm run samples (builds the CLI first, then node lib/scripts/make-samples.js).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { buildSeed000Workbook } from './seed000';

export type Value = string | number | null;

export interface CellSpec {
  v: Value;
  /** Number format, e.g. "0.00%". */
  fmt?: string;
  /** Rows and columns the cell spans (merged), default 1 × 1. */
  span?: [number, number];
  bold?: boolean;
  fill?: string;
}

export type Spec = Value | CellSpec;

const FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes rows of cells with their top-left at (top, left), 1-based; returns the next free row. */
export class SheetWriter {
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly left: number,
    public row: number,
    readonly width: number,
  ) {}

  /** One row: cells from the table's first column; undefined entries are skipped (covered by a merge). */
  put(cells: (Spec | undefined)[], options: { border?: boolean; height?: number } = {}): number {
    const { sheet } = this;
    const border = options.border ?? true;
    if (border) {
      for (let c = 0; c < this.width; c++) sheet.getCell(this.row, this.left + c).border = BORDER;
    }
    cells.forEach((spec, i) => {
      if (spec === undefined) return;
      const cellSpec: CellSpec = spec !== null && typeof spec === 'object' ? spec : { v: spec };
      const col = this.left + i;
      const cell = sheet.getCell(this.row, col);
      if (cellSpec.v !== null && cellSpec.v !== '') cell.value = cellSpec.v;
      cell.font = { ...FONT, bold: cellSpec.bold ?? false };
      cell.alignment = { vertical: 'middle', horizontal: typeof cellSpec.v === 'number' ? 'right' : 'center', wrapText: true };
      if (cellSpec.fmt) cell.numFmt = cellSpec.fmt;
      if (cellSpec.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cellSpec.fill}` } };
      const [rows, cols] = cellSpec.span ?? [1, 1];
      if (rows > 1 || cols > 1) {
        if (border) {
          for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) sheet.getCell(this.row + r, col + c).border = BORDER;
        }
        sheet.mergeCells(this.row, col, this.row + rows - 1, col + cols - 1);
      }
    });
    if (options.height) sheet.getRow(this.row).height = options.height;
    return ++this.row;
  }

  skip(rows = 1): void {
    this.row += rows;
  }
}

export const pct = (v: number, fmt = '0.00%'): CellSpec => ({ v, fmt });
export const pct0 = (v: number): CellSpec => ({ v, fmt: '0%' });
export const span = (v: Value, rows: number, cols = 1, extra: Partial<CellSpec> = {}): CellSpec => ({ v, span: [rows, cols], ...extra });
export const bold = (v: Value, extra: Partial<CellSpec> = {}): CellSpec => ({ v, bold: true, ...extra });

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao make-samples';
  // Fixed dates, so that regenerating gives the same workbook content.
  workbook.created = new Date(Date.UTC(2022, 5, 30));
  workbook.modified = new Date(Date.UTC(2022, 5, 30));
  return workbook;
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 002: 中国共产党郑州市金水区委员会办公室 部门整体绩效自评表（2021 年度）

interface Indicator {
  /** 三级指标, as typed (broken labels kept). */
  name: string;
  /** 指标值: the operator, or the target text of a qualitative indicator. */
  target: Value;
  /** 度量单位: the value ("90%") or 定性指标. */
  unit: Value;
  actual?: Spec;
  weight?: number;
  score?: number;
  reason?: string;
}

interface IndicatorGroup {
  level2: string;
  rows: Indicator[];
}

const JINSHUI_TASKS: [string, string, number, number, number, number][] = [
  // 任务, 主要内容, 预算资金 (= 其中财政资金), 执行数 (= 其中财政资金), 预算执行率 as entered
  ['任务 1:', '党务经费', 134.5, 69.64, 0.5178, 0],
  ['任务 2:', '机要保密局经费', 46.5, 10.86, 0.2336, 0],
  ['任务 3:', '党史研究室经费', 12, 2.58, 0.215, 0],
  ['任务 4:', '外事活动经费', 5, 0, 0, 0],
  ['任务 5:', '全面深化改革 经费', 10, 1.43, 0.0143, 0], // the real slip: 1.43 of 10 shown as 1.43%
  ['任务 6:', '档案监督管理 经费', 5, 3.29, 0.658, 0],
  ['任务 7:', '安可替代经费', 20, 0, 0, 0],
  ['任务 8:', '国家安全经费', 15, 6.97, 0.4647, 0],
];

const JINSHUI_INPUT: IndicatorGroup[] = [
  {
    level2: '工作目标 管理',
    rows: [
      { name: '年度履职目标 相关性', target: null, unit: '定性指标' },
      { name: '工作任务科学 性', target: null, unit: '定性指标' },
      { name: '绩效指标合理 性', target: '合理', unit: '定性指标', actual: '合理', weight: 2, score: 2 },
    ],
  },
  {
    level2: '预算和财 务管理',
    rows: [
      { name: '预算编制完整 性', target: '完整', unit: '定性指标', actual: '完整', weight: 2, score: 2 },
      { name: '专项资金细化 率', target: '≥', unit: '90%', actual: pct0(0.9), weight: 2, score: 2 },
      { name: '预算执 行率', target: '≥', unit: '90%', actual: pct0(0.9), weight: 2, score: 1 }, // met, yet scored 1 of 2
      { name: '预算调整率', target: '≤', unit: '%' },
      { name: '结转结余率', target: '≤', unit: '100%', actual: pct0(1), weight: 2, score: 2 },
      { name: '“三公经费”控 制率', target: '≤', unit: '100%', actual: pct0(0.23), weight: 2, score: 2 },
      { name: '政府采购执行 率', target: '≥', unit: '%' },
      { name: '决算真实性', target: '真实', unit: '定性指标', actual: '真实', weight: 2, score: 2 },
      { name: '资金使用合规 性', target: '合规', unit: '定性指标', actual: '合规', weight: 2, score: 2 },
      { name: '管理制度健全 性', target: null, unit: '定性指标' },
      { name: '预决算信息公开性', target: '公开', unit: '定性指标', actual: '公开', weight: 2, score: 2 },
      { name: '资产管理规范性', target: '规范', unit: '定性指标', actual: '规范', weight: 2, score: 2 },
    ],
  },
  {
    level2: '绩效管理',
    rows: [
      { name: '绩效监控完成率', target: '≥', unit: '%' },
      { name: '绩效自评完成率', target: '≥', unit: '%' },
      { name: '部门绩效评价完成率', target: '≥', unit: '%' },
      { name: '评价结果应用率', target: '≥', unit: '%' },
    ],
  },
];

const JINSHUI_OUTPUT: IndicatorGroup[] = [
  { level2: '重点工作任务完成', rows: [{ name: '重点工作完成率', target: '≥', unit: '90%', actual: pct0(0.9), weight: 20, score: 20 }] },
  { level2: '履职目标实现', rows: [{ name: '年度目标实现率', target: '≥', unit: '90%', actual: pct0(0.9), weight: 20, score: 20 }] },
];

// The seed is cut off here; these rows follow its narrative (安全防范意识, 业务素质, 满意度均在95%左右).
const JINSHUI_OUTCOME: IndicatorGroup[] = [
  {
    level2: '履职效益',
    rows: [
      { name: '辖区居民安全防范意识', target: '有效增强', unit: '定性指标', actual: '有效增强', weight: 10, score: 10 },
      { name: '相关人员业务素质水平', target: '有效提升', unit: '定性指标', actual: '有效提升', weight: 10, score: 10 },
    ],
  },
  { level2: '满意度', rows: [{ name: '服务对象满意度', target: '≥', unit: '90%', actual: pct0(0.95), weight: 10, score: 10 }] },
];

function writeIndicatorBlock(w: SheetWriter, level1: string, groups: IndicatorGroup[]): void {
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  let first = true;
  for (const group of groups) {
    group.rows.forEach((row, i) => {
      w.put([
        first ? span(level1, total) : undefined,
        i === 0 ? span(group.level2, group.rows.length) : undefined,
        row.name,
        row.target,
        row.unit,
        row.actual ?? null,
        row.weight ?? null,
        row.score ?? null,
        row.reason ?? null,
      ]);
      first = false;
    });
  }
}

export function buildJinshuiDepartment(workbook: ExcelJS.Workbook): void {
  const notes = workbook.addWorksheet('说明');
  notes.getColumn(1).width = 100;
  [
    '中国共产党郑州市金水区委员会办公室 2021 年度部门整体绩效自评表',
    '来源：该部门公开的《部门整体绩效自评报告》（2021 年度），表中数字照录原表，包括原表中的笔误：',
    '任务 5“全面深化改革经费”执行 1.43 万元、预算 10 万元，执行率填为 1.43%（应为 14.30%）；',
    '部门预算总额执行率 100%，得分填为 9 分；“预算执行率”指标达标却只得 1 分；得分情况表中预算执行得分率填为 99%。',
    '效益指标在原文中未列出明细，这里按报告正文（安全防范意识、业务素质、满意度约 95%）补齐，权重与得分合计均为 30。',
  ].forEach((text, i) => {
    notes.getCell(i + 1, 1).value = text;
  });

  const sheet = workbook.addWorksheet('部门整体自评表');
  const widths = [3, 12, 14, 22, 11, 11, 12, 11, 10, 10, 16];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  // The table starts at B3: real tables rarely sit at A1.
  const w = new SheetWriter(sheet, 2, 3, 9);
  w.put([span('部门整体绩效自评表', 1, 9, { bold: true })], { border: false, height: 28 });
  w.put([span('（2021 年度）', 1, 9)], { border: false });
  w.put(['填表人及联系方式:', null, null, null, null, null, null, null, '单位: 万元'], { border: false });
  w.put([span('部门(单位)名称', 2), span('中国共产党郑州市金水区委员会办公室', 2, 4), undefined, undefined, undefined, '自评得分', span(98, 1, 3)]);
  w.put([undefined, undefined, undefined, undefined, undefined, '自评结果', span('优', 1, 3)]);
  w.put(
    [
      '年度履职目标',
      span(
        '区委运行保障具体事务,负责区委及相关单位各类会议会务工作、调研活动等,负责中央、省委、市委文件办理和区委文件印发管理工作,负责区委应急值班工作,保障办公室公车维护、外出培训、资产配置等各类工作。',
        1,
        4,
      ),
      undefined,
      undefined,
      undefined,
      '年度履职目标完成情况',
      span('完成', 1, 3),
    ],
    { height: 60 },
  );
  w.put([span('年度主要任务', JINSHUI_TASKS.length + 1), '任务名称', '主要内容', '预算资金', '其中: 财政资金', '任务完成情况', '预算执行数', '其中: 财政资金', '预算执行率']);
  for (const [task, content, budget, executed, rate] of JINSHUI_TASKS) {
    w.put([undefined, task, content, budget, budget, '完成', executed, executed, pct(rate)]);
  }
  w.put([span('预算 情况', 6), span(null, 1, 2), undefined, '年初预算 数', '调整预算 数', '预算执 行数', '预算执行 率', '分值', '得分']);
  w.put([undefined, span('部门预算总额', 1, 2), undefined, 1207.96, 1125.54, 1125.54, { v: null, fmt: '0.00%' }, 10, 9]);
  w.put([undefined, span('1、资金来源: (1) 财政 性资金', 1, 2), undefined, 1207.96, 1125.54, 1125.54]);
  w.put([undefined, span('(2) 其他 资金', 1, 2)]);
  w.put([undefined, span('2、资金结构: (1) 基本 支出', 1, 2), undefined, 959.96, 1030.77, 1030.77]);
  w.put([undefined, span('(2) 项目 支出', 1, 2), undefined, 248, 94.77, 94.77]);
  w.put(['一级 指标', '二级指标', '三级指标', '指标值', '度量单位', '实际完 成值', '分值', '得分', '未完成原因分析'], { height: 30 });
  writeIndicatorBlock(w, '投入 管理 指标 (20 分)', JINSHUI_INPUT);
  writeIndicatorBlock(w, '产出指标 (40分)', JINSHUI_OUTPUT);
  writeIndicatorBlock(w, '效益指标 (30分)', JINSHUI_OUTCOME);

  w.skip(2);
  const summary = new SheetWriter(sheet, 2, w.row, 4);
  summary.put([bold('各项指标得分情况表')], { border: false });
  summary.put([bold('指标'), bold('权重分值'), bold('得分'), bold('得分率')]);
  const rows: [string, number, number, number][] = [
    ['预算执行', 10, 9, 0.99], // 9 / 10 is 90%, entered 99%
    ['投入管理', 20, 19, 0.95],
    ['产出指标', 40, 40, 1],
    ['效益指标', 30, 30, 1],
    ['合计', 100, 98, 0.98],
  ];
  for (const [name, weight, score, rate] of rows) summary.put([name, weight, score, pct0(rate)]);
}

// ---------------------------------------------------------------------------------------------------------------
// 项目支出绩效自评表 (财预〔2020〕10号)

export interface ProjectFunds {
  /** 年初预算数, 全年预算数, 全年执行数 per row; null = blank. */
  total: [number | null, number | null, number | null];
  current: [number | null, number | null, number | null];
  carried: [number | null, number | null, number | null];
  other: [number | null, number | null, number | null];
  /** As entered in the 年度资金总额 row. */
  rate: number | null;
  score: number | null;
}

export interface ProjectIndicator {
  level2: string;
  name: string;
  target: string;
  actual: Spec;
  weight: number;
  score: number;
  reason?: string;
}

export interface ProjectTable {
  sheet: string;
  name: string;
  department: string;
  unit: string;
  year: number;
  funds: ProjectFunds;
  goal: string;
  achieved: string;
  indicators: { level1: string; rows: ProjectIndicator[] }[];
  total: number;
  grade?: string;
  /** Unit of the amounts, stated in the 项目资金 header; default 万元. */
  amountUnit?: '万元' | '元';
}

export function buildProjectSheet(workbook: ExcelJS.Workbook, table: ProjectTable, origin: { row: number; col: number } = { row: 1, col: 1 }): void {
  const sheet = workbook.addWorksheet(table.sheet);
  [12, 12, 14, 22, 14, 14, 12, 10, 10, 18].forEach((width, i) => (sheet.getColumn(origin.col + i).width = width));
  const w = new SheetWriter(sheet, origin.col, origin.row, 10);
  w.put([span('项目支出绩效自评表', 1, 10, { bold: true })], { border: false, height: 28 });
  w.put([span(`（${table.year}年度）`, 1, 10)], { border: false });
  w.put([span('项目名称', 1, 2), undefined, span(table.name, 1, 8)]);
  w.put([span('主管部门', 1, 2), undefined, span(table.department, 1, 3), undefined, undefined, span('实施单位', 1, 2), undefined, span(table.unit, 1, 3)]);
  const { funds } = table;
  const money = (v: number | null): Spec => v;
  w.put([span(`项目资金（${table.amountUnit ?? '万元'}）`, 5), span(null, 1, 2), undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null]);
  w.put([undefined, span('年度资金总额', 1, 2), undefined, ...funds.total.map(money), 10, pct(funds.rate as number), funds.score, null]);
  w.put([undefined, span('其中：当年财政拨款', 1, 2), undefined, ...funds.current.map(money), '—', '—', '—', null]);
  w.put([undefined, span('上年结转资金', 1, 2), undefined, ...funds.carried.map(money), '—', '—', '—', null]);
  w.put([undefined, span('其他资金', 1, 2), undefined, ...funds.other.map(money), '—', '—', '—', null]);
  w.put([span('年度总体目标', 2), span('预期目标', 1, 4), undefined, undefined, undefined, span('实际完成情况', 1, 5)]);
  w.put([undefined, span(table.goal, 1, 4), undefined, undefined, undefined, span(table.achieved, 1, 5)], { height: 75 });
  const rowCount = table.indicators.reduce((n, g) => n + g.rows.length, 0);
  w.put([span('绩效指标', rowCount + 1), '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', span('偏差原因分析及改进措施', 1, 2)]);
  for (const group of table.indicators) {
    group.rows.forEach((row, i) => {
      const sameLevel2 = i > 0 && group.rows[i - 1].level2 === row.level2;
      let level2Span = 1;
      while (i + level2Span < group.rows.length && group.rows[i + level2Span].level2 === row.level2) level2Span++;
      w.put([
        undefined,
        i === 0 ? span(group.level1, group.rows.length) : undefined,
        sameLevel2 ? undefined : span(row.level2, level2Span),
        row.name,
        row.target,
        row.actual,
        row.weight,
        row.score,
        span(row.reason ?? null, 1, 2),
      ]);
    });
  }
  w.put([span('总分', 1, 6), undefined, undefined, undefined, undefined, undefined, 100, table.total, table.grade ? '自评等级' : null, table.grade ?? null]);
}

/** 档案馆建设经费, 赣州蓉江新区党政办公室 (seed 000 names the project); figures after domain.md's examples. */
export const ARCHIVE_PROJECT: ProjectTable = {
  sheet: '档案馆建设经费',
  name: '档案馆建设经费',
  department: '赣州蓉江新区党政办公室',
  unit: '赣州蓉江新区党政办公室',
  year: 2021,
  funds: {
    total: [329.77, 329.77, 338.31], // executed above budget: over-budget
    current: [329.77, 329.77, 338.31],
    carried: [0, 0, 0],
    other: [null, null, null],
    rate: 1.0259, // 338.31 ÷ 329.77 = 102.59%
    score: 10,
  },
  goal: '完成档案馆库房改造和馆藏档案整理、数字化，文书档案规范化处理入馆，提高档案查阅利用水平。',
  achieved: '完成档案库房改造，整理文书档案 3061 件、数字化 176800 页，进馆数字化率 100%，按期完成进馆工作。',
  indicators: [
    {
      level1: '产出指标',
      rows: [
        // 3061 against ≥2000 with full marks and no explanation: over-completion
        { level2: '数量指标', name: '档案整理数量', target: '≥2000件', actual: 3061, weight: 15, score: 15 },
        { level2: '数量指标', name: '档案数字化页数', target: '≥150000页', actual: 176800, weight: 10, score: 10 },
        { level2: '质量指标', name: '进馆档案数字化率', target: '≥95%', actual: pct0(1), weight: 10, score: 10 },
        { level2: '时效指标', name: '档案进馆完成时间', target: '按期完成', actual: '按期完成', weight: 5, score: 5 },
        { level2: '成本指标', name: '档案库房改造成本', target: '≤30万元', actual: 28.6, weight: 10, score: 10 },
      ],
    },
    {
      level1: '效益指标',
      rows: [
        { level2: '社会效益指标', name: '档案查阅利用便利性', target: '明显提升', actual: '明显提升', weight: 15, score: 15 },
        { level2: '可持续影响指标', name: '档案安全保管年限', target: '≥30年', actual: 30, weight: 15, score: 15 },
      ],
    },
    {
      level1: '满意度指标',
      rows: [{ level2: '服务对象满意度指标', name: '档案查阅群众满意度', target: '≥90%', actual: pct0(0.96), weight: 10, score: 10 }],
    },
  ],
  total: 100,
  grade: '优',
};

/** Two more projects of seed 000's department: one correct, one with the 0 / 0 / 0 资金总额 row of domain.md §3. */
export const RONGJIANG_PROJECTS: ProjectTable[] = [
  {
    sheet: '公车租赁费',
    name: '公车租赁费',
    department: '赣州蓉江新区党政办公室',
    unit: '赣州蓉江新区党政办公室',
    year: 2021,
    funds: { total: [24, 24, 18.24], current: [24, 24, 18.24], carried: [0, 0, 0], other: [null, null, null], rate: 0.76, score: 7.6 },
    goal: '保障机关公务用车需求，租赁车辆 4 辆。',
    achieved: '租赁车辆 4 辆，保障公务出行 1260 车次。',
    indicators: [
      {
        level1: '产出指标',
        rows: [
          { level2: '数量指标', name: '租赁车辆数', target: '=4辆', actual: 4, weight: 20, score: 20 },
          { level2: '质量指标', name: '车辆完好率', target: '≥95%', actual: pct0(0.98), weight: 10, score: 10 },
          { level2: '时效指标', name: '用车保障及时率', target: '≥95%', actual: pct0(0.97), weight: 10, score: 10 },
          { level2: '成本指标', name: '单车年租金', target: '≤6万元', actual: 4.56, weight: 10, score: 10 },
        ],
      },
      {
        level1: '效益指标',
        rows: [{ level2: '社会效益指标', name: '公务出行保障水平', target: '有效保障', actual: '有效保障', weight: 30, score: 30 }],
      },
      {
        level1: '满意度指标',
        rows: [{ level2: '服务对象满意度指标', name: '干部职工满意度', target: '≥90%', actual: pct0(0.95), weight: 10, score: 10 }],
      },
    ],
    total: 97.6,
    grade: '优',
  },
  {
    sheet: '巩固脱贫攻坚成效工作经费',
    name: '巩固脱贫攻坚成效工作经费',
    department: '赣州蓉江新区党政办公室',
    unit: '赣州蓉江新区党政办公室',
    year: 2021,
    funds: { total: [0, 0, 0], current: [90, 90, 89.974], carried: [0, 0, 0], other: [null, null, null], rate: 0.9997, score: 10 },
    goal: '开展结对帮扶和走访慰问，巩固脱贫攻坚成果。',
    achieved: '走访帮扶对象 120 户，开展帮扶活动 12 次。',
    indicators: [
      {
        level1: '产出指标',
        rows: [
          { level2: '数量指标', name: '走访帮扶户数', target: '≥100户', actual: 120, weight: 25, score: 25 },
          { level2: '数量指标', name: '帮扶活动次数', target: '≥12次', actual: 12, weight: 15, score: 15 },
          { level2: '时效指标', name: '帮扶资金发放及时率', target: '=100%', actual: pct0(1), weight: 10, score: 10 },
        ],
      },
      {
        level1: '效益指标',
        rows: [{ level2: '社会效益指标', name: '返贫发生率', target: '=0', actual: 0, weight: 30, score: 30 }],
      },
      {
        level1: '满意度指标',
        rows: [{ level2: '服务对象满意度指标', name: '帮扶对象满意度', target: '≥90%', actual: pct0(0.93), weight: 10, score: 10 }],
      },
    ],
    total: 100,
    grade: '优',
  },
];

// ---------------------------------------------------------------------------------------------------------------

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

export async function makeSamples(outDir = path.join(repoRoot(), 'samples')): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const save = async (workbook: ExcelJS.Workbook, name: string) => {
    const file = path.join(outDir, name);
    await workbook.xlsx.writeFile(file);
    written.push(file);
  };

  const department = newWorkbook();
  buildJinshuiDepartment(department);
  await save(department, 'department-2021-jinshui.xlsx');

  const project = newWorkbook();
  buildProjectSheet(project, ARCHIVE_PROJECT);
  await save(project, 'project-2021-national.xlsx');

  const several = newWorkbook();
  const cover = several.addWorksheet('封面');
  cover.getCell('A1').value = '赣州蓉江新区党政办公室 2021 年度项目支出绩效自评表';
  cover.getCell('A2').value = '共 3 个项目，每个项目一张工作表。';
  cover.getColumn(1).width = 60;
  buildProjectSheet(several, ARCHIVE_PROJECT);
  for (const table of RONGJIANG_PROJECTS) buildProjectSheet(several, table, { row: 2, col: 2 });
  await save(several, 'projects-2021-rongjiang.xlsx');

  const rollup = newWorkbook();
  buildSeed000Workbook(rollup);
  await save(rollup, 'rollup-2021-rongjiang.xlsx');
  return written;
}

if (require.main === module) {
  makeSamples().then(
    (files) => {
      for (const file of files) process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`make-samples failed: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
