// jixiao check / recalc with a 自评报告: the seed reports built as .docx (test/fixtures/make-docx.ts), real files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { JsonRecalcReport, JsonReport } from '../../src/cli/main';
import { loadWorkbook, seed002Workbook } from './workbooks';
import { writeSeedDocx } from '../fixtures/make-docx';
import type { SeedId } from '../fixtures/seed-reports';

// Real .docx and .xlsx files built, read and written: slower than the engine tests on a shared machine.
jest.setTimeout(30_000);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
let docx: Record<SeedId, string>;
let table: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-report-'));
  docx = await writeSeedDocx(dir);
  table = path.join(dir, '金水区委办 自评表.xlsx');
  fs.writeFileSync(table, (await seed002Workbook()).bytes);
}, 30_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check table.xlsx --report 报告.docx', () => {
  it('seed 002: paragraph 53 against the table (E17 is 部门预算总额 调整预算数 in this workbook) and against paragraph 43', async () => {
    const { code, stdout } = await run('check', table, '--report', docx['002'], '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as JsonReport;
    expect(json.report).toEqual({ file: 'seed002-自评报告.docx', paragraphs: 91, tables: 2, claims: 20 });
    const about = json.findings.filter((f) => f.source);
    expect(about.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['report-mismatch', 'E17', 1125.54, 1209.35],
      ['report-inconsistent', '', 1125.54, 1209.35],
      ['report-mismatch', '', 1, 0.9307],
      ['report-inconsistent', '', 1, 0.9307],
    ]);
    expect(about[0].source).toMatchObject({ file: 'seed002-自评报告.docx', paragraph: 53 });
  });
  it('prints the report\'s findings under the report, with their sentence', async () => {
    const { stdout } = await run('check', table, '--report', docx['002']);
    expect(stdout).toContain('自评报告「seed002-自评报告.docx」（读到 91 段、2 张表，20 处数字）');
    expect(stdout).toContain('[警告] seed002-自评报告.docx 第 53 段 report-inconsistent：自评报告中部门整体的调整预算数前后不一：第 53 段写 1209.35 万元，第 43 段写 1125.54 万元');
    expect(stdout).toContain('“2021 年度，我部门预算年初数为 1207.96 万元，调整预算数为 1209.35 万元，预算执行金额为 1125.54 万元，预算执行率 93.07%，结转”');
  });
  it('recalc marks the table cell the report contradicts and lists every report finding on 校验结果', async () => {
    const out = path.join(dir, 'out.xlsx');
    const { code, stdout } = await run('recalc', table, '--report', docx['002'], '-o', out, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as JsonRecalcReport;
    // After recalc the table's total is 100 (seed002.test.ts), so the report's "最终得分为98分" no longer matches, and
    // 93.07% now differs from the rate written in G17 (100%).
    expect(json.remaining.filter((f) => f.source).map((f) => [f.rule, f.cell])).toEqual([
      ['report-mismatch', 'G4'], ['report-mismatch', 'E17'], ['report-inconsistent', ''], ['report-mismatch', 'G17'], ['report-inconsistent', ''],
    ]);
    const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(out)));
    expect((wb.getWorksheet('自评表')!.getCell('E17').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    const sheet = wb.getWorksheet('校验结果')!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(7).value ?? '')));
    expect(texts.filter((t) => t.includes('seed002-自评报告.docx 第 53 段'))).toHaveLength(4);
  });
});

describe('check 报告.docx', () => {
  it('seed 003, a report with no table: its claims are checked, exit 1 for the grade', async () => {
    const { code, stdout, stderr } = await run('check', docx['003'], '--json');
    expect([code, stderr]).toEqual([1, '']);
    const json = JSON.parse(stdout) as JsonReport;
    expect(json.tables).toEqual([]);
    expect(json.findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([['grade-mismatch', 'error', '优', '良好']]);
  });
  it('seeds 000, 001 and 004 are consistent: exit 0', async () => {
    for (const id of ['000', '001', '004'] as SeedId[]) {
      const { code, stdout } = await run('check', docx[id]);
      expect([id, code]).toEqual([id, 0]);
      expect(stdout).toContain('未发现问题');
    }
  });
  it('seed 002: the table inside the report and the report around it', async () => {
    const { code, stdout } = await run('check', docx['002'], '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as JsonReport;
    expect(json.tables.map((t) => t.sheet)).toEqual(['表1']);
    expect(json.findings.filter((f) => f.rule === 'report-mismatch').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['表1!E15', '!']);
  });
});

describe('bad input', () => {
  it.each([
    [['check', 'a.xlsx', '--report', 'b.pdf'], 'jixiao：--report 须给 .docx 格式的自评报告（b.pdf）'],
    [['check', 'a.xlsx', 'b.xlsx', '--report', 'c.docx'], 'jixiao：--report 只能与一个工作簿一起使用：报告中的数字与这一个工作簿的表核对'],
    // A line that starts with the command names jixiao once.
    [['recalc', 'a.docx', '-o', 'b.xlsx'], 'jixiao recalc 只改写 .xlsx 工作簿；Word 报告只检查不改写，请用 jixiao check'],
  ])('%j', async (argv, line) => {
    expect(await run(...argv)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
  it('a workbook named .docx', async () => {
    const fake = path.join(dir, '报告.docx');
    fs.copyFileSync(table, fake);
    expect(await run('check', table, '--report', fake)).toEqual({ code: 2, stdout: '', stderr: `jixiao：${fake}：这是 Excel 工作簿，不是 Word 文档\n` });
  });
});
