// The real thing: `node bin/jixiao.js …` as a user runs it, after compiling the CLI into lib/.
import { execFileSync, spawnSync } from 'node:child_process';
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
