// What a built page costs to load: the scripts it loads itself (office.js excepted: Microsoft's, from its CDN or
// served beside the add-in), raw and gzipped. Shared by the bench (bench/sections/bundle.ts) and the test that holds
// the task pane's first load to its budget (test/e2e/bundle.e2e.test.ts).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The task pane's initial JavaScript may be at most this, gzipped (issue 8). */
export const TASKPANE_INITIAL_JS_BUDGET = 160 * 1024;

/** Scripts an HTML page loads itself (not office.js), as paths inside dist/. */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith('office/') && !/^https?:/.test(src));
}

export function pageScriptSizes(dist: string, page: string): { raw: number; gzip: number; text: string } {
  const html = readFileSync(path.join(dist, page), 'utf8');
  let raw = 0;
  let gzip = 0;
  let text = '';
  for (const src of initialScripts(html)) {
    const bytes = readFileSync(path.join(dist, src));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    text += bytes.toString('utf8');
  }
  return { raw, gzip, text };
}
