// Excel mode in real Chromium against the production build: the fake Excel object model (test/fakes/excel.ts)
// behind a stub Office global, injected before the page's scripts and filled with the seed 002 sample's sheets.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { analyzeWorkbook, type Grid, REPORT_SHEET } from '../../src/core';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startStaticServer, type StaticServer } from './support/server';
import { ARTIFACTS, assertBuilt, DIST, holdsExcelJs, injectFakeExcel, OFFICE_CDN, ROOT, sampleGrids, TASKPANE } from './support/taskpane';

const SHEET = '部门整体自评表';

let server: StaticServer;
let browser: Browser;
let page: Page;
let grids: Grid[];
const consoleErrors: string[] = [];
const scripts: { url: string; source: string }[] = [];

interface FakeCellJson {
  value: number | string | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string;
}

/** The fake workbook's state, read inside the page. */
function fakeState(p: Page) {
  return p.evaluate(() => {
    const excel = (window as any).__jixiaoFakeExcel;
    return {
      sheets: excel.sheets.map((s: any) => s.name) as string[],
      selection: excel.selection as { sheet: string; address: string } | null,
      syncCount: excel.syncCount as number,
      runs: excel.runs as { mergeUndoGroup?: boolean }[],
      cells: Object.fromEntries(
        excel.sheets.map((s: any) => [s.name, Object.fromEntries([...s.cells.entries()].map(([k, c]: [string, any]) => [k, { ...c }]))]),
      ) as Record<string, Record<string, FakeCellJson>>,
    };
  });
}

