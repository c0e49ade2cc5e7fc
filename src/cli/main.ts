// `jixiao check`, `jixiao recalc`, `jixiao summary` (./summary.ts) and `jixiao clean`, exactly as contract.md says. Exit 0: no error finding; 1: at least one error
// finding (recalc: after recalculation); 2: unusable input or bad option, one zh-CN line on stderr, nothing written.
import type { EngineOptions } from '../core/engine';
import { formatsOf } from '../core/plan';
import { REPORT_SHEET } from '../core/marks';
import type { Finding, Report, TableReport } from '../core/report';
import { isWorkbookError, unsupportedParts } from '../file/errors';
import { applyPlanWithStats, cleanCopy, type ApplyStats } from '../file/xlsx';
import { WORDING } from '../core/present';
import type { ReportText } from '../core/claims';
import { analyzeFile, readReport } from './analyze';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { eachFile, worstExit } from './batch';
import { formatCheck, formatFilesChecked, formatRecalc, formatUnusable, hasErrors, reportSheetNote } from './format';
import { expandInputs, samePath } from './files';
import { Unusable, firstLine, readInput } from './input';
import { type CliIO, complain, EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE } from './io';
import { resolveOutput, writeOutput } from './output';
import { summary } from './summary';

/**
 * The process's own streams. A reader that goes away (`jixiao check … | head -1`) closes the pipe: Node then emits
 * EPIPE as an 'error' event, which would crash the run with a stack trace. Instead the stream is taken as closed,
 * later text to it is dropped, and the run goes on to its end and its exit status (an output file is still written).
 */
function processIO(): CliIO {
  const open = { stdout: true, stderr: true };
  process.stdout.on('error', () => (open.stdout = false));
  process.stderr.on('error', () => (open.stderr = false));
  return {
    stdout: (text) => void (open.stdout && process.stdout.write(text)),
    stderr: (text) => void (open.stderr && process.stderr.write(text)),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

export { type CliIO, EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE };

export type JsonReport = Report & { file: string };
export type JsonRecalcReport = JsonReport & { remaining: Finding[]; tablesAfter: TableReport[]; output: string; reportSheet: string };
/** A file that could not be checked, in its place among the reports (contract.md, "Multi-file runs"). */
export type JsonUnusable = { file: string; error: string };

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      complain(io, error.message);
      return EXIT_UNUSABLE;
    }
    throw error;
  }
  if (options.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (options.command === 'version') {
    io.stdout(`jixiao ${version()}\n`);
    return EXIT_OK;
  }
  const engineOptions: EngineOptions = {
    profile: options.profile,
    gradeBands: options.gradeBands,
    overCompletionThreshold: options.overCompletionThreshold,
    locale: options.lang,
  };
  if (options.command === 'summary') return summary(options, engineOptions, io);
  if (options.command === 'clean') return clean(options, io);
  return options.command === 'check' ? check(options, engineOptions, io) : recalc(options, engineOptions, io);
}

function version(): string {
  // Compiled: lib/src/cli/main.js (three levels below package.json); under jest: src/cli/main.ts (two).
  for (const up of ['../../../package.json', '../../package.json']) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- package.json sits at a depth known only at run time
      return (require(up) as { version: string }).version;
    } catch {
      /* try the next */
    }
  }
  return 'unknown';
}

function jsonReport(file: string, report: Report): JsonReport {
  const { file: _ignored, ...rest } = report;
  return { file, ...rest };
}

function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

async function check(options: CliOptions, engineOptions: EngineOptions, io: CliIO): Promise<number> {
  // A folder is every .xlsx and .docx beneath it (contract.md); it always reports as several files.
  let files: string[];
  let folders: number;
  let report: ReportText | undefined;
  try {
    ({ files, folders } = await expandInputs(options.files, ['.xlsx', '.docx']));
    if (options.report && files.length > 1) throw new Unusable('--report 只能与一个工作簿一起使用：报告中的数字与这一个工作簿的表核对');
    if (options.report) report = await readReport(options.report);
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    complain(io, error.reason);
    return EXIT_UNUSABLE;
  }
  const several = files.length > 1 || folders > 0;
  const outcomes = await eachFile(files, async (file) => (await analyzeFile(file, engineOptions, report)).analysis.report);
  for (const o of outcomes) if ('error' in o) complain(io, o.error);
  const code = worstExit(outcomes, (r) => hasErrors(r.findings));
  const json: (JsonReport | JsonUnusable)[] = outcomes.map((o) => ('error' in o ? { file: o.file, error: o.error } : jsonReport(o.file, o.result)));
  if (options.json) {
    printJson(io, several ? json : json[0]);
    return code;
  }
  // One file that cannot be checked says so on stderr only; among several, it also takes its place in the listing.
  const lang = options.lang;
  const blocks = outcomes.flatMap((o) => ('error' in o ? (several ? [formatUnusable(o.file, o.error, lang)] : []) : [formatCheck(o.file, o.result, lang)]));
  if (blocks.length) io.stdout(`${blocks.join('\n\n')}\n`);
  if (several) {
    const reports = outcomes.flatMap((o) => ('error' in o ? [] : [o.result]));
    io.stdout(`\n${formatFilesChecked(outcomes.length, reports.flatMap((r) => r.findings), lang, outcomes.length - reports.length)}\n`);
  }
  return code;
}

