// File mode in real Chromium against the production build: open the seed 002 sample with 选择文件, see its
// findings, download the recalculated workbook and read it back with ExcelJS in Node.
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { analyzeWorkbook, CHANGE_SHEET, REPORT_SHEET, valueAt } from '../../src/core';
import { readWorkbook } from '../../src/file';
import { launchChromium } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { startStaticServer, type StaticServer } from './support/server';
import { writeSeedDocx } from '../fixtures/make-docx';
import { ARTIFACTS, assertBuilt, DIST, holdsExcelJs, OFFICE_CDN, RENDER_MARKS_SCRIPT, renderMarks, ROOT, SAMPLE, serveOfficeCdnFromPackage, TASKPANE } from './support/taskpane';

const PROJECT_SAMPLE = path.join(ROOT, 'samples', 'project-2021-national.xlsx');

const SHEET = '部门整体自评表';

let server: StaticServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
/** Every request the page made: file mode must talk to nothing but the server it was loaded from. */
const requests: string[] = [];
/** Every script the page fetched, in order, with its source. */
const scripts: { url: string; source: string }[] = [];

beforeAll(async () => {
  assertBuilt();
  await fs.mkdir(ARTIFACTS, { recursive: true });
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script' && r.ok()) scripts.push({ url: r.url(), source: await r.text().catch(() => '') });
  });
  await page.addInitScript({ content: RENDER_MARKS_SCRIPT });
  // The page loads office.js from Microsoft's CDN, answered here from the package on disk.
  await serveOfficeCdnFromPackage(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function sampleCells() {
  // What the sample itself says, so the assertions below are about seed 002 and not about a layout guess.
  return readWorkbook(readFileSync(SAMPLE)).then(({ grids }) => {
    const grid = grids.find((g) => g.sheet === SHEET)!;
    const at = (a1: string) => {
      const m = /^([A-Z])(\d+)$/.exec(a1)!;
      return valueAt(grid, Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
    };
    return { grids, at };
  });
}

describe('file mode (no Office host)', () => {
  test('the sample as published: the cells the findings point at hold seed 002’s figures', async () => {
    const { at } = await sampleCells();
    expect(at('C14')).toMatch(/任务\s*5/);
    expect([at('E14'), at('H14'), at('J14')]).toEqual([10, 1.43, 0.0143]);
    expect(at('C19')).toBe('部门预算总额');
    expect([at('F19'), at('G19'), at('I19'), at('J19')]).toEqual([1125.54, 1125.54, 10, 9]);
    expect(String(at('D30')).replace(/\s+/g, '')).toBe('预算执行率'); // typed as 预算执 行率
    expect([at('H30'), at('I30')]).toEqual([2, 1]);
    expect([at('B53'), at('C53'), at('D53'), at('E53')]).toEqual(['预算执行', 10, 9, 0.99]);
  });

  test('opens the page without Office, offers 选择文件; ExcelJS is not in the initial scripts', async () => {
    await page.goto(server.origin + TASKPANE);
    await page.getByRole('button', { name: '选择文件' }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: '绩效自评助手', level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('文件只在本机浏览器中处理，不会上传。').isVisible()).resolves.toBe(true);
    // The scripts taskpane.html itself names (the initial bundle) carry no ExcelJS.
    const html = await fs.readFile(path.join(DIST, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/office\.js$/.test(src));
    expect(initial.length).toBeGreaterThan(0);
    for (const src of initial) {
      const source = await fs.readFile(path.join(DIST, src.replace(/^\//, '').split('?')[0]), 'utf8');
      expect({ src, exceljs: holdsExcelJs(source) }).toEqual({ src, exceljs: false });
    }
  });

  test('选择文件 works by keyboard alone (Tab to it, Enter opens the file chooser)', async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-mode-empty.png') });
    // Listen for the chooser before the key press, not beside it. Listening makes Playwright send
    // Page.setInterceptFileChooserDialog without waiting for Chromium's answer, and Chromium can answer it after it
    // has already run a key event sent right behind it (Input.dispatchKeyEvent travels on another channel): the
    // page then opens a real, un-intercepted chooser and no filechooser event ever comes. That was the timeout of
    // 3 in 5 runs, with the page's own click() on the input called under user activation every time. A mouse click
    // never raced because locator.click() makes several round trips first. The evaluate() calls below run on the
    // same DevTools session as the interception, so Chromium has applied it before the Enter key is sent.
    const chooser = page.waitForEvent('filechooser');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    let focused = '';
    for (let i = 0; i < 10 && focused !== '选择文件'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    }
    expect(focused).toBe('选择文件');
    await expect(page.evaluate(() => {
      const el = document.activeElement as HTMLButtonElement | null;
      return el?.tagName === 'BUTTON' && !el.disabled && el.textContent?.trim() === '选择文件';
    })).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const opened = await chooser;
    expect(opened.isMultiple()).toBe(true);
    await opened.setFiles([]);
  });

  test('选择文件 → the sample’s findings and summary', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择文件' }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(SAMPLE);

    const findings = page.getByTestId('finding');
    await findings.first().waitFor({ timeout: 30_000 });
    await expect(page.getByRole('listitem').filter({ hasText: 'department-2021-jinshui.xlsx' }).count()).resolves.toBe(1);

    const text = async (cell: string) => (await findings.filter({ hasText: `${SHEET}!${cell}` }).allInnerTexts()).join('\n');
    // 任务 5: 1.43 of 10 is 14.30%, shown as 1.43%.
    expect(await text('J14')).toContain('执行率/得分率不符');
    expect(await text('J14')).toContain('预算执行率应为 14.30%（1.43 ÷ 10），表中为 1.43%');
    // 部门预算总额: 1125.54 of 1125.54 executed, scored 9 of 10.
    expect(await text('J19')).toContain('得分不符');
    expect(await text('J19')).toMatch(/应为 10[（(].*表中为 9/);
    // The indicator 预算执行率: 90% against ≥90%, scored 1 of 2.
    expect(await text('I30')).toContain('指标“预算执行率”的得分应为 2');
    expect(await text('I30')).toContain('表中为 1');
    // The summary: 得分率 99% for 9 / 10.
    expect(await text('E53')).toContain('“预算执行”的得分率应为 90.00%（9 ÷ 10），表中为 99%');

    // Grouped by severity with counts: 2 errors (J14, E53), 2 warnings (J19, I30), 1 info (J11 rounding).
    await expect(page.getByRole('heading', { name: /^错误/ }).innerText()).resolves.toMatch(/错误\s*2/);
    await expect(page.getByRole('heading', { name: /^警告/ }).innerText()).resolves.toMatch(/警告\s*2/);
    await expect(findings.count()).resolves.toBe(5);

    // The summary card: the recomputed total 100 and grade 优.
    await expect(page.getByTestId('total-score').innerText()).resolves.toBe('100');
    await expect(page.getByTestId('grade').innerText()).resolves.toBe('优');

    // ExcelJS arrived as its own script, in file mode only.
    expect(scripts.some((s) => holdsExcelJs(s.source))).toBe(true);
    const marks = await renderMarks(page);
    expect(marks.firstRender).toBeGreaterThan(0);
    expect(marks.findings).toBeGreaterThan(marks.firstRender!);
  });

  test('定位 shows the cell and its row', async () => {
    await page.getByRole('button', { name: `定位到工作表“${SHEET}”的单元格 J14` }).click();
    const view = page.getByTestId('cell-view');
    await view.waitFor();
    const shown = await view.innerText();
    expect(shown).toContain(`${SHEET}!J14：1.43%`);
    expect(shown).toContain('全面深化改革');
  });

  test('no serious or critical accessibility violation', async () => {
    const violations = await seriousAxeViolations(page);
    expect(describeViolations(violations)).toBe('');
  });

  test('screenshot of file mode with findings', async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-mode.png'), fullPage: true });
    await page.getByTestId('finding').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-mode-findings.png') });
    const stat = await fs.stat(path.join(ARTIFACTS, 'file-mode.png'));
    expect(stat.size).toBeGreaterThan(10_000);
  });

  test('after 重新计算 the 定位 view shows what J14 now holds (1.43 ÷ 10 = 14.30%), not the 1.43% read', async () => {
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText('重算完成', { exact: false }).waitFor({ timeout: 30_000 });
    const shown = await page.getByTestId('cell-view').innerText();
    expect(shown).toContain(`${SHEET}!J14：14.30%`);
    expect(shown).not.toContain('1.43%');
  });

  test('下载已校验文件 → rates and scores written, 校验结果 present, typed figures unchanged', async () => {
    await page.getByRole('button', { name: '下载已校验文件' }).scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载已校验文件' }).click()]);
    expect(download.suggestedFilename()).toBe('department-2021-jinshui.checked.xlsx');
    const saved = path.join(ARTIFACTS, 'file-mode-download.xlsx');
    await download.saveAs(saved);

    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await fs.readFile(SAMPLE)) as unknown as ArrayBuffer);
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.load((await fs.readFile(saved)) as unknown as ArrayBuffer);
    const out = checked.getWorksheet(SHEET)!;
    const num = (a1: string) => out.getCell(a1).value;

    // Derived cells written.
    expect(num('J14')).toBe(0.143); // 任务 5 预算执行率
    expect(num('J11')).toBe(0.2335); // 任务 2, rounding
    expect(num('H19')).toBe(1); // 部门预算总额 预算执行率
    expect(num('J19')).toBe(10); // budget execution score
    expect(num('I30')).toBe(2); // indicator 预算执行率
    expect([num('D53'), num('E53')]).toEqual([10, 1]); // summary 预算执行
    expect([num('D54'), num('E54')]).toEqual([20, 1]); // summary 投入管理
    expect([num('D57'), num('E57')]).toEqual([100, 1]); // summary 合计
    expect(num('H6')).toBe(100); // 自评得分
    expect(num('H7')).toBe('优');

    // 校验结果 is there, laid out as the engine's plan says (its rows are the findings still open after the
    // writes: none for seed 002, whose five findings recalc fixes).
    const { grids } = await readWorkbook(await fs.readFile(SAMPLE));
    const plan = analyzeWorkbook(grids, {}).plan;
    const report = checked.getWorksheet(REPORT_SHEET);
    expect(report).toBeDefined();
    const header = (report!.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toEqual(plan.reportSheet.header);
    expect(report!.actualRowCount).toBeGreaterThanOrEqual(1 + plan.reportSheet.rows.length);

    // Everything else is exactly as typed: every cell of every original sheet outside the engine's writes.
    const written = new Set(plan.writes.map((w) => `${w.sheet}!${w.cell}`));
    expect(written.size).toBe(15);
    let compared = 0;
    original.eachSheet((sheet) => {
      const copy = checked.getWorksheet(sheet.name)!;
      expect(copy).toBeDefined();
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (written.has(`${sheet.name}!${cell.address}`)) return;
          if (cell.isMerged && cell.master.address !== cell.address) return; // ExcelJS reads a merged cell as its master
          expect({ cell: `${sheet.name}!${cell.address}`, value: copy.getCell(cell.address).value }).toEqual({
            cell: `${sheet.name}!${cell.address}`,
            value: cell.value,
          });
          compared++;
        }),
      );
    });
    expect(compared).toBeGreaterThan(200);
    // A few typed figures by name: 任务 5's amounts, the budget row, the weights.
    expect([num('E14'), num('F14'), num('H14'), num('I14')]).toEqual([10, 10, 1.43, 1.43]);
    expect([num('E19'), num('F19'), num('G19'), num('I19')]).toEqual([1207.96, 1125.54, 1125.54, 10]);
    expect(num('H30')).toBe(2);
  });

  test('生成提交版 → asks first, then downloads <name>.提交版.xlsx: the values written, no mark, note or jixiao sheet', async () => {
    await page.getByRole('button', { name: '生成提交版' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain('已打开的文件不变');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '生成提交版' }).click()]);
    expect(download.suggestedFilename()).toBe('department-2021-jinshui.提交版.xlsx');
    const saved = path.join(ARTIFACTS, 'file-mode-submission.xlsx');
    await download.saveAs(saved);
    await page.getByText('已下载提交版 department-2021-jinshui.提交版.xlsx', { exact: false }).waitFor({ timeout: 30_000 });

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await fs.readFile(saved)) as unknown as ArrayBuffer);
    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await fs.readFile(SAMPLE)) as unknown as ArrayBuffer);
    // The sheets are the sample's own, nothing of jixiao's (校验结果, 修改记录, the very hidden ledger).
    expect(copy.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
    expect((copy.definedNames.model as { name: string }[]).filter((n) => /^jixiao_/i.test(n.name))).toEqual([]);
    // Made from the recalc output: 1.43 ÷ 10 = 14.30% for 任务 5, the budget score 10 of 10, total 100, 优.
    const out = copy.getWorksheet(SHEET)!;
    expect([out.getCell('J14').value, out.getCell('J19').value, out.getCell('H6').value, out.getCell('H7').value]).toEqual([0.143, 10, 100, '优']);
    // The checked copy downloaded above holds jixiao's 校验结果 and 修改记录 (its 15 writes); this one neither, no note of
    // jixiao's, and every fill as the sample had it (recalc fixes all of seed 002's findings, so nothing is marked).
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.load((await fs.readFile(path.join(ARTIFACTS, 'file-mode-download.xlsx'))) as unknown as ArrayBuffer);
    expect(checked.getWorksheet(REPORT_SHEET)).toBeDefined();
    expect(checked.getWorksheet(CHANGE_SHEET)?.actualRowCount).toBe(16);
    const noteText = (cell: ExcelJS.Cell) => (cell.note === undefined ? '' : typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note));
    const before = original.getWorksheet(SHEET)!;
    let cells = 0;
    out.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        expect({ cell: cell.address, jixiao: noteText(cell).includes('绩效自评助手') }).toEqual({ cell: cell.address, jixiao: false });
        expect({ cell: cell.address, fill: cell.fill ?? null }).toEqual({ cell: cell.address, fill: before.getCell(cell.address).fill ?? null });
        cells++;
      }),
    );
    expect(cells).toBeGreaterThan(200);
  });

  test('drag and drop: several .xlsx files at once, each with its own findings and download; a broken file is named', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    const dropPage = await context.newPage();
    dropPage.on('pageerror', (e) => consoleErrors.push(String(e)));
    // An intranet that cannot reach Microsoft's CDN: office.js never loads, and the page is file mode all the same.
    let officeRequests = 0;
    await dropPage.route(`${OFFICE_CDN}**`, (route) => (officeRequests++, route.abort('internetdisconnected')));
    await dropPage.goto(server.origin + TASKPANE);
    const zone = dropPage.getByTestId('drop-zone');
    await zone.waitFor({ timeout: 30_000 });
    const files = [
      { name: 'department-2021-jinshui.xlsx', base64: (await fs.readFile(SAMPLE)).toString('base64') },
      { name: 'project-2021-national.xlsx', base64: (await fs.readFile(PROJECT_SAMPLE)).toString('base64') },
      { name: '说明.xlsx', base64: Buffer.from('这不是工作簿').toString('base64') },
    ];
    const dataTransfer = await dropPage.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      }
      return dt;
    }, files);
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });

    await dropPage.getByRole('alert').filter({ hasText: '说明.xlsx' }).waitFor({ timeout: 30_000 });
    expect(officeRequests).toBe(1);
    await expect(dropPage.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).resolves.toBe('undefined');
    await expect(dropPage.getByRole('alert').innerText()).resolves.toContain('说明.xlsx：不是 Excel 工作簿（.xlsx）文件');
    await dropPage.getByRole('region', { name: 'project-2021-national.xlsx' }).getByTestId('total-score').waitFor({ timeout: 30_000 });
    // Both good files are open, each with its own labelled download button and its own results.
    await expect(dropPage.getByRole('list', { name: '已打开的文件' }).getByRole('listitem').count()).resolves.toBe(2);
    await expect(dropPage.getByRole('button', { name: '下载已校验文件：department-2021-jinshui.xlsx' }).count()).resolves.toBe(1);
    await expect(dropPage.getByRole('button', { name: '下载已校验文件：project-2021-national.xlsx' }).count()).resolves.toBe(1);
    const department = dropPage.getByRole('region', { name: 'department-2021-jinshui.xlsx' });
    await expect(department.getByTestId('finding').count()).resolves.toBe(5);
    await expect(department.getByTestId('total-score').innerText()).resolves.toBe('100');
    const project = dropPage.getByRole('region', { name: 'project-2021-national.xlsx' });
    await expect(project.getByText('项目支出绩效自评表', { exact: false }).count()).resolves.toBeGreaterThan(0);

    const [download] = await Promise.all([
      dropPage.waitForEvent('download'),
      dropPage.getByRole('button', { name: '下载已校验文件：project-2021-national.xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('project-2021-national.checked.xlsx');
    const saved = path.join(ARTIFACTS, 'file-mode-drop-project.xlsx');
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fs.readFile(saved)) as unknown as ArrayBuffer);
    expect(book.getWorksheet(REPORT_SHEET)).toBeDefined();

    // Two files, two tables: the 汇总 card lists both under their files, and 下载汇总表 saves the 汇总 workbook.
    const overview = dropPage.getByTestId('overview');
    await expect(overview.getByTestId('overview-row').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/中国共产党郑州市金水区委员会办公室\s+department-2021-jinshui\.xlsx\s+100\s+优\s+需修改/),
      expect.stringMatching(/档案馆建设经费\s+project-2021-national\.xlsx\s+100\s+优\s+可提交/),
    ]);
    await overview.getByRole('button', { name: '转到“档案馆建设经费”（工作表“档案馆建设经费”）' }).click();
    await expect(dropPage.getByTestId('cell-view').innerText()).resolves.toContain('档案馆建设经费!A1');
    const [summary] = await Promise.all([dropPage.waitForEvent('download'), dropPage.getByRole('button', { name: '下载汇总表' }).click()]);
    expect(summary.suggestedFilename()).toBe('汇总.xlsx');
    const summaryFile = path.join(ARTIFACTS, 'file-mode-summary.xlsx');
    await summary.saveAs(summaryFile);
    const summaryBook = new ExcelJS.Workbook();
    await summaryBook.xlsx.load((await fs.readFile(summaryFile)) as unknown as ArrayBuffer);
    const sheet = summaryBook.getWorksheet('汇总')!;
    expect([sheet.getCell('B3').value, sheet.getCell('P3').value, sheet.getCell('B4').value, sheet.getCell('P4').value]).toEqual([
      'department-2021-jinshui.xlsx', '需修改', 'project-2021-national.xlsx', '可提交',
    ]);
    // 1207.96 + 329.77 = 1537.73 年初预算
    expect(sheet.getCell('G5').value).toBe(1537.73);

    expect(describeViolations(await seriousAxeViolations(dropPage))).toBe('');
    await dropPage.screenshot({ path: path.join(ARTIFACTS, 'file-mode-drop.png'), fullPage: true });
    await context.close();
  });

  test('核对自评报告: seed 002\'s report, read in the page, its four findings listed with their sentence', async () => {
    const docx = await writeSeedDocx(path.join(ARTIFACTS, 'reports'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '核对自评报告' }).click()]);
    await chooser.setFiles(docx['002']);
    await page.getByText('自评报告：seed002-自评报告.docx（91 段、2 张表）').waitFor({ timeout: 30_000 });
    const quoted = page.getByTestId('finding').filter({ has: page.getByTestId('finding-source') });
    // Paragraph 53's 1209.35 against the table and against paragraph 43, its 93.07% against both (seeds.test.ts).
    await expect(quoted.count()).resolves.toBe(4);
    for (const text of await quoted.allInnerTexts()) expect(text).toContain('第 53 段');
    // Only the one naming the table's 调整预算数 cell can be located in the workbook.
    await expect(quoted.getByRole('button', { name: /^定位到/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-mode-report.png'), fullPage: true });
    expect(server.requests.filter((p) => /\.docx$/i.test(p))).toEqual([]);
  });

  test('the page logged no errors and sent nothing anywhere but its own server', () => {
    // office.js's Windows host script opens a telemetry frame even outside Office; the page's Content-Security-Policy
    // refuses it before any request is made. That refusal is the one console error allowed.
    const refusedTelemetry = (m: string) =>
      /^(Refused to frame|Framing) 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'? .*Content Security Policy/s.test(m);
    expect(consoleErrors.filter((m) => !refusedTelemetry(m))).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    // Only GETs of the add-in's own files, of office.js from Microsoft's CDN, and of the download's blob: URL. The
    // workbook never went over the wire.
    expect(requests.filter((r) => !r.startsWith(`GET ${server.origin}/`) && !r.startsWith(`GET ${OFFICE_CDN}`) && !/^GET (blob|data):/.test(r))).toEqual([]);
    expect(server.requests.filter((p) => /\.xlsx$/i.test(p))).toEqual([]);
  });
});
