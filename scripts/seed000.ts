// Seed 000: 赣州蓉江新区党政办公室's 2021 项目支出绩效自评 — its 12 project tables and the roll-up sheet beside them.
//
// What is real (docs/seeds/000_*.txt): the department, the 12 project names, 年初预算 222.54 万元 in all, 全年执行数
// 144.86 万元 in all, average score 94.25, and which five projects executed little (办公耗材设备购置, 走访慰问, OA 系统运维,
// 行政审批局开办, 招商引资) and why. What is invented: how the totals split between the projects, their indicators and
// actuals. The split is made to add up exactly: budgets 20 + 12 + 18 + 15 + 30 + 24 + 35 + 8 + 6.54 + 14 + 25 + 15 =
// 222.54; executed 6.52 + 11.46 + 16.85 + 3.20 + 29.60 + 18.24 + 33.47 + 1.20 + 6.41 + 12.76 + 3.95 + 1.20 = 144.86;
// totals 92.26 + 95.44 + 98.56 + 89.13 + 99.04 + 97.6 + 99.56 + 90.97 + 99.27 + 98.79 + 89.58 + 80.8 = 1131 = 12 × 94.25.
// Each total is min(rate, 1) × 10 plus its indicator scores (national profile, domain.md §2), every deduction explained.
// No 全年预算 differs from its 年初预算 (the seed gives no adjustment). 公车租赁费 is the table of projects-2021-rongjiang.
import type * as ExcelJS from 'exceljs';
import {
  buildProjectSheet,
  pct,
  pct0,
  type ProjectIndicator,
  type ProjectTable,
  RONGJIANG_PROJECTS,
  SheetWriter,
  span,
  type Spec,
} from './make-samples';

const DEPARTMENT = '赣州蓉江新区党政办公室';

type Row = [level2: string, name: string, target: string, actual: Spec, weight: number, score: number, reason?: string];

interface Seed000Project {
  sheet: string;
  name: string;
  /** 年初预算数 = 全年预算数, 全年执行数. */
  budget: number;
  executed: number;
  /** The rate and budget execution score as typed (rate rounded to 4 decimals, score min(rate, 1) × 10 to 2). */
  rate: number;
  budgetScore: number;
  goal: string;
  achieved: string;
  output: Row[];
  outcome: Row[];
  satisfaction: Row;
  total: number;
  grade: string;
}

const indicators = (rows: Row[]): ProjectIndicator[] =>
  rows.map(([level2, name, target, actual, weight, score, reason]) => ({ level2, name, target, actual, weight, score, reason }));

function projectTable(p: Seed000Project): ProjectTable {
  return {
    sheet: p.sheet,
    name: p.name,
    department: DEPARTMENT,
    unit: DEPARTMENT,
    year: 2021,
    funds: {
      total: [p.budget, p.budget, p.executed],
      current: [p.budget, p.budget, p.executed],
      carried: [0, 0, 0],
      other: [null, null, null],
      rate: p.rate,
      score: p.budgetScore,
    },
    goal: p.goal,
    achieved: p.achieved,
    indicators: [
      { level1: '产出指标', rows: indicators(p.output) },
      { level1: '效益指标', rows: indicators(p.outcome) },
      { level1: '满意度指标', rows: indicators([p.satisfaction]) },
    ],
    total: p.total,
    grade: p.grade,
  };
}

