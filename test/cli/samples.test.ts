// The bundled samples: regenerated from scripts/make-samples.ts, identical in content to the committed files, and
// checked with exactly the findings their real slips call for (no false alarms).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeWorkbook } from '../../src/core/engine';
import { readWorkbook } from '../../src/file';
import { makeSamples } from '../../scripts/make-samples';

const SAMPLES = path.resolve(__dirname, '../../samples');
let dir: string;
let generated: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-samples-'));
  generated = await makeSamples(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function analyze(file: string) {
  const read = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
  return { read, ...analyzeWorkbook(read.grids) };
}

const pairs = (findings: { rule: string; cell: string; sheet: string }[]) => findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort();

it('the generator writes the four samples and the committed files hold the same cells', async () => {
  expect(generated.map((f) => path.basename(f)).sort()).toEqual([
    'department-2021-jinshui.xlsx',
    'project-2021-national.xlsx',
    'projects-2021-rongjiang.xlsx',
    'rollup-2021-rongjiang.xlsx',
  ]);
  for (const file of generated) {
    const fresh = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
    const committed = await readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, path.basename(file)))));
    expect(committed.grids).toEqual(fresh.grids);
  }
});

it('department-2021-jinshui: seed 002 at B3 behind a 说明 sheet, with exactly its real slips', async () => {
  const { read, report, remaining } = await analyze(path.join(dir, 'department-2021-jinshui.xlsx'));
  expect(read.sheetNames).toEqual(['说明', '部门整体自评表']);
  expect(report.tables).toHaveLength(1);
  expect(report.tables[0].range.startsWith('B3:')).toBe(true);
  expect(report.tables[0].name).toBe('中国共产党郑州市金水区委员会办公室');
  expect(pairs(report.findings)).toEqual(
    [
      '部门整体自评表!J14 rate-mismatch', // task 5: 1.43 of 10 shown as 1.43%
      '部门整体自评表!J11 rate-rounding', // task 2: 23.36% for 23.35%
      '部门整体自评表!J19 score-mismatch', // budget: 100% executed, scored 9 of 10
      '部门整体自评表!I30 score-mismatch', // 预算执行率 ≥90% met, scored 1 of 2
      '部门整体自评表!E53 rate-mismatch', // 得分情况表: 99% for 9 / 10
    ].sort(),
  );
  expect(remaining).toEqual([]);
});

it('project-2021-national: a correct table but for over-budget and over-completion', async () => {
  const { report } = await analyze(path.join(dir, 'project-2021-national.xlsx'));
  expect(report.tables.map((t) => [t.sheet, t.kind])).toEqual([['档案馆建设经费', 'project']]);
  expect(report.findings.filter((f) => f.severity !== 'warning')).toEqual([]);
  expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(['over-budget', 'over-completion']));
  expect(report.tables[0].total?.score).toBe(100);
});

it('projects-2021-rongjiang: three project sheets behind a cover, one with a 0 / 0 / 0 资金总额 row', async () => {
  const { read, report } = await analyze(path.join(dir, 'projects-2021-rongjiang.xlsx'));
  expect(read.sheetNames[0]).toBe('封面');
  expect(report.tables.map((t) => t.sheet)).toEqual(['档案馆建设经费', '公车租赁费', '巩固脱贫攻坚成效工作经费']);
  expect(report.findings.filter((f) => f.sheet === '公车租赁费')).toEqual([]); // 76% executed, scored 7.6 of 10
  const sums = report.findings.filter((f) => f.rule === 'sum-mismatch');
  expect(sums.map((f) => [f.sheet, f.expected])).toEqual([
    ['巩固脱贫攻坚成效工作经费', 90],
    ['巩固脱贫攻坚成效工作经费', 90],
    ['巩固脱贫攻坚成效工作经费', 89.974],
  ]);
});

it('rollup-2021-rongjiang: seed 000’s 12 project tables, their roll-up sheet apart and in agreement with them', async () => {
  const { read, report, remaining } = await analyze(path.join(dir, 'rollup-2021-rongjiang.xlsx'));
  expect(read.sheetNames.slice(0, 2)).toEqual(['说明', '项目汇总表']);
  // The roll-up's header (项目名称 | 年初预算数 | 全年预算数 | 全年执行数 …) reads like a budget block: it is no table.
  expect(report.tables.map((t) => t.sheet)).not.toContain('项目汇总表');
  expect(report.tables.map((t) => t.name)).toEqual([
    '办公耗材设备购置经费', '因公出差伙食与交通补助', '全区会议培训费', '走访慰问经费', '巩固脱贫攻坚成效工作经费', '公车租赁费',
    '档案馆建设经费', 'OA 系统运维服务费', '报刊书籍订阅费', '审计、保密、国家安全、考核工作经费', '行政审批局开办经费', '招商引资专项经费',
  ]); // the 12 projects of seed 000, in its order
  expect(report.tables.every((t) => t.kind === 'project')).toBe(true);
  expect(report.findings).toEqual([]);
  expect(remaining).toEqual([]);
  // Seed 000: 12 projects, 年初预算 222.54 万元, 全年执行数 144.86 万元, average 94.25 — as the roll-up states them and as
  // the tables add up (its rows are retyped names: OA系统运维服务费, 招商引资专项 … all matched).
  const [rollup] = report.rollups!;
  expect(rollup.rows.every((r) => r.table !== null)).toBe(true);
  for (const figures of [rollup.stated, rollup.computed]) {
    expect([figures.count, figures.budgetInitial, figures.executed, figures.averageScore]).toEqual([12, 222.54, 144.86, 94.25]);
  }
});
