// Odd inputs and outputs through main(): special files, several files with unusable ones among them, -o onto
// modes, symlinks and missing folders, temp files left by a killed run, a person's own 校验结果 sheet.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { MAX_FILE_BYTES } from '../../src/file/limits';
import { loadWorkbook, noTableWorkbook, projectWorkbook, seed002Workbook, toBytes } from './workbooks';

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
let project: string;
let seed: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-hardening-'));
  project = path.join(dir, 'project.xlsx');
  fs.writeFileSync(project, (await projectWorkbook()).bytes);
  seed = path.join(dir, 'seed002.xlsx');
  fs.writeFileSync(seed, (await seed002Workbook()).bytes);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function tempFiles(folder: string): string[] {
  return fs.readdirSync(folder).filter((n) => n.includes('.jixiao-tmp-') || n.endsWith('.tmp'));
}

describe('inputs that are not regular files end at once with a reason (exit 2)', () => {
  it.each([
    ['/dev/zero', '设备'],
    ['/dev/null', '设备'],
  ])('%s', async (device, kind) => {
    const r = await run('check', device);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`jixiao：${device} 是${kind}，不是 .xlsx 文件`);
  });

  it('a file over the 100 MB cap is refused from its size, unread', async () => {
    const huge = path.join(dir, 'huge.xlsx');
    fs.writeFileSync(huge, 'PK');
    fs.truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: no disk, no reading
    const r = await run('check', huge);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`jixiao：${huge} 有 100.0 MB，超过 100 MB 的上限；绩效自评表通常不到 1 MB，请确认是否选错了文件`);
  });

  it('a folder, for recalc (check reads the workbooks in it)', async () => {
    const r = await run('recalc', dir, '-o', path.join(dir, 'never.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是文件夹');
  });

  it('a folder with no workbook or report in it, for check', async () => {
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    fs.writeFileSync(path.join(empty, '说明.txt'), '不是工作簿');
    const r = await run('check', empty);
    expect([r.code, r.stderr]).toEqual([2, `jixiao：文件夹 ${empty} 中没有 .xlsx / .docx 文件\n`]);
  });

  it('a FIFO with no writer: refused without waiting for one', async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await run('check', fifo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('管道（FIFO）');
  });

  it('a socket', async () => {
    const socket = path.join(dir, 'socket.xlsx');
    const server = net.createServer().listen(socket);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const r = await run('check', socket);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/套接字/);
    } finally {
      server.close();
    }
  });
});

describe('several files: every one reported, the worst exit status', () => {
  it('JSON puts { file, error } in the place of each unusable file and exits 2', async () => {
    const text = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(text, '任务名称,预算资金\n');
    const missing = path.join(dir, 'missing.xlsx');
    const r = await run('check', seed, text, project, missing, '--json');
    const reports = JSON.parse(r.stdout);
    expect(reports.map((x: { file: string }) => x.file)).toEqual([seed, text, project, missing]);
    expect(reports[1]).toEqual({ file: text, error: `${text}：不是 Excel 工作簿（.xlsx）文件` });
    expect(reports[3]).toEqual({ file: missing, error: `找不到文件 ${missing}` });
    expect(reports[0].findings.length).toBeGreaterThan(0);
    expect(reports[2].tables[0].kind).toBe('project');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('human output lists each file in order, the unusable one in its place, and counts them', async () => {
    const none = path.join(dir, 'contacts.xlsx');
    fs.writeFileSync(none, await noTableWorkbook());
    const r = await run('check', project, none, seed);
    expect(r.code).toBe(2);
    const at = (s: string) => r.stdout.indexOf(s);
    expect(at(`${project}（`)).toBeGreaterThanOrEqual(0);
    expect(at(`${none}\n  无法检查：${none}：没有找到绩效自评表`)).toBeGreaterThan(at(`${project}（`));
    expect(at(`${seed}（`)).toBeGreaterThan(at('无法检查'));
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^共检查 3 个文件，其中 1 个无法检查：错误 \d+ · 警告 \d+ · 提示 \d+$/);
  });

  it('without an unusable file, the worst of 1 (seed 002 has errors) and 0 (the project table has none) is 1', async () => {
    expect((await run('check', project, '--json')).code).toBe(0);
    expect((await run('check', project, seed, '--json')).code).toBe(1);
  });

  it('a folder is every .xlsx beneath it, in path order, lock files skipped, always reported as several', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'folder-'));
    fs.mkdirSync(path.join(folder, 'b 项目'));
    fs.copyFileSync(project, path.join(folder, 'b 项目', '档案馆.xlsx'));
    fs.copyFileSync(seed, path.join(folder, 'a 部门.xlsx'));
    fs.writeFileSync(path.join(folder, '~$a 部门.xlsx'), 'lock');
    fs.writeFileSync(path.join(folder, '说明.txt'), 'not a workbook');
    const r = await run('check', folder, '--json');
    const reports = JSON.parse(r.stdout);
    expect(reports.map((x: { file: string }) => path.relative(folder, x.file))).toEqual(['a 部门.xlsx', path.join('b 项目', '档案馆.xlsx')]);
    expect(r.code).toBe(1); // seed 002's errors
    // one workbook in a folder is still a list
    const single = fs.mkdtempSync(path.join(dir, 'single-'));
    fs.copyFileSync(project, path.join(single, 'p.xlsx'));
    expect(JSON.parse((await run('check', single, '--json')).stdout)).toHaveLength(1);
    // and a folder of several with --report is refused: the report is checked against one workbook
    const report = await run('check', folder, '--report', path.join(dir, 'r.docx'));
    expect([report.code, report.stderr]).toEqual([2, 'jixiao：--report 只能与一个工作簿一起使用：报告中的数字与这一个工作簿的表核对\n']);
  });

  it('one unusable file alone gives { file, error } in JSON too', async () => {
    const missing = path.join(dir, 'gone.xlsx');
    const r = await run('check', missing, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ file: missing, error: `找不到文件 ${missing}` });
  });
});

