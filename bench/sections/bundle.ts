// Production bundle sizes from dist/ (npm run build): the task pane's initial JavaScript (the scripts
// taskpane.html loads, office.js excepted: it is Microsoft's, served beside the add-in), gzipped; the ribbon
// command's; and a check that ExcelJS is not in the initial bundle (it loads on demand in file mode only).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SkipSection } from '../skip';

const DIST = path.resolve(__dirname, '../../dist');

/** Scripts an HTML page loads itself (not office.js), as paths inside dist/. */
function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith('office/') && !/^https?:/.test(src));
}

function sizes(page: string): { raw: number; gzip: number; text: string } {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  let raw = 0;
  let gzip = 0;
  let text = '';
  for (const src of initialScripts(html)) {
    const bytes = readFileSync(path.join(DIST, src));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    text += bytes.toString('utf8');
  }
  return { raw, gzip, text };
}

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
