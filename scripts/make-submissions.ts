// A folder of departments' submissions, as a finance bureau receives them: one workbook per department (2–4 project
// tables and their 项目支出绩效自评汇总表), filed in a folder per district, generated from a seed so that every run gives
// the same files. For the `jixiao summary` tests and the bench; nothing here is a real department.
//
// Each project is correct by construction: 执行率 = 执行数 ÷ 全年预算数 (typed rounded to 4 decimals), budget execution
// score min(rate, 1) × 10 (2 decimals), every indicator met (90 points), total = the two added, grade by the national
// bands. Variations a bureau meets: every fifth workbook in 元 instead of 万元; workbook 3 (then every 7th) with one
// wrong figure in its roll-up (the first project's 全年执行数 one 万元 too high); workbook 5 (then every 11th) with one
// project's total one point too high. `extras` adds a lock file (~$…), a text file, a corrupt .xlsx and a nested folder.
// Run: node lib/scripts/make-submissions.js <dir> [count]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildProjectSheet, newWorkbook, pct, pct0, type ProjectTable } from './make-samples';
import { buildRollupSheet } from './seed000';

export interface SubmissionOptions {
  count: number;
  /** Pseudo-random seed; the same seed gives the same folder. */
  seed?: number;
  /** Add the files a real folder also holds: a ~$ lock file, a .txt, a corrupt .xlsx, a nested sub-folder. */
  extras?: boolean;
}

/** What was written into one workbook, for tests to compare what jixiao reads with what was typed. */
export interface Submission {
  file: string;
  department: string;
  unit: '万元' | '元';
  projects: { name: string; budget: number; executed: number; total: number }[];
  /** The roll-up's one wrong figure, or the project whose total is wrong. */
  slip: { kind: 'rollup-executed'; cell: string } | { kind: 'table-total'; sheet: string } | null;
}

const DISTRICTS = ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '龙南市', '定南县'];
const BUREAUS = ['党政办公室', '财政局', '教育局', '卫生健康委员会', '农业农村局', '自然资源局', '住房和城乡建设局', '交通运输局', '水利局', '民政局', '文化广电旅游局', '市场监督管理局'];
const PROJECTS = [
  '办公设备购置经费', '信息系统运维经费', '业务培训经费', '专项调研经费', '宣传工作经费', '档案数字化经费', '安全生产检查经费',
  '公车运行维护费', '政府购买服务经费', '基础设施维修经费', '应急物资储备经费', '法律顾问服务费', '课题研究经费', '志愿服务活动经费',
];