describe('-o', () => {
  it('replacing a file keeps its mode', async () => {
    const output = path.join(dir, 'mode.xlsx');
    fs.writeFileSync(output, 'old');
    fs.chmodSync(output, 0o640);
    expect((await run('recalc', project, '-o', output)).code).toBe(0);
    expect(fs.statSync(output).mode & 0o777).toBe(0o640);
    expect(fs.readFileSync(output).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a new file gets the default mode of new files', async () => {
    const output = path.join(dir, 'new-mode.xlsx');
    expect((await run('recalc', project, '-o', output)).code).toBe(0);
    const umask = process.umask();
    expect(fs.statSync(output).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('writes through a symlink to its target and leaves the link a link', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'target.xlsx');
    fs.writeFileSync(target, 'old');
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(path.join('real', 'target.xlsx'), link);
    expect((await run('recalc', project, '-o', link)).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(tempFiles(path.join(dir, 'real'))).toEqual([]);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a dangling symlink is written through: the file it names is created', async () => {
    const link = path.join(dir, 'dangling.xlsx');
    fs.symlinkSync('created-by-link.xlsx', link);
    expect((await run('recalc', project, '-o', link)).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.statSync(path.join(dir, 'created-by-link.xlsx')).isFile()).toBe(true);
  });

  it('a symlink to the input is the input: refused, the input untouched', async () => {
    const link = path.join(dir, 'same-as-input.xlsx');
    fs.symlinkSync(project, link);
    const before = fs.readFileSync(project);
    const r = await run('recalc', project, '-o', link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能与输入文件相同');
    expect(Buffer.compare(fs.readFileSync(project), before)).toBe(0);
  });

  it('refuses a missing folder with a reason and creates nothing', async () => {
    const output = path.join(dir, 'no-such-folder', 'out.xlsx');
    const r = await run('recalc', project, '-o', output);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`jixiao：输出文件夹 ${path.join(dir, 'no-such-folder')} 不存在，请先建好它；没有写出任何文件`);
    expect(fs.existsSync(path.join(dir, 'no-such-folder'))).toBe(false);
  });

  it('refuses a folder as the output', async () => {
    fs.mkdirSync(path.join(dir, 'folder.xlsx'));
    const r = await run('recalc', project, '-o', path.join(dir, 'folder.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是文件夹，不能作为输出文件');
  });

  it('a temp file a killed run left is never taken for the output, and is cleared away', async () => {
    const output = path.join(dir, 'after-kill.xlsx');
    // A process that has ended: its pid is free, as a run killed with SIGKILL leaves it.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = path.join(dir, `.after-kill.xlsx.jixiao-tmp-${dead}-abc123.tmp`);
    fs.writeFileSync(stale, 'half a workbook');
    // One of a run still alive (this one's parent) is left alone.
    const alive = path.join(dir, `.after-kill.xlsx.jixiao-tmp-${process.ppid}-def456.tmp`);
    fs.writeFileSync(alive, 'being written');
    expect((await run('recalc', project, '-o', output)).code).toBe(0);
    expect(fs.readFileSync(output).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.readFileSync(alive, 'utf8')).toBe('being written');
    fs.rmSync(alive);
  });
});

describe('a person’s own 校验结果 sheet', () => {
  it('is kept; recalc writes 校验结果(2) and says so, in JSON too', async () => {
    const workbook = await loadWorkbook(fs.readFileSync(project));
    workbook.addWorksheet('校验结果').getCell('A1').value = '科室自查记录';
    const input = path.join(dir, 'own-report.xlsx');
    fs.writeFileSync(input, await toBytes(workbook));
    const output = path.join(dir, 'own-report.out.xlsx');
    const r = await run('recalc', input, '-o', output, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).reportSheet).toBe('校验结果(2)');
    expect(r.stderr).toContain('工作簿中已有名为“校验结果”的工作表（不是 jixiao 写的），已原样保留；本次校验结果写在工作表“校验结果(2)”中');
    const out = await loadWorkbook(fs.readFileSync(output));
    expect(out.getWorksheet('校验结果')!.getCell('A1').value).toBe('科室自查记录');
    expect(out.getWorksheet('校验结果(2)')!.getCell('A1').value).toBe('序号');
  });
});
