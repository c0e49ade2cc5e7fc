// `jixiao summary` end to end through main(): seed 000's department (samples/rollup-2021-rongjiang.xlsx), its roll-up
// with one wrong figure and with a wrong total, and a folder of generated submissions spread over worker threads.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { SummaryReport } from '../../src/core/rollup';
import { makeSubmissions, type Submission } from '../../scripts/make-submissions';
import { loadWorkbook, toBytes } from './workbooks';

jest.setTimeout(120_000);

const SAMPLE = path.resolve(__dirname, '../../samples/rollup-2021-rongjiang.xlsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], tty = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: tty });
  return { code, stdout, stderr };
}

const json = (r: Run) => JSON.parse(r.stdout) as SummaryReport;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-summary-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The sample with some cells of its 项目汇总表 retyped. */
async function sampleWith(name: string, cells: Record<string, ExcelJS.CellValue>): Promise<string> {
  const workbook = await loadWorkbook(new Uint8Array(fs.readFileSync(SAMPLE)));
  const sheet = workbook.getWorksheet('项目汇总表')!;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  const file = path.join(dir, name);
  fs.writeFileSync(file, await toBytes(workbook));
  return file;
}

describe('seed 000: 赣州蓉江新区党政办公室, 12 projects', () => {
  it('summary --json: 12 tables, 年初预算 222.54, 执行 144.86, average 94.25, as the report says; no mismatch', async () => {
    const r = await run(['summary', SAMPLE, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const { totals, tables, findings, files } = json(r);
    expect(totals.count).toBe(12);
    expect(totals.budgetInitial).toBe(222.54);
    expect(totals.executed).toBe(144.86);
    expect(totals.averageScore).toBe(94.25);
    expect(totals.rate).toBe(0.650939); // 144.86 ÷ 222.54
    expect(totals.grades).toEqual({ 优: 9, 良: 3, 中: 0, 差: 0 }); // 89.13, 89.58 and 80.8 are 良
    expect(findings).toEqual([]);
    expect(files).toEqual([{ file: SAMPLE, tables: 12, errors: 0, warnings: 0, infos: 0 }]);
    expect(tables.find((t) => t.name === '公车租赁费')).toMatchObject({ budgetInitial: 24, executed: 18.24, rate: 0.76, score: 97.6, grade: '优', status: '可提交' });
  });

  it('a roll-up with one wrong figure (公车租赁费 执行数 20 for 18.24) gives exactly one summary-mismatch, at that cell', async () => {
    const file = await sampleWith('one-wrong-figure.xlsx', { E9: 20 }); // row 9: the 6th project, 公车租赁费
    const r = await run(['summary', file, '--json']);
    expect(r.code).toBe(1);
    const { findings, files, tables } = json(r);
    expect(findings.map((f) => [f.file, f.rule, f.sheet, f.cell, f.expected, f.actual])).toEqual([[file, 'summary-mismatch', '项目汇总表', 'E9', 18.24, 20]]);
    expect(findings[0].related).toEqual(['公车租赁费!F6']);
    expect(files[0]).toMatchObject({ errors: 1 });
    expect(tables.every((t) => t.status === '可提交')).toBe(true); // the tables are right; the roll-up is not
  });

  it('a roll-up with a wrong total: check names it, recalc writes the sum of the 12 tables', async () => {
    const file = await sampleWith('wrong-total.xlsx', { E16: 144.68 });
    const checked = JSON.parse((await run(['check', file, '--json'])).stdout);
    const found = checked.findings.filter((f: { rule: string }) => f.rule === 'summary-mismatch');
    expect(found.map((f: { cell: string; expected: number; fixable: boolean }) => [f.cell, f.expected, f.fixable])).toEqual([['E16', 144.86, true]]);
    const out = path.join(dir, 'wrong-total.checked.xlsx');
    expect((await run(['recalc', file, '-o', out])).code).toBe(0);
    const fixed = await loadWorkbook(new Uint8Array(fs.readFileSync(out)));
    expect(fixed.getWorksheet('项目汇总表')!.getCell('E16').value).toBe(144.86);
    expect((await run(['summary', out, '--json'])).code).toBe(0);
  });
});

describe('a folder of submissions', () => {
  let folder: string;
  let written: Submission[];
  beforeAll(async () => {
    folder = path.join(dir, '收件');
    written = await makeSubmissions(folder, { count: 12, seed: 7, extras: true });
  }, 60_000);

  it('every .xlsx beneath it in path order, lock and text files skipped, a corrupt one reported in its place', async () => {
    const r = await run(['summary', folder, '--json', '--jobs', '2']);
    expect(r.code).toBe(2); // the corrupt file
    const report = json(r);
    const corrupt = path.join(folder, '补报', '第二批', '损坏的文件.xlsx');
    const expectedOrder = [...written.map((s) => s.file), corrupt].sort();
    expect(report.files.map((f) => f.file)).toEqual(expectedOrder);
    expect(report.files.find((f) => f.file === corrupt)).toEqual({ file: corrupt, error: expect.stringContaining('不是 Excel 工作簿') });
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('损坏的文件.xlsx')]);
    expect(report.files.some((f) => f.file.includes('~$'))).toBe(false);
  });

  it('reads back what was typed: one row per project, amounts in 万元 (the 元 workbooks converted), the totals', async () => {
    const report = json(await run(['summary', folder, '--json', '--jobs', '2']));
    const projects = written.flatMap((s) => s.projects);
    // The score is the total once recalculated: a table whose total is typed one point too high still counts its parts.
    expect(report.tables.map((t) => [t.name, t.budgetInitial, t.executed, t.score])).toEqual(projects.map((p) => [p.name, p.budget, p.executed, p.total]));
    const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
    expect(report.totals.count).toBe(projects.length);
    expect(report.totals.budgetInitial).toBeCloseTo(sum(projects.map((p) => p.budget)), 6);
    expect(report.totals.executed).toBeCloseTo(sum(projects.map((p) => p.executed)), 6);
  });

  it('each slip gives its one finding: a wrong roll-up figure at E4, a wrong table total makes its table 需修改', async () => {
    const report = json(await run(['summary', folder, '--json']));
    const rollupSlips = written.filter((s) => s.slip?.kind === 'rollup-executed');
    expect(report.findings.map((f) => [f.file, f.cell])).toEqual(rollupSlips.map((s) => [s.file, 'E4']));
    const tableSlips = written.filter((s) => s.slip?.kind === 'table-total');
    expect(report.tables.filter((t) => t.status === '需修改').map((t) => [t.file, t.sheet])).toEqual(
      tableSlips.map((s) => [s.file, (s.slip as { sheet: string }).sheet]),
    );
  });

  it('one worker or two, the same summary', async () => {
    const one = await run(['summary', folder, '--json', '--jobs', '1']);
    const two = await run(['summary', folder, '--json', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('a progress line on a terminal, none elsewhere', async () => {
    const tty = await run(['summary', written[0].file, written[1].file, '--json'], true);
    expect(tty.stderr).toContain('汇总 2/2');
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true); // the line is cleared at the end
    const pipe = await run(['summary', written[0].file, written[1].file, '--json'], false);
    expect(pipe.stderr).toBe('');
  });
});

describe('-o 汇总.xlsx', () => {
  it('writes the 汇总 and 问题清单 sheets; nothing is written when no file is usable', async () => {
    const out = path.join(dir, '汇总.xlsx');
    const wrong = await sampleWith('for-output.xlsx', { E9: 20 });
    const r = await run(['summary', SAMPLE, wrong, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('合计：24 张表');
    const workbook = await loadWorkbook(new Uint8Array(fs.readFileSync(out)));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);
    const issues = workbook.getWorksheet('问题清单')!;
    expect(issues.getCell('D2').value).toBe('E9');
    expect(issues.getCell('F2').value).toBe('summary-mismatch');

    const none = path.join(dir, 'none.xlsx');
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    expect((await run(['summary', bad, '-o', none])).code).toBe(2);
    expect(fs.existsSync(none)).toBe(false);
  });

  it.each([
    [['summary'], '缺少要检查'],
    [['summary', 'a.xlsx', '-o', '汇总.csv'], '须以 .xlsx 结尾'],
    [['summary', 'a.xlsx', '--jobs', '0'], '--jobs 0 无效'],
    [['check', 'a.xlsx', '--jobs', '2'], '只用于 jixiao summary'],
  ])('rejects %j', async (argv, reason) => {
    const r = await run(argv);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(reason);
  });

  it('refuses an empty folder and an output that is one of the inputs', async () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    expect((await run(['summary', empty])).stderr).toContain('中没有 .xlsx 文件');
    const copy = path.join(dir, 'copy.xlsx');
    fs.copyFileSync(SAMPLE, copy);
    const r = await run(['summary', copy, '-o', copy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能与输入文件相同');
    expect(Buffer.compare(fs.readFileSync(copy), fs.readFileSync(SAMPLE))).toBe(0);
  });
});
