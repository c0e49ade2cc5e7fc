// Workbooks built in the tests from the seeds' figures (independent of scripts/make-samples.ts).
import * as ExcelJS from 'exceljs';

type V = string | number | null;

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

/** Where seed 002's slips sit in the sheet built by seed002Workbook (table at A1). */
export interface Seed002Cells {
  sheet: string;
  task2Rate: string;
  task5Rate: string;
  budgetRate: string;
  budgetScore: string;
  indicatorBudgetRateScore: string;
  summaryBudgetRate: string;
  totalScore: string;
  grade: string;
  /** A cell given a yellow fill and a note of its own before any check. */
  userMarked: string;
}

export const USER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as ExcelJS.Fill;
export const USER_NOTE = '财务科：此处待核对';

/**
 * Seed 002 (中共郑州市金水区委办公室, 2021) as its 部门整体绩效自评表 prints it: rates typed as 0.00% fractions,
 * operator in 指标值 and value in 度量单位, actuals as the text "90%", merged 一级/二级 labels, broken labels.
 */
export async function seed002Workbook(): Promise<{ bytes: Uint8Array; cells: Seed002Cells }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表');
  let row = 1;
  const put = (values: V[], formats: Record<number, string> = {}): number => {
    values.forEach((v, i) => {
      if (v === null) return;
      const cell = sheet.getCell(row, i + 1);
      cell.value = v;
      if (formats[i]) cell.numFmt = formats[i];
    });
    return row++;
  };
  const merge = (range: string) => sheet.mergeCells(range);

  put(['部门整体绩效自评表']);
  merge('A1:I1');
  put(['（2021 年度）']);
  put(['填表人及联系方式:', null, null, null, null, null, null, null, '单位: 万元']);
  const header = put(['部门(单位)名称', '中国共产党郑州市金水区委员会办公室', null, null, null, '自评得分', 98]);
  put([null, null, null, null, null, '自评结果', '优']);
  merge(`A${header}:A${header + 1}`);
  merge(`B${header}:E${header + 1}`);
  put(['年度履职目标', '区委运行保障具体事务,负责区委及相关单位各类会议会务工作', null, null, null, '年度履职目标完成情况', '完成']);

  const tasks: [string, string, number, number, number][] = [
    ['任务 1:', '党务经费', 134.5, 69.64, 0.5178],
    ['任务 2:', '机要保密局经费', 46.5, 10.86, 0.2336],
    ['任务 3:', '党史研究室经费', 12, 2.58, 0.215],
    ['任务 4:', '外事活动经费', 5, 0, 0],
    ['任务 5:', '全面深化改革 经费', 10, 1.43, 0.0143],
    ['任务 6:', '档案监督管理 经费', 5, 3.29, 0.658],
    ['任务 7:', '安可替代经费', 20, 0, 0],
    ['任务 8:', '国家安全经费', 15, 6.97, 0.4647],
  ];
  const taskHeader = put(['年度主要任务', '任务名称', '主要内容', '预算资金', '其中: 财政资金', '任务完成情况', '预算执行数', '其中: 财政资金', '预算执行率']);
  const taskRows = tasks.map(([task, content, budget, executed, rate]) =>
    put([null, task, content, budget, budget, '完成', executed, executed, rate], { 8: '0.00%' }),
  );
  merge(`A${taskHeader}:A${taskRows[taskRows.length - 1]}`);

  const budgetHeader = put(['预算 情况', null, null, '年初预算 数', '调整预算 数', '预算执 行数', '预算执行 率', '分值', '得分']);
  const budgetRow = put([null, '部门预算总额', null, 1207.96, 1125.54, 1125.54, null, 10, 9], { 6: '0.00%' });
  put([null, '1、资金来源: (1) 财政 性资金', null, 1207.96, 1125.54, 1125.54]);
  put([null, '(2) 其他 资金']);
  put([null, '2、资金结构: (1) 基本 支出', null, 959.96, 1030.77, 1030.77]);
  const lastBudget = put([null, '(2) 项目 支出', null, 248, 94.77, 94.77]);
  merge(`A${budgetHeader}:A${lastBudget}`);

  put(['一级 指标', '二级指标', '三级指标', '指标值', '度量单位', '实际完 成值', '分值', '得分', '未完成原因分析']);
  type Row = [string, V, V, V, number | null, number | null];
  const block = (level1: string, groups: [string, Row[]][]): Record<string, number> => {
    const at: Record<string, number> = {};
    const first = row;
    for (const [level2, rows] of groups) {
      const top = row;
      for (const [name, target, unit, actual, weight, score] of rows) {
        at[name] = put([null, null, name, target, unit, actual, weight, score]);
      }
      sheet.getCell(top, 2).value = level2;
      if (row - 1 > top) merge(`B${top}:B${row - 1}`);
    }
    sheet.getCell(first, 1).value = level1;
    merge(`A${first}:A${row - 1}`);
    return at;
  };
  const input = block('投入 管理 指标 (20 分)', [
    [
      '工作目标 管理',
      [
        ['年度履职目标 相关性', null, '定性指标', null, null, null],
        ['工作任务科学 性', null, '定性指标', null, null, null],
        ['绩效指标合理 性', '合理', '定性指标', '合理', 2, 2],
      ],
    ],
    [
      '预算和财 务管理',
      [
        ['预算编制完整 性', '完整', '定性指标', '完整', 2, 2],
        ['专项资金细化 率', '≥', '90%', '90%', 2, 2],
        ['预算执行率', '≥', '90%', '90%', 2, 1],
        ['预算调整率', '≤', '%', null, null, null],
        ['结转结余率', '≤', '100%', '100%', 2, 2],
        ['“三公经费”控 制率', '≤', '100%', '23%', 2, 2],
        ['政府采购执行 率', '≥', '%', null, null, null],
        ['决算真实性', '真实', '定性指标', '真实', 2, 2],
        ['资金使用合规 性', '合规', '定性指标', '合规', 2, 2],
        ['管理制度健全 性', null, '定性指标', null, null, null],
        ['预决算信息公开性', '公开', '定性指标', '公开', 2, 2],
        ['资产管理规范性', '规范', '定性指标', '规范', 2, 2],
      ],
    ],
    [
      '绩效管理',
      [
        ['绩效监控完成率', '≥', '%', null, null, null],
        ['绩效自评完成率', '≥', '%', null, null, null],
        ['部门绩效评价完成率', '≥', '%', null, null, null],
        ['评价结果应用率', '≥', '%', null, null, null],
      ],
    ],
  ]);
  block('产出指标 (40分)', [
    ['重点工作任务完成', [['重点工作完成率', '≥', '90%', '90%', 20, 20]]],
    ['履职目标实现', [['年度目标实现率', '≥', '90%', '90%', 20, 20]]],
  ]);
  block('效益指标 (30分)', [
    [
      '履职效益',
      [
        ['辖区居民安全防范意识', '有效增强', '定性指标', '有效增强', 10, 10],
        ['相关人员业务素质水平', '有效提升', '定性指标', '有效提升', 10, 10],
      ],
    ],
    ['满意度', [['服务对象满意度', '≥', '90%', '95%', 10, 10]]],
  ]);

  row += 1;
  put(['各项指标得分情况表']);
  put(['指标', '权重分值', '得分', '得分率']);
  const summaryBudget = put(['预算执行', 10, 9, 0.99], { 3: '0%' });
  put(['投入管理', 20, 19, 0.95], { 3: '0%' });
  put(['产出指标', 40, 40, 1], { 3: '0%' });
  put(['效益指标', 30, 30, 1], { 3: '0%' });
  put(['合计', 100, 98, 0.98], { 3: '0%' });

  const task5 = `I${taskRows[4]}`;
  sheet.getCell(task5).fill = USER_FILL;
  sheet.getCell(task5).note = USER_NOTE;
  sheet.getColumn(3).width = 24;

  return {
    bytes: await toBytes(workbook),
    cells: {
      sheet: '自评表',
      task2Rate: `I${taskRows[1]}`,
      task5Rate: task5,
      budgetRate: `G${budgetRow}`,
      budgetScore: `I${budgetRow}`,
      indicatorBudgetRateScore: `H${input['预算执行率']}`,
      summaryBudgetRate: `D${summaryBudget}`,
      totalScore: `G${header}`,
      grade: `G${header + 1}`,
      userMarked: task5,
    },
  };
}

