// WPS mode in real Chromium against the production build of the WPS 加载项 (dist/wps/): the fake WPS object model
// (test/fakes/wps.ts) injected as window.Application before the add-in's scripts, as WPS gives it to every page,
// filled with the seed 002 sample's sheets. The ribbon's 一键重算 is pressed through its OnAction handler, as WPS
// calls it, and the cells are read back; then 自评助手 opens the task pane (CreateTaskPane) on the same workbook.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPORT_SHEET } from '../../src/core';
import { toDense } from '../support/dense';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { bundleForBrowser } from './support/bundle';
import { startStaticServer, type StaticServer } from './support/server';
import { ARTIFACTS, DIST, ROOT, sampleGrids } from './support/taskpane';

const SHEET = '部门整体自评表';
const WPS = '/wps/';

let server: StaticServer;
let browser: Browser;
let main: Page;
let pane: Page;
let bundle: string;
const consoleErrors: string[] = [];
const dialogs: string[] = [];

interface FakeCellJson {
  value?: number | string | boolean;
  formula?: string;
  numberFormat?: string;
  color?: number;
}

async function newPage(seed: unknown): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.addInitScript({ content: `${bundle}\n;window.__installFakeWps(${JSON.stringify(seed)});` });
  return page;
}

function cells(page: Page, sheet: string): Promise<Record<string, FakeCellJson>> {
  return page.evaluate((name) => {
    const wps = (window as any).__jixiaoFakeWps;
    const s = wps.sheets.find((x: any) => x.name === name);
    return Object.fromEntries([...s.cells.entries()].map(([k, c]: [string, any]) => [k, { ...c }]));
  }, sheet);
}

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'wps', 'index.html'))) throw new Error('dist/wps/index.html is missing: run `npm run build` first (npm run test:e2e does it)');
  await fs.mkdir(ARTIFACTS, { recursive: true });
  bundle = await bundleForBrowser(path.join(ROOT, 'test/e2e/fake-host/wps-entry.ts'), path.join(ARTIFACTS, 'fake-wps.js'));
  const grids = await sampleGrids();
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  main = await newPage({ sheets: grids.map((g) => { const d = toDense(g); return { sheet: g.sheet, values: d.values, formats: d.formats, formulas: d.formulas }; }) });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('WPS mode (fake WPS object model)', () => {
  let before: Record<string, FakeCellJson>;

  test('the add-in folder holds what WPS loads: index.html, ribbon.xml with the 绩效自评 group, the pane page', async () => {
    const ribbon = await fs.readFile(path.join(DIST, 'wps', 'ribbon.xml'), 'utf8');
    expect(ribbon).toContain('onLoad="OnAddinLoad"');
    for (const label of ['一键重算', '自评助手', '清除标记', '生成提交版']) expect(ribbon).toContain(`label="${label}"`);
    expect(existsSync(path.join(DIST, 'wps', 'taskpane.html'))).toBe(true);
    await main.goto(server.origin + WPS + 'index.html');
    // WPS calls OnAddinLoad with the ribbon, then OnGetEnabled / GetImage for each button.
    const loaded = await main.evaluate(() => {
      const w = window as any;
      return [w.OnAddinLoad({ Invalidate() {} }), w.OnGetEnabled({ Id: 'btnRecalc' }), w.GetImage({ Id: 'btnRecalc' })];
    });
    expect(loaded).toEqual([true, true, 'images/icon-32.png']);
    const icon = await main.request.get(server.origin + WPS + 'images/icon-32.png');
    expect(icon.status()).toBe(200);
  });

  test('一键重算 through the ribbon handler writes the derived cells and brings 校验结果 forward', async () => {
    before = await cells(main, SHEET);
    await main.evaluate(() => {
      const w = window as any;
      w.OnAction({ Id: 'btnRecalc' });
      return w.__jixiaoLastAction.done;
    });
    const after = await cells(main, SHEET);
    expect(after.J14.value).toBe(0.143); // 任务 5: 1.43 ÷ 10
    expect(after.J11.value).toBe(0.2335); // 任务 2: 10.86 ÷ 46.5 = 0.23355 → 23.35%
    expect(after.H19.value).toBe(1); // 部门预算总额: 1125.54 ÷ 1125.54
    expect(after.J19.value).toBe(10); // 10 × 100%
    expect(after.I30.value).toBe(2); // 预算执行率 ≥90% met: full 2
    expect([after.D53.value, after.E53.value]).toEqual([10, 1]);
    expect([after.H6.value, after.H7.value]).toEqual([100, '优']);
    // Every figure a person typed is as it was.
    for (const cell of ['E14', 'H14', 'I19', 'H30', 'F14', 'G19']) expect({ cell, value: after[cell]?.value }).toEqual({ cell, value: before[cell]?.value });
    const state = await main.evaluate(() => {
      const wps = (window as any).__jixiaoFakeWps;
      return { sheets: wps.sheets.map((s: any) => s.name), active: wps.activeSheet?.name, calls: wps.calls };
    });
    expect(state.sheets).toContain(REPORT_SHEET);
    expect(state.active).toBe(REPORT_SHEET);
    expect(dialogs).toEqual([]);
  });

  test('自评助手 opens the React pane with CreateTaskPane, on the recalculated workbook', async () => {
    await main.evaluate(() => (window as any).OnAction({ Id: 'btnPane' }));
    const created = await main.evaluate(() => (window as any).__jixiaoFakeWps.taskPanes.map((p: any) => ({ url: p.url, title: p.title, visible: p.Visible })));
    expect(created).toEqual([{ url: `${server.origin}${WPS}taskpane.html`, title: '绩效自评助手', visible: true }]);
    // In WPS the pane's page shares the main page's Application; here it gets the same workbook's state.
    const state = await main.evaluate(() => (window as any).__exportFakeWps());
    pane = await newPage({ state });
    await pane.goto(created[0].url);
    await pane.getByTestId('total-score').waitFor({ timeout: 30_000 });
    await expect(pane.getByTestId('total-score').innerText()).resolves.toBe('100');
    await expect(pane.getByTestId('grade').innerText()).resolves.toBe('优');
    expect(describeViolations(await seriousAxeViolations(pane))).toBe('');
    await pane.screenshot({ path: path.join(ARTIFACTS, 'wps-mode.png'), fullPage: true });
  });

  test('重新计算 in the pane on the recalculated workbook writes nothing', async () => {
    const cellsBefore = JSON.stringify(await cells(pane, SHEET));
    await pane.getByRole('button', { name: '重新计算' }).click();
    await pane.getByText('重算完成：没有需要改写的数值', { exact: false }).waitFor({ timeout: 30_000 });
    expect(JSON.stringify(await cells(pane, SHEET))).toBe(cellsBefore);
  });

  test('撤销本次写入 restores what the recalculation wrote, leaving and listing a cell changed since', async () => {
    // The person types 9 back into 部门预算总额's 得分 J19, which the recalculation had set to 10.
    await pane.evaluate(() => (window as any).__jixiaoFakeWps.sheets.find((s: any) => s.name === '部门整体自评表').cells.set('J19', { value: 9 }));
    await pane.getByRole('button', { name: '撤销本次写入' }).click();
    // The sample's recalculation wrote 15 cells; 14 still held what it wrote.
    await pane.getByText('已撤销本次写入：恢复了 14 个单元格；1 个单元格在重算后有人改过，保留现状：部门整体自评表!J19。').waitFor({ timeout: 30_000 });
    const after = await cells(pane, SHEET);
    expect([after.J14.value, after.J19.value]).toEqual([before.J14.value, 9]);
    await pane.screenshot({ path: path.join(ARTIFACTS, 'wps-mode-undo.png'), fullPage: true });
  });

  test('清除标记 and 生成提交版 from the ribbon say what they did', async () => {
    await main.evaluate(() => {
      const w = window as any;
      w.OnAction({ Id: 'btnSubmit' });
      return w.__jixiaoLastAction.done;
    });
    expect(dialogs[0]).toContain('生成提交版将去掉全部标记和批注');
    expect(dialogs[1]).toMatch(/^已生成提交版/);
    const sheets = await main.evaluate(() => (window as any).__jixiaoFakeWps.sheets.map((s: any) => s.name));
    expect(sheets).not.toContain(REPORT_SHEET);
    expect((await cells(main, SHEET)).J14.value).toBe(0.143);
  });

  test('the pages logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
