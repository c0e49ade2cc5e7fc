// Production bundle sizes from dist/ (npm run build): the task pane's initial JavaScript (the scripts
// taskpane.html loads, office.js excepted: it is Microsoft's, served beside the add-in), gzipped; the ribbon
// command's; and a check that ExcelJS is not in the initial bundle (it loads on demand in file mode only).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { pageScriptSizes } from '../../scripts/bundle-size';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SkipSection } from '../skip';

const DIST = path.resolve(__dirname, '../../dist');

const sizes = (page: string) => pageScriptSizes(DIST, page);

export async function run(): Promise<Record<string, number>> {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new SkipSection('dist/ not built (npm run build)');
  const taskpane = sizes('taskpane.html');
  const commands = sizes('commands.html');
  // ExcelJS announces itself in its workbook writer; its absence is what keeps the pane's first load small.
  const exceljsInInitial = /exceljs|xl\/workbook\.xml|sharedStrings\.xml/i.test(taskpane.text) ? 1 : 0;
  const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const allJs = chunks.reduce((n, f) => n + gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
  return {
    taskpaneInitialJsGzipBytes: taskpane.gzip,
    taskpaneInitialJsBytes: taskpane.raw,
    commandsJsGzipBytes: commands.gzip,
    addinAllJsGzipBytes: allJs,
    exceljsInTaskpaneInitial: exceljsInInitial,
  };
}
