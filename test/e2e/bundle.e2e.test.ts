// The task pane's first load stays within its budget: the scripts taskpane.html loads, gzipped, from the production
// build (npm run test:e2e builds first). The engine, ExcelJS and the write path load on demand, after the pane shows.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pageScriptSizes, TASKPANE_INITIAL_JS_BUDGET } from '../../scripts/bundle-size';

const DIST = path.resolve(__dirname, '../../dist');

test('the task pane’s initial JavaScript is at most 160 KB gzipped, and holds neither ExcelJS nor the rules', () => {
  expect(existsSync(path.join(DIST, 'taskpane.html'))).toBe(true);
  const { gzip, text } = pageScriptSizes(DIST, 'taskpane.html');
  expect(gzip).toBeLessThanOrEqual(TASKPANE_INITIAL_JS_BUDGET);
  expect(gzip).toBeGreaterThan(10 * 1024); // the pane itself is in it: the measure reads real scripts
  expect(/xl\/workbook\.xml|sharedStrings\.xml/.test(text)).toBe(false);
  // A rule's message table (its {placeholders}) comes with the engine, which loads with the host.
  expect(text.includes('{subject}应为 {expected}')).toBe(false);
});