/**
 * A command that turns one workbook into another (recalc, clean): `run` gets the file and the target it may write
 * (checked by outputFor); an unusable input or output ends it with one zh-CN line, and with `{ file, error }` in JSON.
 */
async function oneFile(options: CliOptions, io: CliIO, run: (file: string, output: string, target: string) => Promise<number>): Promise<number> {
  const file = options.files[0];
  const output = options.output!;
  try {
    return await run(file, output, await outputFor(file, output));
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    complain(io, error.reason);
    if (options.json) printJson(io, { file, error: error.reason } satisfies JsonUnusable);
    return EXIT_UNUSABLE;
  }
}

/** Where a copy of `file` may be written: an .xlsx that is not the input itself, through symlinks. */
async function outputFor(file: string, output: string): Promise<string> {
  if (!/\.xlsx$/i.test(output)) throw new Unusable(`输出文件须以 .xlsx 结尾（${output}）`);
  const target = await resolveOutput(output);
  if (samePath(file, target)) throw new Unusable(`输出文件不能与输入文件相同（${output}），原文件不会被改动`);
  return target;
}

/** What the copy cannot carry over from the input (ExcelJS drops charts and pivot tables), said on stderr. */
function warnLostParts(io: CliIO, bytes: Uint8Array): void {
  const lost = unsupportedParts(bytes);
  if (lost.length) complain(io, `注意，输出文件中不保留原工作簿的${lost.join('、')}（原文件未改动）`);
}

function recalc(options: CliOptions, engineOptions: EngineOptions, io: CliIO): Promise<number> {
  return oneFile(options, io, (file, output, target) => recalcFile(file, output, target, engineOptions, options, io));
}

/** A JSON line of `jixiao clean --json`. */
export type JsonClean = { file: string; output: string; restored: number; removedSheets: string[] };

function clean(options: CliOptions, io: CliIO): Promise<number> {
  return oneFile(options, io, async (file, output, target) => {
    const bytes = await readInput(file);
    let cleaned: Awaited<ReturnType<typeof cleanCopy>>;
    try {
      cleaned = await cleanCopy(bytes);
    } catch (error) {
      throw new Unusable(isWorkbookError(error) ? `${file}：${error.reason}` : `无法写出 ${output}（${firstLine(error)}）`);
    }
    await writeOutput(target, cleaned.bytes);
    warnLostParts(io, bytes);
    const { restored, sheets } = cleaned.stats;
    if (options.json) printJson(io, { file, output, restored, removedSheets: sheets } satisfies JsonClean);
    else io.stdout(`${WORDING[options.lang].cli.cleaned(file, output, restored, sheets)}\n`);
    return EXIT_OK;
  });
}

async function recalcFile(file: string, output: string, target: string, engineOptions: EngineOptions, options: CliOptions, io: CliIO): Promise<number> {
  const { json, lang } = options;
  const report = options.report ? await readReport(options.report) : undefined;
  const { bytes, grids, analysis } = await analyzeFile(file, engineOptions, report);
  const { remaining, plan } = analysis;
  let written: { bytes: Uint8Array; stats: ApplyStats };
  try {
    written = await applyPlanWithStats(bytes, plan);
  } catch (error) {
    throw new Unusable(`无法写出 ${output}（${isWorkbookError(error) ? error.reason : firstLine(error)}）`);
  }
  await writeOutput(target, written.bytes);
  warnLostParts(io, bytes);
  const reportSheet = written.stats.reportSheet;
  if (reportSheet !== REPORT_SHEET) complain(io, reportSheetNote(reportSheet, lang));
  if (json) {
    printJson(io, { ...jsonReport(file, analysis.report), remaining, tablesAfter: analysis.tablesAfter, output, reportSheet } satisfies JsonRecalcReport);
  } else {
    io.stdout(`${formatRecalc(file, output, analysis, { reportSheet, formatOf: formatsOf(grids), locale: lang })}\n`);
  }
  return hasErrors(remaining) ? EXIT_ERRORS : EXIT_OK;
}
