// The real thing: `node bin/jixiao.js …` as a user runs it, after compiling the CLI into lib/.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { noTableWorkbook, projectWorkbook, seed002Workbook } from './workbooks';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'jixiao.js');
let dir: string;

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-spawn-'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

it('check on seed 002 exits 1 and prints one JSON report', async () => {
  fs.writeFileSync(path.join(dir, 'seed002.xlsx'), (await seed002Workbook()).bytes);
  const r = jixiao('check', 'seed002.xlsx', '--json');
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout);
  expect(report.file).toBe('seed002.xlsx');
  expect(report.findings.filter((f: { rule: string }) => f.rule === 'rate-mismatch').length).toBeGreaterThanOrEqual(2);
});

it('recalc on a correct project table exits 0 and writes the output', async () => {
  fs.writeFileSync(path.join(dir, 'project.xlsx'), (await projectWorkbook()).bytes);
  fs.mkdirSync(path.join(dir, 'result'));
  const r = jixiao('recalc', 'project.xlsx', '-o', 'result/project.checked.xlsx');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('project.xlsx');
  const written = fs.readFileSync(path.join(dir, 'result', 'project.checked.xlsx'));
  expect(written.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(fs.readdirSync(path.join(dir, 'result'))).toEqual(['project.checked.xlsx']);
});

it.each([
  ['a text file', 'notes.xlsx', new TextEncoder().encode('not a workbook'), '不是 Excel 工作簿'],
  ['a workbook without a table', 'contacts.xlsx', null, '没有找到绩效自评表'],
])('exits 2 on %s with one line on stderr and no output', async (_name, name, bytes, reason) => {
  fs.writeFileSync(path.join(dir, name), bytes ?? (await noTableWorkbook()));
  const r = jixiao('recalc', name, '-o', `${name}.out.xlsx`);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(reason);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(fs.existsSync(path.join(dir, `${name}.out.xlsx`))).toBe(false);
});

it('exits 2 on a bad --profile', () => {
  const r = jixiao('check', 'seed002.xlsx', '--profile', 'sichuan');
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe('jixiao：未知的评分口径 --profile sichuan，应为 national 或 yitihua');
});

it('a reader that closes the pipe early ends the run quietly, with the worst exit status of all files', async () => {
  fs.writeFileSync(path.join(dir, 'seed002.xlsx'), (await seed002Workbook()).bytes);
  const files = Array.from({ length: 4 }, () => 'seed002.xlsx');
  // `head -c 100` reads 100 bytes of the JSON (about 4 × 40 KB) and exits: every later write meets EPIPE.
  const script = `"$0" "$1" check --json ${files.join(' ')} | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
  const r = spawnSync('bash', ['-c', script, process.execPath, BIN], { cwd: dir, encoding: 'utf8' });
  // seed 002 has error findings: exit 1, as without the pipe; no stack trace, no EPIPE message
  expect(r.stderr.trim()).toBe('exit=1');
});

describe('SIGINT and SIGTERM while the output is being written', () => {
  // The run is held at the rename (the file fully written beside the target) and told to stop there.
  const HOLD = `const fs = require('node:fs');
fs.promises.rename = () => { process.stdout.write('renaming\\n'); return new Promise(() => setInterval(() => {}, 1000)); };
require(${JSON.stringify(path.join(ROOT, 'lib', 'src', 'cli', 'main.js'))}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes the temp file, leaves the old output whole and exits %i', async (signal, status) => {
    const folder = fs.mkdtempSync(path.join(dir, 'signal-'));
    fs.writeFileSync(path.join(folder, 'project.xlsx'), (await projectWorkbook()).bytes);
    fs.writeFileSync(path.join(folder, 'out.xlsx'), 'the previous output');
    const child = spawn(process.execPath, ['-e', HOLD, 'recalc', 'project.xlsx', '-o', 'out.xlsx'], { cwd: folder });
    let stdout = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('renaming')) resolve();
      });
    });
    expect(fs.readdirSync(folder).some((n) => n.endsWith('.tmp'))).toBe(true); // the temp file is there to remove
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill(signal);
    });
    expect(code).toBe(status);
    expect(fs.readdirSync(folder).sort()).toEqual(['out.xlsx', 'project.xlsx']);
    expect(fs.readFileSync(path.join(folder, 'out.xlsx'), 'utf8')).toBe('the previous output');
  }, 60_000);
});
