// `npm run bench` runs every section in bench/sections/*.ts and prints a table; `npm run bench -- --json` prints one
// JSON object of all the figures instead (contract.md lists the keys). A section is a module exporting
//   export async function run(): Promise<Record<string, number>>
// Keys end in Ms (milliseconds), Bytes, PerSec, or are counts. A section that cannot run here throws SkipSection
// (bench/skip.ts) and is reported as skipped; any other exception fails the section and makes the exit status 1.
// Run one section only: npm run bench -- engine
import * as fs from 'node:fs';
import * as path from 'node:path';

interface SectionResult {
  name: string;
  status: 'ok' | 'skipped' | 'failed';
  figures: Record<string, number>;
  reason?: string;
  ms: number;
}

type Section = { run?: () => Promise<Record<string, number>> };

const SECTIONS_DIR = path.join(__dirname, 'sections');

function sectionFiles(only: string[]): string[] {
  return fs
    .readdirSync(SECTIONS_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .filter((f) => only.length === 0 || only.includes(path.basename(f, '.ts')))
    .sort();
}

async function runSection(file: string): Promise<SectionResult> {
  const name = path.basename(file, '.ts');
  const start = performance.now();
  const done = (status: SectionResult['status'], figures: Record<string, number>, reason?: string): SectionResult => ({
    name,
    status,
    figures,
    reason,
    ms: Math.round(performance.now() - start),
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(SECTIONS_DIR, file)) as Section;
    if (typeof mod.run !== 'function') return done('failed', {}, 'exports no run() function');
    const figures = await mod.run();
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return done('failed', {}, `${key} is not a finite number`);
    }
    return done('ok', figures);
  } catch (error) {
    const e = error as Error;
    if (e && e.name === 'SkipSection') return done('skipped', {}, e.message);
    return done('failed', {}, e?.stack ?? String(error));
  }
}

function unit(key: string): string {
  if (/Ms\d*$/.test(key)) return 'ms';
  if (/Bytes\d*$/.test(key)) return 'bytes';
  if (/PerSec\d*$/.test(key)) return '/s';
  if (/Share\d*$/.test(key)) return 'fraction';
  if (/Mb\d*$/.test(key)) return 'MB';
  return 'count';
}

function printTable(results: SectionResult[]): void {
  const rows: [string, string, string][] = [];
  for (const r of results) {
    if (r.status !== 'ok') continue;
    for (const [key, value] of Object.entries(r.figures)) rows.push([key, String(value), unit(key)]);
  }
  const w0 = Math.max(6, ...rows.map((r) => r[0].length));
  const w1 = Math.max(5, ...rows.map((r) => r[1].length));
  const out: string[] = [];
  out.push(`${'figure'.padEnd(w0)}  ${'value'.padStart(w1)}  unit`);
  out.push(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ----`);
  for (const [key, value, u] of rows) out.push(`${key.padEnd(w0)}  ${value.padStart(w1)}  ${u}`);
  out.push('');
  for (const r of results) {
    const detail = r.status === 'ok' ? `${Object.keys(r.figures).length} figures` : (r.reason ?? '').split('\n')[0];
    out.push(`section ${r.name}: ${r.status} (${r.ms} ms) ${detail}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const only = argv.filter((a) => !a.startsWith('-'));
  const results: SectionResult[] = [];
  for (const file of sectionFiles(only)) {
    if (!json) process.stderr.write(`running ${path.basename(file, '.ts')}…\n`);
    results.push(await runSection(file));
  }
  if (json) {
    const all: Record<string, number> = {};
    for (const r of results) Object.assign(all, r.figures);
    process.stdout.write(`${JSON.stringify(all)}\n`);
    for (const r of results) if (r.status !== 'ok') process.stderr.write(`section ${r.name}: ${r.status}: ${(r.reason ?? '').split('\n')[0]}\n`);
  } else {
    printTable(results);
  }
  for (const r of results) if (r.status === 'failed') process.stderr.write(`section ${r.name} failed:\n${r.reason}\n`);
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
