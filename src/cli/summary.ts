// `jixiao summary <files or folders>... [-o 汇总.xlsx] [--json] [--jobs n]`: one row per table found in every file
// (folders searched recursively, in path order), the totals, and each workbook's roll-up checked against its tables.
// Files are spread over worker threads (one per core by default); results are kept as small rows, never as Grids.
// A progress line goes to stderr when it is a terminal, and nowhere otherwise.
import * as os from 'node:os';
import type { EngineOptions } from '../core/engine';
import { PROFILES } from '../core/profile';
import { buildSummary, type FilePart, type SummaryReport, type SummaryTotals } from '../core/rollup';
import { formatNumber, formatPercent } from '../core/text';
import { buildSummaryWorkbook } from '../file/summary-workbook';
import type { CliOptions } from './args';
import { expandInputs, samePath, Unusable, writeAtomically } from './files';
import { formatCounts, formatFinding } from './format';
import { type CliIO, EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE } from './io';
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
  ) {}

  update(part: FilePart): void {
    this.done++;
    if ('error' in part) this.errors++;
    else this.errors += part.rows.reduce((n, r) => n + r.errors, 0) + part.rollupFindings.length;
    const now = Date.now();
    if (!this.io.stderrIsTTY || (now - this.last < 100 && this.done < this.total)) return;
    this.last = now;
    const name = part.file.length > 48 ? `…${part.file.slice(-47)}` : part.file;
    this.io.stderr(`\r\x1b[K汇总 ${this.done}/${this.total} · 错误 ${this.errors} · ${name}`);
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
  const progress = new Progress(io, files.length);
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

export function formatTotals(totals: SummaryTotals): string {
  const parts = [
    `${totals.count} 张表`,
    `年初预算 ${amount(totals.budgetInitial)} 万元`,
    `全年预算 ${amount(totals.budgetAdjusted)} 万元`,
    `执行 ${amount(totals.executed)} 万元${totals.rate === null ? '' : `（${formatPercent(totals.rate)}）`}`,
    `平均得分 ${totals.averageScore === null ? '—' : formatNumber(totals.averageScore)}${totals.weightedAverageScore === null ? '' : `（按预算加权 ${formatNumber(totals.weightedAverageScore)}）`}`,
  ];
  const grades = Object.entries(totals.grades).map(([g, n]) => `${g} ${n}`).join(' · ');
  return `${parts.join('，')}；${grades}`;
}

function formatSummary(report: SummaryReport): string {
  const lines: string[] = [];
  for (const entry of report.files) {
    if ('error' in entry) continue;
    lines.push(`${entry.file}（${entry.tables} 张表，${formatCounts({ error: entry.errors, warning: entry.warnings, info: entry.infos })}）`);
    for (const row of report.tables.filter((t) => t.file === entry.file)) {
      const score = row.score === null ? '—' : formatNumber(row.score);
      const money = `${amount(row.budgetAdjusted ?? row.budgetInitial)} / ${amount(row.executed)} 万元${row.rate === null ? '' : `（${formatPercent(row.rate)}）`}`;
      lines.push(`  ${row.sheet}「${row.name}」 ${money} 得分 ${score} ${row.grade ?? ''} ${row.status}`.replace(/\s+$/, ''));
    }
    for (const finding of report.findings.filter((f) => f.file === entry.file)) lines.push(`  ${formatFinding(finding)}`);
  }
  lines.push(`合计：${formatTotals(report.totals)}`);
  for (const [kind, totals] of Object.entries(report.totalsByKind ?? {})) {
    lines.push(`  其中${kind === 'project' ? '项目支出' : '部门整体'}：${formatTotals(totals!)}`);
  }
  return lines.join('\n');
}

export async function summary(options: CliOptions, engineOptions: EngineOptions, io: CliIO): Promise<number> {
  let files: string[];
  try {
    files = await expandInputs(options.files);
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    io.stderr(`jixiao：${error.reason}\n`);
    return EXIT_UNUSABLE;
  }
  const output = options.output;
  const clash = output && files.find((f) => samePath(f, output));
  if (clash) {
    io.stderr(`jixiao：汇总表不能与输入文件相同（${output}），原文件不会被改动\n`);
    return EXIT_UNUSABLE;
  }

  const parts = await collect(files, options, engineOptions, io);
  const bands = engineOptions.gradeBands ?? PROFILES[engineOptions.profile ?? 'national'].gradeBands;
  const { report, issues } = buildSummary(parts, bands);
  const unusable = report.files.filter((f) => 'error' in f);
  for (const f of unusable) io.stderr(`jixiao：${(f as { error: string }).error}\n`);
  if (unusable.length === report.files.length) return EXIT_UNUSABLE; // nothing to summarise, nothing written

  if (output) {
    try {
      await writeAtomically(output, await buildSummaryWorkbook(report, issues));
    } catch (error) {
      io.stderr(`jixiao：无法写出 ${output}（${String((error as Error)?.message ?? error).split('\n')[0]}）\n`);
      return EXIT_UNUSABLE;
    }
  }
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    io.stdout(`${formatSummary(report)}\n`);
    if (output) io.stdout(`汇总表已写入 ${output}\n`);
  }
  if (unusable.length) return EXIT_UNUSABLE;
  return report.files.some((f) => 'errors' in f && f.errors > 0) ? EXIT_ERRORS : EXIT_OK;
}