/**
 * A correct 项目支出绩效自评表 (财预〔2020〕10号) starting at C4 behind a cover sheet, with two slips from
 * domain.md §3: executed 338.31 of 329.77 (over-budget) and 3061 against ≥2000 with no explanation (over-completion).
 */
export async function projectWorkbook(): Promise<{ bytes: Uint8Array; overCompletionRow: number; fundsRow: number; userMarked: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('封面').getCell('A1').value = '2021 年度项目支出绩效自评表';
  const sheet = workbook.addWorksheet('档案馆建设经费');
  let row = 4;
  const put = (values: V[], formats: Record<number, string> = {}): number => {
    values.forEach((v, i) => {
      if (v === null) return;
      const cell = sheet.getCell(row, i + 3);
      cell.value = v;
      if (formats[i]) cell.numFmt = formats[i];
    });
    return row++;
  };
  put(['项目支出绩效自评表']);
  put(['项目名称', null, '档案馆建设经费']);
  put(['主管部门', null, '赣州蓉江新区党政办公室', null, null, '实施单位', null, '赣州蓉江新区党政办公室']);
  put(['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  const fundsRow = put([null, '年度资金总额', null, 329.77, 329.77, 338.31, 10, 1.0259, 10], { 7: '0.00%' });
  put([null, '其中：当年财政拨款', null, 329.77, 329.77, 338.31, '—', '—', '—']);
  put([null, '上年结转资金', null, 0, 0, 0, '—', '—', '—']);
  put([null, '其他资金', null, null, null, null, '—', '—', '—']);
  put(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  put([null, '完成档案整理和数字化', null, null, null, '整理文书档案 3061 件']);
  put(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const overCompletionRow = put([null, '产出指标', '数量指标', '档案整理数量', '≥2000件', 3061, 15, 15, null]);
  put([null, null, null, '档案数字化页数', '≥150000页', 176800, 10, 10, null]);
  put([null, null, '质量指标', '进馆档案数字化率', '≥95%', 1, 10, 10, null], { 5: '0%' });
  put([null, null, '时效指标', '档案进馆完成时间', '按期完成', '按期完成', 5, 5, null]);
  put([null, null, '成本指标', '档案库房改造成本', '≤30万元', 28.6, 10, 10, null]);
  put([null, '效益指标', '社会效益指标', '档案查阅利用便利性', '明显提升', '明显提升', 15, 15, null]);
  put([null, null, '可持续影响指标', '档案安全保管年限', '≥30年', 30, 15, 15, null]);
  put([null, '满意度指标', '服务对象满意度指标', '档案查阅群众满意度', '≥90%', 0.96, 10, 10, null], { 5: '0%' });
  put(['总分', null, null, null, null, null, 100, 100, '自评等级', '优']);
  sheet.mergeCells(`D${overCompletionRow}:D${overCompletionRow + 4}`);
  sheet.mergeCells(`E${overCompletionRow}:E${overCompletionRow + 1}`);
  // the 偏差原因 cell of the 3061 row (column K), where over-completion points, carries the user's own yellow and note
  const userMarked = `K${overCompletionRow}`;
  sheet.getCell(userMarked).fill = USER_FILL;
  sheet.getCell(userMarked).note = USER_NOTE;
  return { bytes: await toBytes(workbook), overCompletionRow, fundsRow, userMarked };
}

/** A workbook that is a workbook but holds no self-evaluation table. */
export async function noTableWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('通讯录');
  sheet.addRow(['姓名', '电话']);
  sheet.addRow(['张三', '0371-12345678']);
  return toBytes(workbook);
}
