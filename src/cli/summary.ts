// `jixiao summary <files or folders>... [-o 汇总.xlsx] [--json] [--jobs n]`: one row per table found in every file
// (folders searched recursively, in path order), the totals, and each workbook's roll-up checked against its tables.
// Files are spread over worker threads (one per core by default); results are kept as small rows, never as Grids.
// A progress line goes to stderr when it is a terminal, and nowhere otherwise.
import * as os from 'node:os';
import type { EngineOptions } from '../core/engine';
import { gradeBandsOf } from '../core/profile';
import type { Locale } from '../core/locale';
import { WORDING } from '../core/present';
import type { SummaryWording } from '../core/present/wording';
import { buildSummary, type FilePart, type SummaryReport, type SummaryRow, type SummaryTotals } from '../core/rollup';
import { formatNumber, formatPercent } from '../core/text';
import { buildSummaryWorkbook } from '../file/summary-workbook';
import type { CliOptions } from './args';
import { expandInputs, samePath } from './files';
import { firstLine, Unusable } from './input';
import { resolveOutput, writeOutput } from './output';
import { formatCounts, formatFinding } from './format';
import { type CliIO, complain, EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE } from './io';
import { runPool } from './pool';
import { summarizeFile } from './summary-file';

/** Redraws one line on a terminal, at most every 100 ms and once at the end. */
class Progress {
  private last = 0;
  private errors = 0;
  private done = 0;

  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly wording: SummaryWording,
  ) {}

  update(part: FilePart): void {
    this.done++;
    if ('error' in part) this.errors++;
    else this.errors += part.rows.reduce((n, r) => n + r.errors, 0) + part.rollupFindings.length;
    const now = Date.now();
    if (!this.io.stderrIsTTY || (now - this.last < 100 && this.done < this.total)) return;
    this.last = now;
    const name = part.file.length > 48 ? `…${part.file.slice(-47)}` : part.file;
    this.io.stderr(`\r\x1b[K${this.wording.progress(this.done, this.total, this.errors, name)}`);
  }

  end(): void {
    if (this.io.stderrIsTTY) this.io.stderr('\r\x1b[K');
  }
}

function workerCount(options: CliOptions, files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(options.jobs ?? cores, files));
}

async function collect(files: string[], options: CliOptions, engineOptions: EngineOptions, io: CliIO): Promise<FilePart[]> {
  const parts: FilePart[] = new Array(files.length);
  const progress = new Progress(io, files.length, WORDING[options.lang].cli.summary);
  const workers = workerCount(options, files.length);
  const take = (index: number, part: FilePart) => {
    parts[index] = part;
    progress.update(part);
  };
  try {
    // One worker costs a thread and a second ExcelJS for nothing: one file at a time in this thread instead.
    if (workers === 1) for (let i = 0; i < files.length; i++) take(i, await summarizeFile(files[i], engineOptions));
    else await runPool(files, workers, engineOptions, take);
  } finally {
    progress.end();
  }
  return parts;
}

const amount = (v: number | null) => (v === null ? '—' : formatNumber(v, 2));
const score = (v: number | null) => (v === null ? '—' : formatNumber(v));

export function formatTotals(totals: SummaryTotals, locale: Locale): string {
  const w = WORDING[locale];
  return w.cli.summary.totals({
    count: totals.count,
    initial: amount(totals.budgetInitial),
    adjusted: amount(totals.budgetAdjusted),
    executed: amount(totals.executed),
    rate: totals.rate === null ? undefined : formatPercent(totals.rate),
    average: score(totals.averageScore),
    weighted: totals.weightedAverageScore === null ? undefined : score(totals.weightedAverageScore),
    grades: Object.entries(totals.grades).map(([g, n]) => `${w.quote(g)} ${n}`).join(' · '),
  });
}

function formatSummary(report: SummaryReport, locale: Locale): string {
  const w = WORDING[locale].cli.summary;
  const lines: string[] = [];
  for (const entry of report.files) {
    if ('error' in entry) continue;
    lines.push(w.file(entry.file, entry.tables, formatCounts({ error: entry.errors, warning: entry.warnings, info: entry.infos }, locale)));
    for (const row of report.tables.filter((t) => t.file === entry.file)) {
      lines.push(w.table({
        sheet: row.sheet, name: row.name, budget: amount(row.budgetAdjusted ?? row.budgetInitial), executed: amount(row.executed),
        rate: row.rate === null ? undefined : formatPercent(row.rate), score: score(row.score), grade: row.grade ?? '', ready: row.status === '可提交',
      }).replace(/\s+$/, ''));
    }
    for (const finding of report.findings.filter((f) => f.file === entry.file)) lines.push(`  ${formatFinding(finding, locale)}`);
  }
  lines.push(w.grand(formatTotals(report.totals, locale)));
  for (const [kind, totals] of Object.entries(report.totalsByKind ?? {})) lines.push(w.kind(kind as SummaryRow['kind'], formatTotals(totals!, locale)));
  return lines.join('\n');
}

export async function summary(options: CliOptions, engineOptions: EngineOptions, io: CliIO): Promise<number> {
  let files: string[];
  try {
    ({ files } = await expandInputs(options.files));
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    complain(io, error.reason);
    return EXIT_UNUSABLE;
  }
  const output = options.output;
  let target: string | undefined;
  try {
    // Where the 汇总表 lands (through symlinks), refused before any file is read when it is one of the inputs.
    target = output === undefined ? undefined : await resolveOutput(output);
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    complain(io, error.reason);
    return EXIT_UNUSABLE;
  }
  if (target && files.some((f) => samePath(f, target))) {
    complain(io, `汇总表不能与输入文件相同（${output}），原文件不会被改动`);
    return EXIT_UNUSABLE;
  }

  const parts = await collect(files, options, engineOptions, io);
  const bands = gradeBandsOf(engineOptions);
  const { report, issues } = buildSummary(parts, bands);
  const unusable = report.files.filter((f) => 'error' in f);
  for (const f of unusable) complain(io, (f as { error: string }).error);
  if (unusable.length === report.files.length) return EXIT_UNUSABLE; // nothing to summarise, nothing written

  if (output && target) {
    try {
      await writeOutput(target, await buildSummaryWorkbook(report, issues));
    } catch (error) {
      complain(io, error instanceof Unusable ? error.reason : `无法写出 ${output}（${firstLine(error)}）`);
      return EXIT_UNUSABLE;
    }
  }
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    io.stdout(`${formatSummary(report, options.lang)}\n`);
    if (output) io.stdout(`${WORDING[options.lang].cli.summary.written(output)}\n`);
  }
  if (unusable.length) return EXIT_UNUSABLE;
  return report.files.some((f) => 'errors' in f && f.errors > 0) ? EXIT_ERRORS : EXIT_OK;
}