beforeAll(async () => {
  assertBuilt();
  await fs.mkdir(ARTIFACTS, { recursive: true });
  grids = await sampleGrids();
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script' && r.ok()) scripts.push({ url: r.url(), source: await r.text().catch(() => '') });
  });
  await injectFakeExcel(page, grids);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Excel mode (fake Office host)', () => {
  test('opens as an Excel task pane and checks the workbook: the sample’s findings', async () => {
    await page.goto(server.origin + TASKPANE);
    const findings = page.getByTestId('finding');
    await findings.first().waitFor({ timeout: 30_000 });
    await expect(findings.count()).resolves.toBe(5);
    const text = async (cell: string) => (await findings.filter({ hasText: `${SHEET}!${cell}` }).allInnerTexts()).join('\n');
    expect(await text('J14')).toContain('预算执行率应为 14.30%（1.43 ÷ 10），表中为 1.43%');
    expect(await text('J19')).toMatch(/预算执行得分应为 10[（(].*表中为 9/);
    expect(await text('I30')).toContain('指标“预算执行率”的得分应为 2');
    expect(await text('E53')).toContain('得分率应为 90.00%（9 ÷ 10），表中为 99%');
    // No file mode here: no file picker, and ExcelJS never fetched.
    await expect(page.getByRole('button', { name: '选择文件' }).count()).resolves.toBe(0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => holdsExcelJs(s.source)).map((s) => s.url)).toEqual([]);
    expect(scripts.some((s) => /filemode/.test(s.url))).toBe(false);
    // Checking wrote nothing.
    const state = await fakeState(page);
    expect(state.cells[SHEET].J14.value).toBe(0.0143);
    expect(state.sheets).toEqual(['说明', SHEET]);
  });

  test('clicking a finding selects its cell in the workbook', async () => {
    await page.getByRole('button', { name: `定位到工作表“${SHEET}”的单元格 J14` }).click();
    await page.waitForFunction(() => (window as any).__jixiaoFakeExcel.selection?.address === 'J14');
    expect((await fakeState(page)).selection).toEqual({ sheet: SHEET, address: 'J14' });
    await page.getByRole('button', { name: `定位到工作表“${SHEET}”的单元格 I30` }).click();
    await page.waitForFunction(() => (window as any).__jixiaoFakeExcel.selection?.address === 'I30');
    expect((await fakeState(page)).selection).toEqual({ sheet: SHEET, address: 'I30' });
  });

  test('no serious or critical accessibility violation (findings shown)', async () => {
    expect(describeViolations(await seriousAxeViolations(page))).toBe('');
    await page.screenshot({ path: path.join(ARTIFACTS, 'excel-mode-findings.png'), fullPage: true });
  });

  test('重新计算 writes the derived cells into the workbook in at most two syncs, typed figures untouched', async () => {
    const before = await fakeState(page);
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText('重算完成：写入 15 个单元格；没有需要人工处理的问题。', { exact: false }).waitFor({ timeout: 30_000 });
    const after = await fakeState(page);
    expect(after.syncCount - before.syncCount).toBeLessThanOrEqual(2);
    expect(after.runs[after.runs.length - 1]).toMatchObject({ mergeUndoGroup: true });

    const cell = (a1: string) => after.cells[SHEET][a1];
    expect(cell('J14').value).toBe(0.143); // 任务 5 预算执行率
    expect(cell('J11').value).toBe(0.2335);
    expect(cell('H19')).toMatchObject({ value: 1 }); // 部门预算总额 预算执行率
    expect(cell('J19').value).toBe(10);
    expect(cell('I30').value).toBe(2);
    expect([cell('D53').value, cell('E53').value]).toEqual([10, 1]);
    expect([cell('D57').value, cell('E57').value]).toEqual([100, 1]);
    expect(cell('H6').value).toBe(100);
    expect(cell('H7').value).toBe('优');
    expect(after.sheets).toContain(REPORT_SHEET);

    // Every other cell is exactly as it was.
    const written = new Set(analyzeWorkbook(grids, {}).plan.writes.map((w) => `${w.sheet}!${w.cell}`));
    expect(written.size).toBe(15);
    let compared = 0;
    for (const [sheet, cells] of Object.entries(before.cells)) {
      for (const [address, c] of Object.entries(cells)) {
        if (written.has(`${sheet}!${address}`)) continue;
        expect({ at: `${sheet}!${address}`, value: after.cells[sheet][address]?.value }).toEqual({ at: `${sheet}!${address}`, value: c.value });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect([cell('E14').value, cell('H14').value, cell('I19').value, cell('H30').value]).toEqual([10, 1.43, 10, 2]);
  });

  test('after recalculation the pane shows what is left to fix and the new total', async () => {
    await expect(page.getByRole('tab', { name: '重算后仍需处理的问题' }).count()).resolves.toBe(1);
    await expect(page.getByText('没有发现问题。').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);
    await expect(page.getByTestId('total-score').innerText()).resolves.toBe('100');
    await expect(page.getByTestId('grade').innerText()).resolves.toBe('优');
    expect(describeViolations(await seriousAxeViolations(page))).toBe('');
    await page.screenshot({ path: path.join(ARTIFACTS, 'excel-mode.png'), fullPage: true });
  });

  test('a workbook with several tables: the 汇总 card (seed 000’s 12 projects), each name selects its table', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
    const rollupPage = await context.newPage();
    rollupPage.on('pageerror', (e) => consoleErrors.push(String(e)));
    await injectFakeExcel(rollupPage, await sampleGrids(path.join(ROOT, 'samples', 'rollup-2021-rongjiang.xlsx')));
    await rollupPage.goto(server.origin + TASKPANE);
    const overview = rollupPage.getByTestId('overview');
    await overview.waitFor({ timeout: 30_000 });
    await expect(overview.getByTestId('overview-row').count()).resolves.toBe(12);
    await expect(overview.getByText('12 张表 · 可提交 12 · 需修改 0').count()).resolves.toBe(1);
    // Seed 000: 年初预算 222.54 万元, 执行 144.86 万元 (144.86 ÷ 222.54 = 65.09%), average 94.25
    await expect(rollupPage.getByTestId('overview-totals').innerText()).resolves.toBe('合计：年初预算 222.54 万元，执行 144.86 万元（65.09%），平均得分 94.25');
    await overview.getByRole('button', { name: '转到“公车租赁费”（工作表“公车租赁费”）' }).click();
    await rollupPage.waitForFunction(() => (window as any).__jixiaoFakeExcel.selection?.sheet === '公车租赁费');
    await expect(fakeState(rollupPage).then((s) => s.selection)).resolves.toEqual({ sheet: '公车租赁费', address: 'A1' });
    expect(describeViolations(await seriousAxeViolations(rollupPage))).toBe('');
    await overview.screenshot({ path: path.join(ARTIFACTS, 'excel-mode-overview.png') });
    await context.close();
  });

  test('at Excel on the web\'s default 350 px, every card and finding stands 16 px clear of the pane\'s edges', async () => {
    // learn.microsoft.com/javascript/api/office/office.taskpane: "Web (Excel): 350 px" is the default task pane width.
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    for (const file of [undefined, path.join(ROOT, 'samples', 'rollup-2021-rongjiang.xlsx')]) {
      const narrow = await context.newPage();
      narrow.on('pageerror', (e) => consoleErrors.push(String(e)));
      await injectFakeExcel(narrow, await sampleGrids(file));
      await narrow.goto(server.origin + TASKPANE);
      await narrow.getByTestId('finding').first().or(narrow.getByTestId('overview')).first().waitFor({ timeout: 30_000 });
      const layout = await narrow.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const boxes = [...document.querySelectorAll('.fui-Card, [data-testid="finding"]')].map((el) => el.getBoundingClientRect());
        return { width, scrollWidth: document.documentElement.scrollWidth, boxes: boxes.length, left: Math.min(...boxes.map((b) => b.left)), right: Math.min(...boxes.map((b) => width - b.right)) };
      });
      expect(layout.boxes).toBeGreaterThan(0);
      expect(layout.scrollWidth).toBe(layout.width); // nothing wider than the pane
      expect(layout.left).toBeGreaterThanOrEqual(16);
      expect(layout.right).toBeGreaterThanOrEqual(16);
      await narrow.screenshot({ path: path.join(ARTIFACTS, `excel-mode-350-${file ? 'rollup' : 'seed'}.png`) });
    }
    await context.close();
  });

  test('the page logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});

const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
/** What Internet Explorer and old Edge make of ES2021: nothing, a syntax error. */
const UNPARSABLE = { status: 200, contentType: 'text/javascript', body: 'window.__parsed = (a ??= 1' };
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';

describe('office.js and the engines Office hosts add-ins in', () => {
  test('every production page loads office.js from Microsoft\'s CDN; the CSP allows that origin and nothing else new', async () => {
    for (const name of ['taskpane.html', 'commands.html', 'notice.html']) {
      const html = await fs.readFile(path.join(DIST, name), 'utf8');
      expect({ name, office: scriptsOf(html).find((s) => /office\.js$/.test(s)) }).toEqual({ name, office: `${OFFICE_CDN}office.js` });
      const csp = /Content-Security-Policy content="([^"]+)"/.exec(html)![1];
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp.match(/https?:\/\/[^\s;']+/g)).toEqual(['https://appsforoffice.microsoft.com']);
    }
    // The ES5 start-up check runs before anything else on the two pages with bundles.
    expect(scriptsOf(await fs.readFile(path.join(DIST, 'taskpane.html'), 'utf8')).slice(0, 2)).toEqual(['compat.js', 'probe.js']);
    expect(scriptsOf(await fs.readFile(path.join(DIST, 'commands.html'), 'utf8')).slice(0, 2)).toEqual(['compat.js', 'probe.js']);
    // No local copy of office.js unless built with OFFICE_JS=bundled.
    expect(existsSync(path.join(DIST, 'office'))).toBe(false);
  });

  test('in Internet Explorer 11 the pane says, in zh-CN, that it cannot run and what works instead', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN', userAgent: IE11 });
    const ie = await context.newPage();
    await ie.route(/\/probe\.js$/, (route) => route.fulfill(UNPARSABLE));
    await ie.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill(UNPARSABLE));
    await ie.route(`${OFFICE_CDN}**`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await ie.goto(server.origin + TASKPANE);
    const alert = ie.getByTestId('unsupported-engine');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    expect(text).toContain('网页内核是Internet Explorer 11（Trident）');
    expect(text).toContain('没有读取或修改工作簿中的任何内容');
    expect(text).toContain('① 文件模式');
    expect(text).toContain('jixiao check 自评表.xlsx');
    expect(text).toContain('Microsoft Edge WebView2');
    await expect(alert.getByRole('link').getAttribute('href')).resolves.toBe(`${server.origin}${TASKPANE}`);
    expect(describeViolations(await seriousAxeViolations(ie))).toBe('');
    await ie.screenshot({ path: path.join(ARTIFACTS, 'excel-mode-ie11.png'), fullPage: true });
    await context.close();
  });

  test('in old Edge, 一键重算 answers with the same words in a dialog and releases the button', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041' });
    const edge = await context.newPage();
    await injectFakeExcel(edge, grids);
    await edge.route(/\/probe\.js$/, (route) => route.fulfill(UNPARSABLE));
    await edge.route(/\/commands\.[0-9a-f]+\.js$/, (route) => route.fulfill(UNPARSABLE));
    await edge.goto(`${server.origin}/commands.html`);
    await edge.waitForFunction(() => typeof (window as any).recalcAll === 'function');
    await edge.evaluate(() => new Promise<void>((resolve) => (window as any).recalcAll({ completed: resolve })));
    const dialogs = (await edge.evaluate(() => (window as any).__jixiaoDialogs)) as string[];
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]);
    expect(url.origin + url.pathname).toBe(`${server.origin}/notice.html`);
    const message = url.searchParams.get('m')!;
    expect(message).toContain('旧版 Microsoft Edge（EdgeHTML）');
    expect(message).toContain('jixiao recalc 自评表.xlsx -o 已校验.xlsx');
    // The dialog page itself is ES5 and shows the message.
    await edge.goto(dialogs[0]);
    await expect(edge.locator('#message').innerText()).resolves.toContain('① 文件模式');
    // Nothing was written.
    expect(await edge.evaluate(() => (window as any).__jixiaoFakeExcel.syncCount)).toBe(0);
    await context.close();
  });

  test('a current Excel with the old bundled office.js: the pane still recalculates and offers 撤销本次写入', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
    const old = await context.newPage();
    const errors: string[] = [];
    old.on('pageerror', (e) => errors.push(String(e)));
    await injectFakeExcel(old, grids, { apiMinor: 18, libraryMinor: 15 });
    await old.goto(server.origin + TASKPANE);
    await old.getByTestId('finding').first().waitFor({ timeout: 30_000 });
    await old.getByRole('button', { name: '重新计算' }).click();
    await old.getByText('重算完成：写入 15 个单元格', { exact: false }).waitFor({ timeout: 30_000 });
    const state = await old.evaluate(() => {
      const excel = (window as any).__jixiaoFakeExcel;
      return { notes: excel.sheets.reduce((n: number, s: any) => n + s.notes.size, 0), runs: excel.runs, j14: excel.sheets.find((s: any) => s.name === '部门整体自评表').cells.get('J14').value };
    });
    expect(state.j14).toBe(0.143);
    expect(state.notes).toBe(0);
    expect(state.runs.some((r: { mergeUndoGroup?: boolean }) => r.mergeUndoGroup)).toBe(false);
    await old.getByRole('button', { name: '撤销本次写入' }).click();
    await old.getByText('已撤销本次写入，工作簿恢复到重算之前。').waitFor({ timeout: 30_000 });
    expect(await old.evaluate(() => (window as any).__jixiaoFakeExcel.sheets.find((s: any) => s.name === '部门整体自评表').cells.get('J14').value)).toBe(0.0143);
    expect(errors).toEqual([]);
    await context.close();
  });
});
