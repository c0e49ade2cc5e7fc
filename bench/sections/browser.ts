// The task pane in Chromium (playwright-core + the system chromium), against the production build in dist/:
//   taskpaneFirstRenderMs  navigation start → the pane's first render (its 重新计算 button), as an Excel task pane
//                          over the fake Excel host (test/fakes) holding the seed 002 sample;
//   fileModeFirstRenderMs  navigation start → 选择文件 shown, on the file-mode page (dist/filemode/, no office.js);
//   fileModeFindingsMs     navigation start → the sample's findings shown in file mode, the file being opened as soon
//                          as the file input exists (ExcelJS fetched lazily, the workbook parsed, the engine run).
// Each is the median of several page loads, each in a fresh browser context. Timestamps are taken in the page
// (performance.now() from a MutationObserver), so Playwright's polling does not inflate them.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../test/e2e/support/browser';
import { startStaticServer } from '../../test/e2e/support/server';
import { DIST, injectFakeExcel, RENDER_MARKS_SCRIPT, renderMarks, SAMPLE, sampleGrids, TASKPANE } from '../../test/e2e/support/taskpane';
import { median, round, SkipSection } from '../skip';

const RUNS = 5;

export async function run(): Promise<Record<string, number>> {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new SkipSection('dist/ not built (npm run build)');
  if (!existsSync(CHROMIUM_PATH)) throw new SkipSection(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  if (!existsSync(SAMPLE)) throw new SkipSection('samples/department-2021-jinshui.xlsx missing (npm run samples)');

  const grids = await sampleGrids();
  const server = await startStaticServer(DIST);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const url = server.origin + TASKPANE;
    // File mode as its users open it: its own page, which loads no office.js.
    const fileModeUrl = `${server.origin}/filemode/index.html`;

    const excelFirstRender: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await injectFakeExcel(page, grids);
      await page.addInitScript({ content: RENDER_MARKS_SCRIPT });
      await page.goto(url);
      await page.getByTestId('finding').first().waitFor({ timeout: 60_000 });
      const marks = await renderMarks(page);
      if (marks.firstRender === undefined) throw new Error('the 重新计算 button was never seen');
      if (i > 0) excelFirstRender.push(marks.firstRender); // the first load warms the OS file cache
      await context.close();
    }

    const fileFirstRender: number[] = [];
    const fileFindings: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.addInitScript({ content: RENDER_MARKS_SCRIPT });
      await page.goto(fileModeUrl);
      const input = page.getByTestId('file-input');
      await input.waitFor({ state: 'attached', timeout: 60_000 });
      await input.setInputFiles(SAMPLE);
      await page.getByTestId('finding').first().waitFor({ timeout: 60_000 });
      const marks = await renderMarks(page);
      if (marks.firstRender === undefined || marks.findings === undefined) throw new Error(`file mode never rendered its findings: ${JSON.stringify(marks)}`);
      const count = await page.getByTestId('finding').count();
      if (count !== 5) throw new Error(`file mode showed ${count} findings for the sample, expected 5`);
      if (i > 0) {
        fileFirstRender.push(marks.firstRender);
        fileFindings.push(marks.findings);
      }
      await context.close();
    }

    return {
      taskpaneFirstRenderMs: round(median(excelFirstRender), 1),
      fileModeFirstRenderMs: round(median(fileFirstRender), 1),
      fileModeFindingsMs: round(median(fileFindings), 1),
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}
