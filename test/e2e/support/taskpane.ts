// What the e2e tests and the browser bench share: where the build and the sample are, the fake Office host script,
// and an init script that timestamps when the pane first renders and when findings first show.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Grid } from '../../../src/core';
import { readWorkbook } from '../../../src/file';
import { bundleForBrowser } from './bundle';
import { toDense } from '../../support/dense';

export const ROOT = path.resolve(__dirname, '../../..');
/** The production build; E2E_DIST points elsewhere (e.g. a build made with --output-path). */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const SAMPLE = path.join(ROOT, 'samples', 'department-2021-jinshui.xlsx');
export const TASKPANE = '/taskpane.html';

export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does it)');
  }
}

/** Strings found in ExcelJS's code and nowhere in ours: a script holding them carries ExcelJS. */
export const EXCELJS_SIGNATURES = ['schemas.openxmlformats.org/spreadsheetml/2006/main', 'sharedStrings.xml'];

export function holdsExcelJs(source: string): boolean {
  return EXCELJS_SIGNATURES.every((s) => source.includes(s));
}

/** The sample's sheets as the fake Excel host will hold them (values, number formats, formulas). */
export async function sampleGrids(file = SAMPLE): Promise<Grid[]> {
  const { grids } = await readWorkbook(await fs.readFile(file));
  return grids;
}

/** Where production pages load office.js (webpack.config.js OFFICE_JS_SOURCES.cdn). */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_PACKAGE = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * Answers requests for Microsoft's office.js CDN from the @microsoft/office-js package on disk, so a page outside
 * Office runs the real library without the internet (the tests may reach nothing but localhost).
 */
export async function serveOfficeCdnFromPackage(page: Page): Promise<void> {
  await page.route(`${OFFICE_CDN}**`, async (route) => {
    const file = path.join(OFFICE_PACKAGE, new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
    if (!file.startsWith(OFFICE_PACKAGE + path.sep) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: await fs.readFile(file, 'utf8') });
  });
}

let fakeBundle: Promise<string> | null = null;

/** The fake Office/Excel host (test/fakes/excel.ts + test/e2e/fake-host/entry.ts) as one classic script. */
export function fakeOfficeBundle(): Promise<string> {
  fakeBundle ??= bundleForBrowser(path.join(ROOT, 'test/e2e/fake-host/entry.ts'), path.join(ARTIFACTS, 'fake-office.js'));
  return fakeBundle;
}

/**
 * Makes the page an Excel task pane over a fake workbook holding `grids`: the fake host runs before any of the
 * page's scripts, and office.js is answered with an empty script so the real one cannot replace the stub.
 */
export async function injectFakeExcel(page: Page, grids: Grid[], options: { apiMinor?: number; libraryMinor?: number } = {}): Promise<void> {
  const bundle = await fakeOfficeBundle();
  const sheets = grids.map((g) => {
    const d = toDense(g);
    return { sheet: g.sheet, values: d.values, formats: d.formats, formulas: d.formulas, merges: g.merges ?? [] };
  });
  const seed = { sheets, apiMinor: options.apiMinor, libraryMinor: options.libraryMinor };
  await page.addInitScript({ content: `${bundle}\n;window.__installFakeOffice(${JSON.stringify(seed)});` });
  await page.route(/\/office(\.debug)?\.js(\?.*)?$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js replaced by the fake Excel host */' }),
  );
}

/**
 * Timestamps (performance.now(), ms since navigation start) of the first time the pane shows its toolbar
 * (`firstRender`: the toolbar with 重新计算, in any language) and a finding (`findings`), read back with `renderMarks(page)`.
 */
export const RENDER_MARKS_SCRIPT = `(() => {
  const marks = (window.__renderMarks = {});
  const look = () => {
    if (marks.firstRender === undefined && document.querySelector('[role="toolbar"] button')) marks.firstRender = performance.now();
    if (marks.findings === undefined && document.querySelector('[data-testid="finding"]')) marks.findings = performance.now();
    if (marks.firstRender !== undefined && marks.findings !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
})();`;

export async function renderMarks(page: Page): Promise<{ firstRender?: number; findings?: number }> {
  return page.evaluate(() => (window as unknown as { __renderMarks: { firstRender?: number; findings?: number } }).__renderMarks);
}
