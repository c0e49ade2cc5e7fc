// The release packages (scripts/package.ts) made from the production build, used as their users would: the file-mode
// zip unpacked into a folder and opened from disk (file://) in real Chromium, and the CLI tarball installed with npm
// offline, from an empty cache, with the registry unreachable, then run.
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { manifestAddress, packageRelease, type Release } from '../../scripts/package';
import { launchChromium } from './support/browser';
import { startStaticServer } from './support/server';
import { ARTIFACTS, assertBuilt, DIST, ROOT, SAMPLE } from './support/taskpane';

const SHEET = '部门整体自评表';
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let release: Release;
let work: string;

beforeAll(async () => {
  assertBuilt();
  work = mkdtempSync(path.join(tmpdir(), 'jixiao-release-e2e-'));
  release = await packageRelease({ dist: DIST, out: path.join(work, 'release') });
}, 600_000);

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('release/', () => {
  test('holds all four doors, named by version', async () => {
    expect((await fs.readdir(release.out)).sort()).toEqual([`jixiao-${VERSION}.tgz`, `jixiao-addin-${VERSION}.zip`, `jixiao-filemode-${VERSION}.zip`, 'wps']);
    expect((await fs.readdir(release.wps)).sort()).toContain('jixiao.7z');
  });

  test('the add-in zip: manifest.xml for the address the build was made for, the pages under web/', () => {
    const zip = unzipSync(readFileSync(release.addin));
    const top = `jixiao-addin-${VERSION}`;
    const built = manifestAddress(readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'));
    expect(manifestAddress(strFromU8(zip[`${top}/manifest.xml`]))).toBe(built);
    expect(release.url).toBe(process.env.ADDIN_URL ? new URL(process.env.ADDIN_URL).href.replace(/\/?$/, '/') : built);
    for (const page of ['taskpane.html', 'commands.html', 'compat.js', 'filemode/index.html']) expect(zip[`${top}/web/${page}`]).toBeDefined();
    expect(Object.keys(zip).some((n) => n.startsWith(`${top}/web/wps/`))).toBe(false);
  });
});

describe('file mode from the zip, opened from disk', () => {
  let browser: Browser;
  let page: Page;
  let folder: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    // Unpacked as a user would: every entry under one folder, jixiao-filemode-<version>/.
    const unpacked = path.join(work, 'unpacked');
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(release.fileMode)))) {
      await fs.mkdir(path.dirname(path.join(unpacked, name)), { recursive: true });
      await fs.writeFile(path.join(unpacked, name), bytes);
    }
    folder = path.join(unpacked, `jixiao-filemode-${VERSION}`);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the folder holds no office.js', async () => {
    const files = await fs.readdir(folder, { recursive: true });
    expect(files).toContain('index.html');
    expect(files.filter((f) => /office/i.test(String(f)))).toEqual([]);
  });

  test('index.html from file:// → 选择文件 → the sample’s findings', async () => {
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    const choose = page.getByRole('button', { name: '选择文件' });
    await choose.waitFor({ timeout: 60_000 });
    // Listen for the chooser before the click that opens it (see file-mode.e2e.test.ts on the race).
    const chooser = page.waitForEvent('filechooser');
    await choose.click();
    await (await chooser).setFiles(SAMPLE);

    const findings = page.getByTestId('finding');
    await findings.first().waitFor({ timeout: 60_000 });
    const text = async (cell: string) => (await findings.filter({ hasText: `${SHEET}!${cell}` }).allInnerTexts()).join('\n');
    // 任务 5: executed 1.43 of a budget of 10 is 1.43 ÷ 10 = 14.30%; the table shows 1.43%.
    expect(await text('J14')).toContain('预算执行率应为 14.30%（1.43 ÷ 10），表中为 1.43%');
    // 预算执行 in the 得分情况 table: 9 of 10 points is 9 ÷ 10 = 90.00%; the table shows 99%.
    expect(await text('E53')).toContain('“预算执行”的得分率应为 90.00%（9 ÷ 10），表中为 99%');
    // Seed 002: errors J14 and E53, warnings J19 (score 9 for 100% executed) and I30 (2 points for 90% ≥ 90%), one
    // rounding note J11 (10.86 ÷ 46.5 = 23.3548% → 23.35%, shown 23.36%).
    await expect(page.getByRole('heading', { name: /^错误/ }).innerText()).resolves.toMatch(/错误\s*2/);
    await expect(page.getByRole('heading', { name: /^警告/ }).innerText()).resolves.toMatch(/警告\s*2/);
    await expect(findings.count()).resolves.toBe(5);
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-mode-from-disk.png'), fullPage: true });
  });

  test('下载已校验文件 works from disk too', async () => {
    const button = page.getByRole('button', { name: '下载已校验文件' });
    await button.scrollIntoViewIfNeeded();
    const download = page.waitForEvent('download');
    await button.click();
    const saved = path.join(work, 'from-disk.checked.xlsx');
    await (await download).saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fs.readFile(saved)) as unknown as ArrayBuffer);
    // 1.43 ÷ 10 = 0.143, written over the 1.43% the table held.
    expect(book.getWorksheet(SHEET)!.getCell('J14').value).toBe(0.143);
  });

  test('the same folder from a web server', async () => {
    const server = await startStaticServer(folder);
    const served = await browser.newPage({ locale: 'zh-CN' });
    const asked: string[] = [];
    served.on('request', (r) => asked.push(r.url()));
    try {
      await served.goto(`${server.origin}/`); // index.html, as a server gives a folder
      const choose = served.getByRole('button', { name: '选择文件' });
      await choose.waitFor({ timeout: 60_000 });
      const chooser = served.waitForEvent('filechooser');
      await choose.click();
      await (await chooser).setFiles(SAMPLE);
      await served.getByTestId('finding').first().waitFor({ timeout: 60_000 });
      await expect(served.getByTestId('finding').count()).resolves.toBe(5); // as from disk: 2 errors, 2 warnings, 1 note
      expect(asked.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith('blob:'))).toEqual([]);
    } finally {
      await served.close();
      await server.close();
    }
  });

  test('every request stayed inside the unpacked folder: no office.js, no network', () => {
    const inside = pathToFileURL(folder).href + '/';
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !u.startsWith(inside) && !u.startsWith('blob:'))).toEqual([]);
    expect(requests.filter((u) => /office(\.debug)?\.js/.test(u))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the CLI tarball', () => {
  let prefix: string;
  let jixiao: string;

  test('names no dependency, and installs with npm offline from an empty cache', () => {
    const pkg = JSON.parse(execFileSync('tar', ['-xzOf', release.cli, 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(pkg).not.toHaveProperty(field);
    prefix = path.join(work, 'prefix');
    const cache = path.join(work, 'empty-cache');
    // An unreachable registry as well: anything npm tried to download would fail the install.
    const env = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const started = Date.now();
    const installed = spawnSync('npm', ['install', '-g', '--offline', '--prefix', prefix, '--cache', cache, release.cli], { encoding: 'utf8', env });
    process.stdout.write(`offline install of ${path.basename(release.cli)}: ${Date.now() - started} ms\n`);
    expect({ status: installed.status, stderr: installed.stderr }).toEqual({ status: 0, stderr: '' });
    jixiao = path.join(prefix, 'bin', 'jixiao');
    expect(execFileSync(jixiao, ['--version'], { encoding: 'utf8' }).trim()).toBe(`jixiao ${VERSION}`);
  }, 120_000);

  test('jixiao check and recalc run from the install', async () => {
    const check = spawnSync(jixiao, ['check', SAMPLE], { encoding: 'utf8' });
    expect(check.status).toBe(1); // docs/contract.md: 1 = at least one error finding (J14, E53)
    expect(check.stdout).toContain(`${SHEET}!J14 rate-mismatch`);
    expect(check.stdout).toMatch(/错误 2 · 警告 2 · 提示 1/);

    const out = path.join(work, 'recalc.xlsx');
    const recalc = spawnSync(jixiao, ['recalc', SAMPLE, '-o', out], { encoding: 'utf8' });
    expect({ status: recalc.status, stderr: recalc.stderr }).toEqual({ status: 0, stderr: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fs.readFile(out)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(SHEET)!;
    expect(sheet.getCell('J14').value).toBe(0.143); // 1.43 ÷ 10
    expect(sheet.getCell('J19').value).toBe(10); // min(1125.54 ÷ 1125.54, 100%) × 10
  }, 120_000);

  test('jixiao summary runs its worker threads from the bundle', () => {
    const project = path.join(ROOT, 'samples', 'project-2021-national.xlsx');
    const run = spawnSync(jixiao, ['summary', SAMPLE, project, '--jobs', '2', '--json'], { encoding: 'utf8' });
    expect(run.stderr).not.toContain('内部错误');
    const report = JSON.parse(run.stdout) as { files: { tables: number; errors: number; error?: string }[]; tables: { name: string }[] };
    // Two files on two workers: each read (a lost worker would leave an error and no table).
    expect(report.files.map((f) => [f.tables, f.errors, f.error])).toEqual([
      [1, 2, undefined],
      [1, 0, undefined],
    ]);
    expect(report.tables.map((t) => t.name)).toEqual(['中国共产党郑州市金水区委员会办公室', '档案馆建设经费']);
  }, 120_000);
});
