// End to end through main(): workbooks built here from the seeds' figures, real files in a temp directory.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding } from '../../src/core/report';
import { main } from '../../src/cli/main';
import { readWorkbook, removeMarks } from '../../src/file';
import { USER_FILL, USER_NOTE, loadWorkbook, noTableWorkbook, projectWorkbook, seed002Workbook } from './workbooks';

jest.setTimeout(30_000); // ExcelJS round trips on two shared cores

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes?: Uint8Array): string {
  const p = path.join(dir, name);
  if (bytes) fs.writeFileSync(p, bytes);
  return p;
}

function at(findings: Finding[], cell: string): Finding[] {
  return findings.filter((f) => f.cell === cell);
}

/** Values, fills and notes of every cell of every sheet. */
async function snapshot(bytes: Uint8Array): Promise<Record<string, string>> {
  const workbook = await loadWorkbook(bytes);
  const out: Record<string, string> = {};
  for (const ws of workbook.worksheets) {
    out[`${ws.name}#state`] = ws.state;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out[`${ws.name}!${cell.address}`] = JSON.stringify([cell.value, cell.style?.fill ?? null, cell.note ?? null]);
      }),
    );
  }
  return out;
}

describe('options and unusable input (exit 2, one line on stderr, nothing written)', () => {
  it('prints usage for --help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jixiao check');
    expect(r.stdout).toContain('jixiao recalc');
  });

  it.each([
    [['check', 'a.xlsx', '--profile', 'guangxi'], '评分口径'],
    [['check', 'a.xlsx', '--grade-bands', '80=良,90=优,0=差'], '从高到低'],
    [['check', 'a.xlsx', '--grade-bands', '90=优,60=中'], '下限须为 0'],
    [['check', 'a.xlsx', '--frobnicate'], '未知选项 --frobnicate'],
    [['check'], '缺少要检查'],
    [['audit', 'a.xlsx'], '未知命令 audit'],
    [['recalc', 'a.xlsx'], '-o'],
    [['recalc', 'a.xlsx', 'b.xlsx', '-o', 'c.xlsx'], '一次只处理一个文件'],
    [['check', 'a.xlsx', '-o', 'c.xlsx'], '不接受 -o'],
    [[], '缺少命令'],
  ])('rejects %j', async (argv, reason) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(reason);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    // Named once: "jixiao：…", or the line itself starting with the command, never "jixiao：jixiao check …".
    expect(r.stderr).toMatch(/^jixiao[：\s]/);
    expect(r.stderr).not.toContain('jixiao：jixiao');
  });

  it('names itself once where a usage line starts with the command', async () => {
    expect((await run('check', 'a.xlsx', '-o', 'c.xlsx')).stderr).toBe('jixiao check 不写文件，不接受 -o；要写出结果请用 jixiao recalc\n');
    expect((await run('audit', 'a.xlsx')).stderr).toBe('jixiao：未知命令 audit，应为 check、recalc、summary 或 clean（运行 jixiao --help 查看用法）\n');
  });

  it('refuses a file that is not a workbook and writes nothing', async () => {
    const input = file('not-a-workbook.xlsx', new TextEncoder().encode('任务名称,预算资金\n党务经费,134.5\n'));
    const output = file('never.xlsx');
    const r = await run('recalc', input, '-o', output);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是 Excel 工作簿');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(fs.existsSync(output)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a missing file', async () => {
    const r = await run('check', path.join(dir, 'missing.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到文件');
  });

  it('refuses -o equal to the input and leaves the input alone', async () => {
    const { bytes } = await seed002Workbook();
    const input = file('same.xlsx', bytes);
    const r = await run('recalc', input, '-o', path.join(dir, '.', 'same.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能与输入文件相同');
    expect(Buffer.compare(fs.readFileSync(input), Buffer.from(bytes))).toBe(0);
  });

  it('exits 2 on a workbook without a self-evaluation table', async () => {
    const input = file('no-table.xlsx', await noTableWorkbook());
    const r = await run('check', input, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有找到绩效自评表');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    const output = file('no-table.out.xlsx');
    expect((await run('recalc', input, '-o', output)).code).toBe(2);
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe('seed 002 (部门整体绩效自评表, 金水区委办 2021)', () => {
  let seed: Awaited<ReturnType<typeof seed002Workbook>>;
  let input: string;
  beforeAll(async () => {
    seed = await seed002Workbook();
    input = file('seed002.xlsx', seed.bytes);
  });

  it('check --json finds the real slips and nothing that is not there', async () => {
    const r = await run('check', input, '--json');
    const report = JSON.parse(r.stdout);
    const { cells } = seed;
    expect(report.file).toBe(input);
    expect(report.profile).toBe('national');
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({ sheet: '自评表', kind: 'department' });
    const findings: Finding[] = report.findings;

    const task5 = at(findings, cells.task5Rate).find((f) => f.rule === 'rate-mismatch');
    expect(task5).toMatchObject({ severity: 'error', sheet: '自评表', actual: 0.0143, fixable: true });
    expect(task5!.expected).toBeCloseTo(0.143, 6);
    expect(task5!.message).toContain('14.30%');

    const budget = at(findings, cells.budgetScore).find((f) => f.rule === 'score-mismatch');
    expect(budget).toBeDefined();
    expect(budget!.expected).toBe(10);
    expect(budget!.actual).toBe(9);

    const indicator = at(findings, cells.indicatorBudgetRateScore).find((f) => f.rule === 'score-mismatch');
    expect(indicator).toBeDefined();
    expect(indicator!.expected).toBe(2);
    expect(indicator!.actual).toBe(1);

    const summary = at(findings, cells.summaryBudgetRate).find((f) => f.rule === 'rate-mismatch');
    expect(summary).toMatchObject({ severity: 'error', actual: 0.99, fixable: true });
    // as read: 9 ÷ 10 = 90%; `expected` is what recalc writes once the budget score is corrected to 10 (100%)
    expect(summary!.message).toContain('90.00%（9 ÷ 10）');
    expect(summary!.expected).toBe(1);

    expect(findings.filter((f) => f.rule === 'sum-mismatch')).toEqual([]);
    const task2 = at(findings, cells.task2Rate);
    expect(task2.map((f) => [f.rule, f.severity])).toEqual([['rate-rounding', 'info']]);

    for (const f of findings) expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
    expect(r.code).toBe(1);
  });

  it('check prints zh-CN findings grouped per file and table with severity counts', async () => {
    const r = await run('check', input);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toContain(input);
    expect(r.stdout).toContain('部门整体绩效自评表');
    expect(r.stdout).toMatch(/错误 \d+ · 警告 \d+ · 提示 \d+/);
    expect(r.stdout).toContain(`自评表!${seed.cells.task5Rate}`);
    expect(r.stdout).toContain('rate-mismatch');
    expect(r.stderr).toBe('');
  });

  it('check of several files prints an array in --json', async () => {
    const { bytes } = await projectWorkbook();
    const project = file('project-for-array.xlsx', bytes);
    const r = await run('check', input, project, '--json');
    const reports = JSON.parse(r.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((x: { file: string }) => x.file)).toEqual([input, project]);
    expect(reports[1].tables[0].kind).toBe('project');
    expect(r.code).toBe(1);
  });

  it('recalc writes rates and scores, keeps the input byte-identical, and twice equals once', async () => {
    fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
    const once = path.join(dir, 'out', 'seed002.checked.xlsx');
    const r = await run('recalc', input, '-o', once, '--json');
    const report = JSON.parse(r.stdout);
    expect(report.output).toBe(once);
    expect(Array.isArray(report.remaining)).toBe(true);
    expect(r.code).toBe(report.remaining.some((f: Finding) => f.severity === 'error' && !f.ignored) ? 1 : 0);
    expect(Buffer.compare(fs.readFileSync(input), Buffer.from(seed.bytes))).toBe(0);

    const written = new Uint8Array(fs.readFileSync(once));
    const workbook = await loadWorkbook(written);
    const sheet = workbook.getWorksheet('自评表')!;
    const { cells } = seed;
    expect(sheet.getCell(cells.task5Rate).value).toBeCloseTo(0.143, 6);
    expect(sheet.getCell(cells.budgetScore).value).toBe(10);
    expect(sheet.getCell(cells.indicatorBudgetRateScore).value).toBe(2);
    expect(sheet.getCell(cells.summaryBudgetRate).value).toBe(1); // 10 ÷ 10 once the budget score is 10
    for (const write of report.writes) {
      const value = workbook.getWorksheet(write.sheet)!.getCell(write.cell).value;
      if (typeof write.after === 'number') expect(value).toBeCloseTo(write.after, 9);
      else expect(value).toBe(write.after);
    }
    // the fixed slip is gone from what remains
    expect(report.remaining.filter((f: Finding) => f.cell === cells.task5Rate && f.rule === 'rate-mismatch')).toEqual([]);
    // The header's 自评得分 was typed 98; the budget score corrected from 9 to 10 and the 1 → 2 indicator make it
    // 98 + 1 + 1 = 100: as read the table said 98, as it now reads it holds 100.
    expect(report.tables[0].total).toMatchObject({ score: 100, entered: 98 });
    expect(report.tablesAfter[0].total).toMatchObject({ score: 100, entered: 100 });
    expect(sheet.getCell(cells.totalScore).value).toBe(100);
    // the report sheet lists what remains, with links
    const reportSheet = workbook.getWorksheet('校验结果');
    expect(reportSheet).toBeDefined();
    expect(reportSheet!.getCell('F1').value).toBe('单元格');
    // Row 2 heads the first severity's group; row 3 is its first finding.
    if (reportSheet!.rowCount > 2) expect(reportSheet!.getCell('F3').formula).toMatch(/^HYPERLINK\("#'/);

    // reading the output back: the engine now agrees with it
    const again = await run('check', once, '--json');
    const after = JSON.parse(again.stdout);
    expect(after.findings.filter((f: Finding) => f.rule === 'rate-mismatch')).toEqual([]);

    const twice = path.join(dir, 'out', 'seed002.twice.xlsx');
    const r2 = await run('recalc', once, '-o', twice);
    expect(r2.code).toBe(r.code);
    expect(await snapshot(new Uint8Array(fs.readFileSync(twice)))).toEqual(await snapshot(written));
  });

  it('recalc lists what it wrote in zh-CN, rates shown as percentages, and nothing of the user’s marks is lost', async () => {
    const output = file('seed002.marked.xlsx');
    const r = await run('recalc', input, '-o', output);
    expect(r.stdout).toContain('已写入');
    expect(r.stdout).toContain(`自评表!${seed.cells.task5Rate}：1.43% → 14.30%`);
    // The findings as read are listed too, each explained, before what was written.
    expect(r.stdout).toContain(`[错误] 自评表!${seed.cells.task5Rate} rate-mismatch：`);
    expect(r.stdout.indexOf('rate-mismatch：')).toBeLessThan(r.stdout.indexOf('已写入'));
    expect(r.stdout).toContain(`自评表!${seed.cells.budgetScore}：9 → 10`);
    const cleaned = await removeMarks(new Uint8Array(fs.readFileSync(output)));
    const sheet = (await loadWorkbook(cleaned)).getWorksheet('自评表')!;
    expect(sheet.getCell(seed.cells.userMarked).fill).toEqual(USER_FILL);
    expect(sheet.getCell(seed.cells.userMarked).note).toBe(USER_NOTE);
    // 清除标记 removes the marks; the record of the values recalc wrote stays with them.
    expect((await loadWorkbook(cleaned)).worksheets.map((w) => w.name)).toEqual(['自评表', '修改记录']);
  });

  it('takes --profile yitihua and --grade-bands', async () => {
    const r = await run('check', input, '--json', '--profile', 'yitihua', '--grade-bands', '85=优秀,75=良好,60=一般,0=较差');
    const report = JSON.parse(r.stdout);
    expect(report.profile).toBe('yitihua');
    expect(report.tables).toHaveLength(1);
  });
});

describe('a correct national project table with two warnings', () => {
  it('exits 0 and reports over-budget and over-completion', async () => {
    const project = await projectWorkbook();
    const input = file('project.xlsx', project.bytes);
    const r = await run('check', input, '--json');
    const report = JSON.parse(r.stdout);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({ sheet: '档案馆建设经费', kind: 'project' });
    const errors = report.findings.filter((f: Finding) => f.severity === 'error');
    expect(errors).toEqual([]);
    expect(report.findings.some((f: Finding) => f.rule === 'over-budget' && f.severity === 'warning')).toBe(true);
    const over = report.findings.find((f: Finding) => f.rule === 'over-completion');
    expect(over).toBeDefined();
    expect(over.severity).toBe('warning');
    expect(over.cell.replace(/[A-Z]+/, '')).toBe(String(project.overCompletionRow));
    expect(r.code).toBe(0);
  });

  it('--over-completion sets the threshold: 3061 of ≥2000 is 1.53 ×, asked about at 1.3, not at 1.6', async () => {
    const project = await projectWorkbook();
    const input = file('project-threshold.xlsx', project.bytes);
    const rules = async (...extra: string[]) =>
      (JSON.parse((await run('check', input, '--json', ...extra)).stdout).findings as Finding[]).map((f) => f.rule);
    expect(await rules('--over-completion', '1.3')).toContain('over-completion');
    expect(await rules('--over-completion', '1.6')).not.toContain('over-completion');
    const bad = await run('check', input, '--over-completion', '0.9');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--over-completion');
  });

  it('recalc marks the warnings yellow with a note, and removing the marks restores the user’s own fill and note', async () => {
    const project = await projectWorkbook();
    const input = file('project-marks.xlsx', project.bytes);
    const output = file('project-marks.out.xlsx');
    const r = await run('recalc', input, '-o', output, '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const warnings: Finding[] = result.remaining.filter((f: Finding) => f.severity === 'warning');
    expect(warnings.map((f) => f.cell)).toContain(project.userMarked);

    const marked = new Uint8Array(fs.readFileSync(output));
    const markedSheet = (await loadWorkbook(marked)).getWorksheet('档案馆建设经费')!;
    for (const f of warnings) {
      expect([f.cell, markedSheet.getCell(f.cell).fill]).toEqual([f.cell, expect.objectContaining({ pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } })]);
      expect(markedSheet.getCell(f.cell).note).toBeTruthy();
    }
    expect((await readWorkbook(marked)).ledger.map((e) => e.cell)).toEqual(expect.arrayContaining(warnings.map((f) => f.cell)));
    const reportSheet = (await loadWorkbook(marked)).getWorksheet('校验结果')!;
    // A header, then a line heading each severity present, then its findings.
    const severities = new Set(result.remaining.map((f: Finding) => f.severity));
    expect(reportSheet.rowCount).toBe(1 + severities.size + result.remaining.length);
    const first: Finding = result.remaining.filter((f: Finding) => f.severity === 'warning')[0];
    expect(severities.has('error')).toBe(false);
    expect(reportSheet.getCell('A2').value).toMatch(/^警告 \d+ 处/);
    expect(reportSheet.getCell('F3').formula).toBe(`HYPERLINK("#'档案馆建设经费'!${first.cell}","${first.cell}")`);
    expect(reportSheet.getCell('G3').value).toBe(first.message);

    const cleaned = await removeMarks(marked);
    const original = (await loadWorkbook(project.bytes)).getWorksheet('档案馆建设经费')!;
    const sheet = (await loadWorkbook(cleaned)).getWorksheet('档案馆建设经费')!;
    original.eachRow((row) =>
      row.eachCell((cell) => {
        expect([cell.address, sheet.getCell(cell.address).fill ?? null]).toEqual([cell.address, cell.fill ?? null]);
        expect([cell.address, sheet.getCell(cell.address).note ?? null]).toEqual([cell.address, cell.note ?? null]);
        expect([cell.address, sheet.getCell(cell.address).value]).toEqual([cell.address, cell.value]);
      }),
    );
    expect(sheet.getCell(project.userMarked).fill).toEqual(USER_FILL);
    expect(sheet.getCell(project.userMarked).note).toBe(USER_NOTE);
    expect((await loadWorkbook(cleaned)).worksheets.map((w) => w.name)).toEqual(['封面', '档案馆建设经费']);
    expect(Buffer.compare(fs.readFileSync(input), Buffer.from(project.bytes))).toBe(0);
  });
});