/** mulberry32: small, seedable, the same sequence everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, decimals: number) => Math.round((x + Number.EPSILON) * 10 ** decimals) / 10 ** decimals;
const grade = (score: number) => (score >= 90 ? '优' : score >= 80 ? '良' : score >= 60 ? '中' : '差');

function projectTable(name: string, department: string, budget: number, executed: number, unit: '万元' | '元', totalSlip: number): ProjectTable {
  const rate = executed / budget;
  const budgetScore = round(Math.min(rate, 1) * 10, 2);
  const money = (x: number) => round(x * (unit === '元' ? 10000 : 1), 2);
  const total = round(budgetScore + 90 + totalSlip, 2);
  return {
    sheet: name,
    name,
    department,
    unit: department,
    year: 2021,
    amountUnit: unit,
    funds: {
      total: [money(budget), money(budget), money(executed)],
      current: [money(budget), money(budget), money(executed)],
      carried: [0, 0, 0],
      other: [null, null, null],
      rate: round(rate, 4),
      score: budgetScore,
    },
    goal: `完成${name.replace(/经费|费$/, '')}相关工作任务。`,
    achieved: '全年任务按计划完成。',
    indicators: [
      {
        level1: '产出指标',
        rows: [
          { level2: '数量指标', name: '完成工作任务数', target: '≥10项', actual: 10, weight: 20, score: 20 },
          { level2: '质量指标', name: '任务完成合格率', target: '≥95%', actual: pct0(0.98), weight: 10, score: 10 },
          { level2: '时效指标', name: '按期完成率', target: '≥95%', actual: pct0(1), weight: 10, score: 10 },
          { level2: '成本指标', name: '成本控制率', target: '≤100%', actual: pct(0.95, '0%'), weight: 10, score: 10 },
        ],
      },
      { level1: '效益指标', rows: [{ level2: '社会效益指标', name: '服务保障水平', target: '有效提升', actual: '有效提升', weight: 30, score: 30 }] },
      { level1: '满意度指标', rows: [{ level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: pct0(0.95), weight: 10, score: 10 }] },
    ],
    total,
    grade: grade(total),
  };
}

/** Writes `count` department workbooks under dir/<district>/; returns them in path order. */
export async function makeSubmissions(dir: string, options: SubmissionOptions): Promise<Submission[]> {
  const next = random(options.seed ?? 2021);
  const submissions: Submission[] = [];
  for (let i = 0; i < options.count; i++) {
    const district = DISTRICTS[i % DISTRICTS.length];
    const department = `${district}${BUREAUS[Math.floor(i / DISTRICTS.length) % BUREAUS.length]}${i >= DISTRICTS.length * BUREAUS.length ? Math.floor(i / (DISTRICTS.length * BUREAUS.length)) + 1 : ''}`;
    const unit = i % 5 === 4 ? '元' : '万元';
    const n = 2 + Math.floor(next() * 3);
    const first = Math.floor(next() * PROJECTS.length);
    const tableSlip = i % 11 === 5;
    const rollupSlip = i % 7 === 3;
    const projects = Array.from({ length: n }, (_, k) => {
      const budget = round(5 + next() * 95, 2);
      const executed = round(budget * (0.3 + next() * 0.7), 2);
      return { name: PROJECTS[(first + k) % PROJECTS.length], budget, executed };
    });
    const tables = projects.map((p, k) => projectTable(p.name, department, p.budget, p.executed, unit, tableSlip && k === n - 1 ? 1 : 0));
    const workbook = newWorkbook();
    const money = (x: number) => round(x * (unit === '元' ? 10000 : 1), 2);
    const totals = projects.map((p, k) => round(tables[k].total - (tableSlip && k === n - 1 ? 1 : 0), 2));
    const sum = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0), 2);
    buildRollupSheet(
      workbook,
      `${department}2021年度项目支出绩效自评汇总表`,
      projects.map((p, k) => ({
        name: p.name,
        budget: money(p.budget),
        adjusted: money(p.budget),
        executed: money(p.executed + (rollupSlip && k === 0 ? 1 : 0)),
        rate: round(p.executed / p.budget, 4),
        score: totals[k],
        grade: grade(totals[k]),
      })),
      {
        budget: money(sum(projects.map((p) => p.budget))),
        adjusted: money(sum(projects.map((p) => p.budget))),
        executed: money(sum(projects.map((p) => p.executed))),
        average: round(totals.reduce((a, b) => a + b, 0) / n, 2),
      },
      unit,
    );
    for (const table of tables) buildProjectSheet(workbook, table);
    const folder = path.join(dir, district);
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${String(i + 1).padStart(3, '0')}-${department}.xlsx`);
    await workbook.xlsx.writeFile(file);
    submissions.push({
      file,
      department,
      unit,
      projects: projects.map((p, k) => ({ ...p, total: totals[k] })),
      slip: rollupSlip ? { kind: 'rollup-executed', cell: 'E4' } : tableSlip ? { kind: 'table-total', sheet: projects[n - 1].name } : null,
    });
  }
  if (options.extras) {
    const folder = path.join(dir, DISTRICTS[0]);
    fs.writeFileSync(path.join(folder, `~$${path.basename(submissions[0].file)}`), 'lock file Excel leaves while a workbook is open');
    fs.writeFileSync(path.join(folder, '说明.txt'), '各部门 2021 年度项目支出绩效自评材料');
    fs.mkdirSync(path.join(dir, '补报', '第二批'), { recursive: true });
    fs.writeFileSync(path.join(dir, '补报', '第二批', '损坏的文件.xlsx'), 'not a workbook');
  }
  return submissions.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

if (require.main === module) {
  const [dir = 'out/submissions', count = '20'] = process.argv.slice(2);
  makeSubmissions(dir, { count: Number(count), extras: true }).then(
    (written) => process.stdout.write(`wrote ${written.length} workbooks under ${dir}\n`),
    (error: unknown) => {
      process.stderr.write(`make-submissions failed: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
