// `jixiao check` and `jixiao recalc`, exactly as contract.md says. Exit 0: no error finding; 1: at least one error
// finding (recalc: after recalculation); 2: unusable input or bad option, one zh-CN line on stderr, nothing written.
import { promises as fs, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkbook, type Analysis, type EngineOptions } from '../core/engine';
import { formatAt, parseAddress, type Grid } from '../core/grid';
import type { Finding, Report } from '../core/report';
import { applyPlan } from '../file/xlsx';
import { isWorkbookError, unsupportedParts } from '../file/errors';
import { readWorkbook } from '../file/xlsx';
import { readDocument } from '../file/docx';
import type { ReportText } from '../core/claims';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { formatCheck, formatFilesChecked, formatRecalc, hasErrors, type FormatLookup } from './format';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

/** An input that cannot be checked; `reason` is the one zh-CN line for stderr. */
class Unusable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type JsonReport = Report & { file: string };
export type JsonRecalcReport = JsonReport & { remaining: Finding[]; output: string };

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`jixiao：${error.message}\n`);
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

async function readInput(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new Unusable(`${file} 是文件夹，不是 .xlsx 文件`);
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    if (error instanceof Unusable) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Unusable(`找不到文件 ${file}`);
    if (code === 'EACCES' || code === 'EPERM') throw new Unusable(`没有权限读取 ${file}`);
    throw new Unusable(`无法读取 ${file}（${(error as Error).message.split('\n')[0]}）`);
  }
}

/** Reads a .docx 自评报告 (never written). */
async function readReport(file: string): Promise<ReportText> {
  const bytes = await readInput(file);
  try {
    return await readDocument(bytes, path.basename(file));
  } catch (error) {
    if (isWorkbookError(error)) throw new Unusable(`${file}：${error.reason}`);
    throw new Unusable(`${file}：无法读取 Word 文档（${String((error as Error)?.message ?? error).split('\n')[0]}）`);
  }
}

const isDocx = (file: string) => /\.docx$/i.test(file);

/**
 * Reads and analyses one file; throws Unusable with the reason when it cannot be checked. A .docx is a report: its
 * tables are checked as tables and its text for its claims, so a report with no table is still checked. `report` is
 * the --report beside a workbook.
 */
async function analyzeFile(file: string, options: EngineOptions, report?: ReportText): Promise<{ bytes: Uint8Array; grids: Grid[]; analysis: Analysis }> {
  let bytes: Uint8Array;
  let grids: Grid[];
  if (isDocx(file)) {
    report = await readReport(file);
    bytes = new Uint8Array();
    grids = report.tables;
  } else {
    bytes = await readInput(file);
    try {
      ({ grids } = await readWorkbook(bytes));
    } catch (error) {
      if (isWorkbookError(error)) throw new Unusable(`${file}：${error.reason}`);
      throw new Unusable(`${file}：无法读取工作簿（${String((error as Error)?.message ?? error).split('\n')[0]}）`);
    }
  }
  let analysis: Analysis;
  try {
    analysis = analyzeWorkbook(grids, report ? { ...options, report: { text: report } } : options);
  } catch (error) {
    throw new Unusable(`${file}：检查时出现内部错误（${String((error as Error)?.message ?? error).split('\n')[0]}），请把文件反馈给开发者`);
  }
  if (analysis.report.tables.length === 0 && !isDocx(file)) {
    throw new Unusable(`${file}：没有找到绩效自评表（部门整体或项目支出绩效自评表）`);
  }
  return { bytes, grids, analysis };
}

function formatLookup(grids: Grid[]): FormatLookup {
  return (sheet, cell) => {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) return null;
    const { row, col } = parseAddress(cell);
    return formatAt(grid, row, col);
  };
}

function jsonReport(file: string, report: Report): JsonReport {
  const { file: _ignored, ...rest } = report;
  return { file, ...rest };
}

async function check(options: CliOptions, engineOptions: EngineOptions, io: CliIO): Promise<number> {
  const reports: JsonReport[] = [];
  let unusable = false;
  let errors = false;
  const human: string[] = [];
  let report: ReportText | undefined;
  if (options.report) {
    try {
      report = await readReport(options.report);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      io.stderr(`jixiao：${error.reason}\n`);
      return EXIT_UNUSABLE;
    }
  }
  for (const file of options.files) {
    try {
      const { analysis } = await analyzeFile(file, engineOptions, report);
      reports.push(jsonReport(file, analysis.report));
      if (hasErrors(analysis.report.findings)) errors = true;
      if (!options.json) human.push(formatCheck(file, analysis.report, options.lang));
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      unusable = true;
      io.stderr(`jixiao：${error.reason}\n`);
    }
  }
  if (options.json) {
    if (options.files.length === 1) {
      if (reports.length) io.stdout(`${JSON.stringify(reports[0], null, 2)}\n`);
    } else {
      io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    }
  } else if (human.length) {
    io.stdout(`${human.join('\n\n')}\n`);
    if (reports.length > 1) {
      io.stdout(`\n${formatFilesChecked(reports.length, reports.flatMap((r) => r.findings), options.lang)}\n`);
    }
  }
  if (unusable) return EXIT_UNUSABLE;
  return errors ? EXIT_ERRORS : EXIT_OK;
}

function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes beside the target first and renames only once the bytes are all on disk. */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function recalc(options: CliOptions, engineOptions: EngineOptions, io: CliIO): Promise<number> {
  const file = options.files[0];
  const output = options.output!;
  if (samePath(file, output)) {
    io.stderr(`jixiao：输出文件不能与输入文件相同（${output}），原文件不会被改动\n`);
    return EXIT_UNUSABLE;
  }
  if (!/\.xlsx$/i.test(output)) {
    io.stderr(`jixiao：输出文件须以 .xlsx 结尾（${output}）\n`);
    return EXIT_UNUSABLE;
  }
  let result: { bytes: Uint8Array; grids: Grid[]; analysis: Analysis };
  try {
    result = await analyzeFile(file, engineOptions, options.report ? await readReport(options.report) : undefined);
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    io.stderr(`jixiao：${error.reason}\n`);
    return EXIT_UNUSABLE;
  }
  const { report, remaining, plan } = result.analysis;
  let written: Uint8Array;
  try {
    written = await applyPlan(result.bytes, plan);
    await writeAtomically(output, written);
  } catch (error) {
    const reason = isWorkbookError(error) ? error.reason : String((error as Error)?.message ?? error).split('\n')[0];
    io.stderr(`jixiao：无法写出 ${output}（${reason}）\n`);
    return EXIT_UNUSABLE;
  }
  const lost = unsupportedParts(result.bytes);
  if (lost.length) io.stderr(`jixiao：注意，输出文件中不保留原工作簿的${lost.join('、')}（原文件未改动）\n`);
  if (options.json) {
    const json: JsonRecalcReport = { ...jsonReport(file, report), remaining, output };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(`${formatRecalc(file, output, report, remaining, formatLookup(result.grids), options.lang)}\n`);
  }
  return hasErrors(remaining) ? EXIT_ERRORS : EXIT_OK;
}