// Scores by hand: a missed ≥ target scores B ÷ A × w (36 ÷ 40 × 10 = 9); a qualitative one is given within its tier.
// A function, not a constant: make-samples imports this module and is imported by it, so nothing of make-samples may
// be used while the modules load.
const seed000Projects = (): Seed000Project[] => [
  {
    sheet: '办公耗材设备购置经费', name: '办公耗材设备购置经费', budget: 20, executed: 6.52, rate: 0.326, budgetScore: 3.26,
    goal: '购置机关日常办公耗材和办公设备，保障机关正常运转。',
    achieved: '购置办公设备 36 台、耗材 4 批；部分设备使用 2020 年结转资金和其他专项经费购置。',
    output: [
      ['数量指标', '办公设备购置数量', '≥40台', 36, 10, 9, '部分设备使用2020年结转资金及行政审批局开办经费、档案馆建设经费购置，本项目购置数量减少'],
      ['数量指标', '办公耗材采购批次', '≥4批', 4, 10, 10],
      ['质量指标', '设备验收合格率', '≥98%', pct0(1), 10, 10],
      ['时效指标', '采购完成及时率', '≥95%', pct0(1), 10, 10],
      ['成本指标', '采购成本控制率', '≤100%', pct0(0.96), 10, 10],
    ],
    outcome: [
      ['社会效益指标', '机关日常办公保障', '有效保障', '有效保障', 15, 15],
      ['可持续影响指标', '设备使用年限', '≥5年', 5, 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '干部职工满意度', '≥90%', pct0(0.95), 10, 10],
    total: 92.26, grade: '优', // 3.26 + 9 + 10 + 10 + 10 + 10 + 15 + 15 + 10
  },
  {
    sheet: '因公出差伙食与交通补助', name: '因公出差伙食与交通补助', budget: 12, executed: 11.46, rate: 0.955, budgetScore: 9.55,
    goal: '按标准发放因公出差伙食补助和市内交通补助。',
    achieved: '发放补助 280 人次，发放准确率 100%。',
    output: [
      ['数量指标', '补助发放人次', '≥300人次', 280, 10, 9.33, '受疫情影响部分出差任务取消'], // 280 ÷ 300 × 10 = 9.33
      ['数量指标', '补助标准执行覆盖率', '=100%', pct0(1), 10, 10],
      ['质量指标', '补助发放准确率', '=100%', pct0(1), 10, 10],
      ['时效指标', '补助按月发放及时率', '≥95%', pct0(0.98), 10, 10],
      ['成本指标', '人均每日伙食补助', '≤100元', 100, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '保障干部因公出差', '有效保障', '有效保障', 15, 13.28, '个别出差补助报销周期较长'],
      ['可持续影响指标', '差旅管理制度执行', '严格执行', '严格执行', 15, 13.28, '差旅审批流程仍需进一步规范'],
    ],
    satisfaction: ['服务对象满意度指标', '出差人员满意度', '≥90%', pct0(0.93), 10, 10],
    total: 95.44, grade: '优', // 9.55 + 9.33 + 10 + 10 + 10 + 10 + 13.28 + 13.28 + 10
  },
  {
    sheet: '全区会议培训费', name: '全区会议培训费', budget: 18, executed: 16.85, rate: 0.9361, budgetScore: 9.36,
    goal: '组织全区性会议和干部业务培训 12 期。',
    achieved: '举办会议培训 12 期，参训 460 人次。',
    output: [
      ['数量指标', '举办会议培训期数', '≥12期', 12, 10, 10],
      ['数量指标', '培训人次', '≥500人次', 460, 10, 9.2, '受疫情影响部分培训改为线上，线下参训人次减少'], // 460 ÷ 500 × 10
      ['质量指标', '培训考核合格率', '≥95%', pct0(0.98), 10, 10],
      ['时效指标', '按计划完成培训', '按期完成', '按期完成', 10, 10],
      ['成本指标', '人均培训成本', '≤400元', 366, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '干部业务能力', '有效提升', '有效提升', 15, 15],
      ['可持续影响指标', '培训成果转化', '持续发挥作用', '持续发挥作用', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '参训人员满意度', '≥90%', pct0(0.96), 10, 10],
    total: 98.56, grade: '优', // 9.36 + 89.2
  },
  {
    sheet: '走访慰问经费', name: '走访慰问经费', budget: 15, executed: 3.2, rate: 0.2133, budgetScore: 2.13,
    goal: '春节等重大节日期间走访慰问困难群众和一线工作人员。',
    achieved: '走访慰问 82 户；春节走访于 2022 年 1 月开展，资金在 2022 年支付。',
    output: [
      ['数量指标', '走访慰问对象户数', '≥80户', 82, 10, 10],
      ['数量指标', '走访慰问次数', '≥4次', 4, 10, 10],
      ['质量指标', '慰问资金发放准确率', '=100%', pct0(1), 10, 10],
      ['时效指标', '春节前完成走访慰问', '春节前完成', '部分达成年度指标并具有一定效果', 10, 7, '部分走访慰问于2022年1月春节期间开展，资金在2022年支付'],
      ['成本指标', '户均慰问标准', '≤500元', 480, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '困难群众获得感', '明显提升', '明显提升', 15, 15],
      ['可持续影响指标', '慰问长效机制', '建立健全', '建立健全', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '慰问对象满意度', '≥90%', pct0(0.97), 10, 10],
    total: 89.13, grade: '良', // 2.13 + 87
  },
  {
    sheet: '巩固脱贫攻坚成效工作经费', name: '巩固脱贫攻坚成效工作经费', budget: 30, executed: 29.6, rate: 0.9867, budgetScore: 9.87,
    goal: '开展结对帮扶和走访，巩固脱贫攻坚成果，防止返贫。',
    achieved: '结对帮扶 110 户，开展帮扶活动 12 次，未发生返贫。',
    output: [
      ['数量指标', '结对帮扶户数', '≥120户', 110, 10, 9.17, '部分帮扶对象已稳定脱贫，调整出帮扶名单'], // 110 ÷ 120 × 10 = 9.1667
      ['数量指标', '开展帮扶活动次数', '≥12次', 12, 10, 10],
      ['质量指标', '帮扶资金使用合规率', '=100%', pct0(1), 10, 10],
      ['时效指标', '帮扶资金拨付及时率', '≥95%', pct0(1), 10, 10],
      ['成本指标', '户均帮扶成本', '≤2500元', 2460, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '返贫发生率', '=0', 0, 15, 15],
      ['可持续影响指标', '帮扶长效机制', '长效稳定', '长效稳定', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '帮扶对象满意度', '≥90%', pct0(0.95), 10, 10],
    total: 99.04, grade: '优', // 9.87 + 89.17
  },
  // 公车租赁费 (24 / 18.24, 97.6) is inserted here from RONGJIANG_PROJECTS; see seed000Tables().
  {
    sheet: '档案馆建设经费', name: '档案馆建设经费', budget: 35, executed: 33.47, rate: 0.9563, budgetScore: 9.56,
    goal: '完成档案馆库房改造和馆藏档案整理、数字化，提高档案查阅利用水平。',
    achieved: '完成库房改造，整理档案 2150 件、数字化 158000 页，按期完成进馆。',
    output: [
      ['数量指标', '档案整理数量', '≥2000件', 2150, 10, 10],
      ['数量指标', '档案数字化页数', '≥150000页', 158000, 10, 10],
      ['质量指标', '进馆档案数字化率', '≥95%', pct0(1), 10, 10],
      ['时效指标', '档案进馆完成时间', '按期完成', '按期完成', 10, 10],
      ['成本指标', '档案库房改造成本', '≤30万元', 28.6, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '档案查阅利用便利性', '明显提升', '明显提升', 15, 15],
      ['可持续影响指标', '档案安全保管年限', '≥30年', 30, 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '档案查阅群众满意度', '≥90%', pct0(0.96), 10, 10],
    total: 99.56, grade: '优', // 9.56 + 90
  },
  {
    sheet: 'OA 系统运维服务费', name: 'OA 系统运维服务费', budget: 8, executed: 1.2, rate: 0.15, budgetScore: 1.5,
    goal: '保障机关 OA 系统全年稳定运行。',
    achieved: '按市里统一安排 OA 系统将国产化替换，2021 年未签订运维协议，系统由技术人员临时维护。',
    output: [
      ['数量指标', '运维服务系统数', '≥1套', 1, 10, 10],
      ['数量指标', '系统用户数', '≥300人', 320, 10, 10],
      ['质量指标', '系统正常运行率', '≥99%', pct(0.995, '0.0%'), 10, 10],
      ['时效指标', '运维响应及时率', '≥95%', pct0(0.9), 10, 9.47, '2021年未签订运维协议，故障由技术人员临时处理，响应不够及时'], // 90 ÷ 95 × 10 = 9.4737
      ['成本指标', '年度运维费用', '≤8万元', 1.2, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '机关办公效率', '有效提升', '有效提升', 15, 15],
      ['可持续影响指标', '系统安全稳定运行', '持续稳定', '持续稳定', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '系统使用人员满意度', '≥90%', pct0(0.92), 10, 10],
    total: 90.97, grade: '优', // 1.5 + 89.47
  },
  {
    sheet: '报刊书籍订阅费', name: '报刊书籍订阅费', budget: 6.54, executed: 6.41, rate: 0.9801, budgetScore: 9.8,
    goal: '订阅党报党刊和业务书籍，保障干部学习。',
    achieved: '订阅报刊 32 种、210 份，按时送达。',
    output: [
      ['数量指标', '订阅报刊种类', '≥30种', 32, 10, 10],
      ['数量指标', '订阅份数', '≥200份', 210, 10, 10],
      ['质量指标', '报刊按时送达率', '≥98%', pct0(0.99), 10, 10],
      ['时效指标', '年初完成订阅', '按期完成', '按期完成', 10, 10],
      ['成本指标', '订阅费用', '≤6.54万元', 6.41, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '干部学习氛围', '明显增强', '明显增强', 15, 15],
      ['可持续影响指标', '学习资料保障', '持续保障', '持续保障', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '阅读人员满意度', '≥95%', pct0(0.9), 10, 9.47, '部分科室反映报刊分发不够及时，下一年度改进分发流程'], // 90 ÷ 95 × 10
    total: 99.27, grade: '优', // 9.8 + 89.47
  },
  {
    sheet: '审计、保密、国家安全、考核工作经费', name: '审计、保密、国家安全、考核工作经费', budget: 14, executed: 12.76, rate: 0.9114, budgetScore: 9.11,
    goal: '开展内部审计、保密检查、国家安全宣传和年度考核工作。',
    achieved: '开展保密检查 4 次、考核 2 次，审计问题全部整改。',
    output: [
      ['数量指标', '开展保密检查次数', '≥4次', 4, 10, 10],
      ['数量指标', '组织考核次数', '≥2次', 2, 10, 10],
      ['质量指标', '审计问题整改率', '≥95%', pct0(1), 10, 10],
      ['时效指标', '考核工作按时完成率', '=100%', pct0(1), 10, 10],
      ['成本指标', '专项工作经费控制率', '≤100%', pct0(0.91), 10, 10],
    ],
    outcome: [
      ['社会效益指标', '干部国家安全意识', '明显增强', '明显增强', 15, 15],
      ['可持续影响指标', '保密管理制度', '健全完善', '健全完善', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '被考核单位满意度', '≥95%', pct0(0.92), 10, 9.68, '部分单位对考核指标设置提出意见，下一年度优化考核指标'], // 92 ÷ 95 × 10 = 9.684
    total: 98.79, grade: '优', // 9.11 + 89.68
  },
  {
    sheet: '行政审批局开办经费', name: '行政审批局开办经费', budget: 25, executed: 3.95, rate: 0.158, budgetScore: 1.58,
    goal: '完成行政审批局开办，购置办公设备，设置审批服务窗口。',
    achieved: '设置窗口 10 个，购置设备 24 台；行政审批局与政务服务中心合署运行，经费多由政务服务中心支付。',
    output: [
      ['数量指标', '办公设备购置数量', '≥30台', 24, 10, 8, '行政审批局与政务服务中心两块牌子一套人马，部分设备由政务服务中心购置'], // 24 ÷ 30 × 10
      ['数量指标', '审批服务窗口数量', '≥10个', 10, 10, 10],
      ['质量指标', '设备验收合格率', '=100%', pct0(1), 10, 10],
      ['时效指标', '开办工作完成时间', '按期完成', '按期完成', 10, 10],
      ['成本指标', '开办经费控制率', '≤100%', pct0(0.16), 10, 10],
    ],
    outcome: [
      ['社会效益指标', '审批服务效率', '明显提升', '明显提升', 15, 15],
      ['可持续影响指标', '审批服务运行', '持续稳定', '持续稳定', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '办事群众满意度', '≥90%', pct0(0.95), 10, 10],
    total: 89.58, grade: '良', // 1.58 + 88
  },
  {
    sheet: '招商引资专项经费', name: '招商引资专项经费', budget: 15, executed: 1.2, rate: 0.08, budgetScore: 0.8,
    goal: '举办招商推介会，组织外出招商考察，引进重点项目。',
    achieved: '受疫情影响举办推介会 1 场、外出考察 3 次，原定推介会推迟。',
    output: [
      ['数量指标', '举办招商推介会场次', '≥2场', 1, 10, 5, '受疫情影响，原定于2021年开展的招商推介会推迟'], // 1 ÷ 2 × 10
      ['数量指标', '外出招商考察次数', '≥6次', 3, 10, 5, '受疫情影响，领导干部外出招商考察学习减少'], // 3 ÷ 6 × 10
      ['质量指标', '签约项目履约率', '≥90%', pct0(0.92), 10, 10],
      ['时效指标', '招商信息发布及时率', '≥95%', pct0(0.96), 10, 10],
      ['成本指标', '单次考察成本', '≤0.5万元', 0.4, 10, 10],
    ],
    outcome: [
      ['社会效益指标', '招商引资环境', '持续优化', '持续优化', 15, 15],
      ['可持续影响指标', '招商工作机制', '健全完善', '健全完善', 15, 15],
    ],
    satisfaction: ['服务对象满意度指标', '投资企业满意度', '≥90%', pct0(0.93), 10, 10],
    total: 80.8, grade: '良', // 0.8 + 80
  },
];

/** The 12 tables in the order the report lists them. */
export function seed000Tables(): ProjectTable[] {
  const tables = seed000Projects().map(projectTable);
  const car = RONGJIANG_PROJECTS.find((t) => t.sheet === '公车租赁费')!;
  tables.splice(5, 0, car);
  return tables;
}

/** How the roll-up sheet names each project: as accountants retype names, not always as the table spells them. */
const ROLLUP_NAMES: Record<string, string> = {
  'OA 系统运维服务费': 'OA系统运维服务费',
  '审计、保密、国家安全、考核工作经费': '审计,保密,国家安全,考核工作经费',
  '招商引资专项经费': '招商引资专项',
};

export interface RollupEntry {
  name: string;
  budget: number;
  adjusted: number;
  executed: number;
  score: number;
  grade: string;
  /** The rate as typed; default 执行数 ÷ 全年预算数 rounded to 4 decimals. */
  rate?: number;
}

/** Where buildRollupSheet puts things (1-based rows), so tests can name cells. */
export const ROLLUP_LAYOUT = { sheet: '项目汇总表', headerRow: 3, firstRow: 4 } as const;

/**
 * A 项目支出绩效自评汇总表: title, 单位：万元, header 序号 | 项目名称 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
 * 自评得分 | 自评等级 at row 3, a row per project from row 4, then 合计（共 n 个项目） (sums and overall rate) and 平均得分.
 * Rates and sums as a person's spreadsheet shows them: rounded, typed as values.
 */
export function buildRollupSheet(workbook: ExcelJS.Workbook, title: string, entries: RollupEntry[], totals: { budget: number; adjusted: number; executed: number; average: number }, unit: '万元' | '元' = '万元'): void {
  const sheet = workbook.addWorksheet(ROLLUP_LAYOUT.sheet);
  [6, 34, 12, 12, 12, 10, 10, 10].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const w = new SheetWriter(sheet, 1, 1, 8);
  w.put([span(title, 1, 8, { bold: true })], { border: false, height: 28 });
  w.put([null, null, null, null, null, null, null, `单位：${unit}`], { border: false });
  w.put(['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'].map((v) => ({ v, bold: true })));
  const round4 = (x: number) => Math.round(x * 10000) / 10000;
  entries.forEach((e, i) => {
    w.put([i + 1, e.name, e.budget, e.adjusted, e.executed, pct(e.rate ?? round4(e.executed / e.adjusted)), e.score, e.grade]);
  });
  w.put([span(`合计（共${entries.length}个项目）`, 1, 2), undefined, totals.budget, totals.adjusted, totals.executed, pct(round4(totals.executed / totals.adjusted)), null, null]);
  w.put([span('平均得分', 1, 2), undefined, null, null, null, null, totals.average, null]);
}

export function buildSeed000Workbook(workbook: ExcelJS.Workbook): void {
  const tables = seed000Tables();
  const about = workbook.addWorksheet('说明');
  about.getColumn(1).width = 110;
  [
    `${DEPARTMENT} 2021 年度项目支出绩效自评（12 个项目）`,
    '来源：该部门公开的《部门项目支出绩效自评总报告》（2021 年度）：12 个项目，年初预算 222.54 万元，全年执行数 144.86 万元，平均得分 94.25 分。',
    '项目名称照录报告；各项目的预算、执行数、指标和得分为示例拆分（见 scripts/seed000.ts），合计与报告一致。',
    '“项目汇总表”按财务人员的习惯抄录项目名称（如“OA系统运维服务费”“招商引资专项”），与各项目表按名称对应。',
  ].forEach((text, i) => (about.getCell(i + 1, 1).value = text));
  buildRollupSheet(
    workbook,
    `${DEPARTMENT}2021年度项目支出绩效自评汇总表`,
    tables.map((t) => ({
      name: ROLLUP_NAMES[t.name] ?? t.name,
      budget: t.funds.total[0]!,
      adjusted: t.funds.total[1]!,
      executed: t.funds.total[2]!,
      score: t.total,
      grade: t.grade!,
    })),
    { budget: 222.54, adjusted: 222.54, executed: 144.86, average: 94.25 },
  );
  for (const table of tables) buildProjectSheet(workbook, table);
}
