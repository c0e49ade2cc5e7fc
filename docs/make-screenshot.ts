// Takes docs/taskpane.png: the production task pane (dist/, so run `npm run build` first) in Chromium, as an Excel
// task pane over the fake Excel host holding the bundled sample (samples/department-2021-jinshui.xlsx); and
// docs/taskpane-overview.png: the pane's 汇总 card over seed 000's department (samples/rollup-2021-rongjiang.xlsx).
//   node -r ./bench/register.js docs/make-screenshot.ts
import * as path from 'node:path';
import { launchChromium } from '../test/e2e/support/browser';
import { startStaticServer } from '../test/e2e/support/server';
import { DIST, injectFakeExcel, sampleGrids, TASKPANE } from '../test/e2e/support/taskpane';

async function main(): Promise<void> {
  const grids = await sampleGrids();
  const server = await startStaticServer(DIST);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    const page = await context.newPage();
    await injectFakeExcel(page, grids);
    await page.goto(server.origin + TASKPANE);
    await page.getByTestId('finding').first().waitFor({ timeout: 60_000 });
    // The pane may check again right after opening (settings arrive): wait until it has been idle for a moment.
    const idle = () => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false' &&
      [...document.querySelectorAll('button')].some((b) => b.textContent === '重新计算' && !b.disabled));
    await idle();
    await page.waitForTimeout(1000);
    await idle();
    const out = path.join(__dirname, 'taskpane.png');
    await page.screenshot({ path: out, fullPage: false });
    console.log(`wrote ${out}`);

    const rollup = await context.newPage();
    await injectFakeExcel(rollup, await sampleGrids(path.join(__dirname, '..', 'samples', 'rollup-2021-rongjiang.xlsx')));
    await rollup.goto(server.origin + TASKPANE);
    const overview = rollup.getByTestId('overview');
    await overview.waitFor({ timeout: 60_000 });
    await rollup.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
    const card = path.join(__dirname, 'taskpane-overview.png');
    await overview.screenshot({ path: card });
    console.log(`wrote ${card}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
