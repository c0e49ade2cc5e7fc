// The task pane's Host over .xlsx files held in the browser: read with ExcelJS (src/file), analysed by the
// engine, the recalc output kept in memory for 下载已校验文件. Nothing is uploaded anywhere.
import {
  analyzeWorkbook,
  applyWrites,
  columnName,
  formatAt,
  gradeBandsOf,
  summarizeChecked,
  type Analysis,
  type CellValue,
  type EngineOptions,
  type FileFinding,
  type Grid,
  parseAddress,
  rowEntries,
  type SummaryReport,
  valueAt,
} from '../../core';
import type { ReportText } from '../../core/claims';
import type { CheckedWorkbook, CleanResult, Host, PaneSettings } from '../../host';
import { saveBytes } from './browser';
import { readSettings, writeSettings } from './settings';

/** The part of src/file the browser uses. Loaded with import() the first time a file is opened. */
export interface FileAdapter {
  readWorkbook(bytes: Uint8Array): Promise<{ grids: Grid[] }> | { grids: Grid[] };
  applyPlan(bytes: Uint8Array, plan: Analysis['plan']): Promise<Uint8Array> | Uint8Array;
  removeMarks(bytes: Uint8Array): Promise<Uint8Array> | Uint8Array;
  /** 生成提交版 (src/file cleanCopy): the copy to submit, and what it removed. */
  cleanCopy(bytes: Uint8Array): Promise<{ bytes: Uint8Array; stats: { restored: number; sheets: string[] } }>;
  buildSummaryWorkbook(report: SummaryReport, issues: FileFinding[]): Promise<Uint8Array>;
  /** Reads a .docx 自评报告 (src/file/docx.ts), never writing it. */
  readDocument?(bytes: Uint8Array, name: string): Promise<ReportText>;
}

/** Why a file with no table has no checked copy to download. */
export const NO_TABLE_TO_DOWNLOAD = '没有找到绩效自评表，没有可下载的校验文件';

/** "汇总.xlsx": what 下载汇总表 saves. */
export const SUMMARY_FILE_NAME = '汇总.xlsx';

export interface OpenFile {
  name: string;
  /** The bytes as the user gave them; never changed. */
  original: Uint8Array;
  grids?: Grid[];
  /** A .docx 自评报告 opened beside the workbooks: its text and tables, checked against them. */
  report?: ReportText;
  analysis?: Analysis;
  /** The sheets as the last 重新计算 left them (its writes applied, formula cells recomputed): what 定位 shows then. */
  written?: Grid[];
  /** The recalc output (or, after 清除标记, the output without marks): what 下载已校验文件 saves. */
  output?: Uint8Array;
}

/** What 选中单元格 shows in file mode, where there is no grid to move a cursor in. */
export interface CellView {
  workbook: string;
  sheet: string;
  cell: string;
  value: CellValue;
  format: string | null;
  /** The cell's row, column letter → value, for context (blank cells left out). */
  row: { column: string; value: CellValue; isTarget: boolean }[];
}

export interface FileHostState {
  /** `tables`: how many the last check found in the file; null until it is checked. */
  files: { name: string; size: number; hasOutput: boolean; kind: 'workbook' | 'report'; tables: number | null }[];
  /** Tables found in the open files at the last check (a summary is worth having from two on). */
  tables: number;
  selection: CellView | null;
  busy: boolean;
  error: string | null;
}

type Listener = (state: FileHostState) => void;

/** "党务经费.xlsx" → "党务经费.提交版.xlsx": what 生成提交版 saves. */
export function submissionFileName(name: string): string {
  return /\.xlsx$/i.test(name) ? name.replace(/\.xlsx$/i, '.提交版.xlsx') : `${name}.提交版.xlsx`;
}

/** "党务经费.xlsx" → "党务经费.checked.xlsx", the same naming as `npm run demo`. */
export function checkedFileName(name: string): string {
  return /\.xlsx$/i.test(name) ? name.replace(/\.xlsx$/i, '.checked.xlsx') : `${name}.checked.xlsx`;
}

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

export function isDocxName(name: string): boolean {
  return /\.docx$/i.test(name);
}

export class FileHost implements Host {
  readonly mode = 'file' as const;
  private files: OpenFile[] = [];
  private selection: CellView | null = null;
  private busyCount = 0;
  private error: string | null = null;
  private listeners = new Set<Listener>();
  private adapter: Promise<FileAdapter> | null = null;

  constructor(
    private readonly loadAdapter: () => Promise<FileAdapter>,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    private readonly analyze: (grids: Grid[], options: EngineOptions) => Analysis = analyzeWorkbook,
    /** Saves a file for the person (a download in the browser). */
    private readonly save: (name: string, bytes: Uint8Array) => void = saveBytes,
  ) {}

  /** Starts loading ExcelJS ahead of the first file, so opening one feels instant. */
  preload(): Promise<FileAdapter> {
    if (!this.adapter) {
      this.adapter = this.loadAdapter();
      this.adapter.catch(() => {
        this.adapter = null;
      });
    }
    return this.adapter;
  }

  state(): FileHostState {
    return {
      files: this.files.map((f) => ({
        name: f.name,
        size: f.original.byteLength,
        hasOutput: !!f.output,
        kind: f.report ? 'report' : 'workbook',
        tables: f.analysis ? f.analysis.report.tables.length : null,
      })),
      tables: this.files.reduce((n, f) => n + (f.analysis?.report.tables.length ?? 0), 0),
      selection: this.selection,
      busy: this.busyCount > 0,
      error: this.error,
    };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const state = this.state();
    for (const l of this.listeners) l(state);
  }

  private async busy<T>(work: () => Promise<T>): Promise<T> {
    this.busyCount++;
    this.error = null;
    this.emit();
    try {
      return await work();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      throw e;
    } finally {
      this.busyCount--;
      this.emit();
    }
  }

  /** Adds files (a file of the same name replaces the earlier one). Reads them at once, so a broken file is
   *  reported when it is opened, not at the first check. Returns the names of the files that could not be read. */
  async open(files: { name: string; bytes: Uint8Array }[]): Promise<{ name: string; reason: string }[]> {
    return this.busy(async () => {
      const adapter = await this.preload();
      const failed: { name: string; reason: string }[] = [];
      for (const { name, bytes } of files) {
        try {
          let file: OpenFile;
          if (isDocxName(name) && adapter.readDocument) {
            // One report at a time: a second .docx replaces the first.
            file = { name, original: bytes, report: await adapter.readDocument(bytes.slice(), name) };
            this.files = this.files.filter((f) => !f.report);
          } else {
            const { grids } = await adapter.readWorkbook(bytes.slice());
            file = { name, original: bytes, grids };
          }
          const at = this.files.findIndex((f) => f.name === name);
          if (at >= 0) this.files[at] = file;
          else this.files.push(file);
        } catch (e) {
          // src/file throws a WorkbookError whose `reason` is one zh-CN line a person can act on.
          const reason = (e as { reason?: unknown })?.reason;
          failed.push({ name, reason: typeof reason === 'string' ? reason : `无法读取：${e instanceof Error ? e.message : String(e)}` });
        }
      }
      if (this.selection && !this.files.some((f) => f.name === this.selection?.workbook)) this.selection = null;
      return failed;
    });
  }

  remove(name: string): void {
    this.files = this.files.filter((f) => f.name !== name);
    if (this.selection?.workbook === name) this.selection = null;
    this.emit();
  }

  fileNames(): string[] {
    return this.files.map((f) => f.name);
  }

  /** The options with the report opened beside the workbooks, unless the pane gave one of its own. */
  private withReport(options: EngineOptions): EngineOptions {
    const report = this.files.find((f) => f.report)?.report;
    return options.report || !report ? options : { ...options, report: { text: report } };
  }

  private workbooks(): OpenFile[] {
    return this.files.filter((f) => !f.report);
  }

  /** Every workbook, each with the report beside it; a report opened alone is checked on its own (its tables, its claims). */
  async check(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.busy(async () => {
      const opts = this.withReport(options);
      const books = this.workbooks();
      if (books.length === 0 && opts.report) {
        const text = opts.report.text;
        return [{ name: text.file, analysis: this.analyze(text.tables, opts) }];
      }
      const checked = books.map((f) => this.analyzeFile(f, opts));
      // The findings shown are those of the file as given again: so is what 定位 shows.
      for (const f of books) f.written = undefined;
      this.refreshSelection();
      return checked;
    });
  }

  async recalc(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.busy(async () => {
      const adapter = await this.preload();
      const checked: CheckedWorkbook[] = [];
      for (const f of this.workbooks()) {
        const result = this.analyzeFile(f, this.withReport(options));
        checked.push(result);
        // A file with no table gets no checked copy: there is nothing to mark or report in it.
        if (!result.analysis.report.tables.length) continue;
        // Always from the bytes the user gave: running recalc twice gives what running it once gives.
        f.output = await adapter.applyPlan(f.original.slice(), result.analysis.plan);
        f.written = applyWrites(f.grids!, result.analysis.settled);
      }
      this.refreshSelection();
      return checked;
    });
  }

  /** The recalc output of one file, computed now if 重新计算 has not been run yet. */
  async checkedBytes(name: string, options: EngineOptions): Promise<Uint8Array> {
    const f = this.files.find((x) => x.name === name);
    if (!f) throw new Error(`没有打开文件“${name}”`);
    if (!f.output) {
      await this.busy(async () => {
        const adapter = await this.preload();
        const { analysis } = this.analyzeFile(f, this.withReport(options));
        if (!analysis.report.tables.length) throw new Error(NO_TABLE_TO_DOWNLOAD);
        f.output = await adapter.applyPlan(f.original.slice(), analysis.plan);
      });
    }
    return f.output!;
  }

  /** The 汇总 workbook of every open file (one row per table, the totals, the 问题清单), as `jixiao summary -o` writes it. */
  async summaryBytes(options: EngineOptions): Promise<Uint8Array> {
    return this.busy(async () => {
      const adapter = await this.preload();
      const checked = this.files.map((f) => this.analyzeFile(f, options));
      const { report, issues } = summarizeChecked(checked.map((c) => ({ name: c.name, report: c.analysis.report })), gradeBandsOf(options));
      return adapter.buildSummaryWorkbook(report, issues);
    });
  }

  async select(workbook: string, sheet: string, cell: string): Promise<void> {
    const f = this.files.find((x) => x.name === workbook) ?? (this.files.length === 1 ? this.files[0] : undefined);
    this.selection = f ? this.cellView(f, sheet, cell) : null;
    if (!this.selection) throw new Error(`找不到单元格 ${sheet}!${cell}`);
    this.emit();
  }

  /** After a check or recalc, the cell on show is read again from the sheets as they now are. */
  private refreshSelection(): void {
    const shown = this.selection;
    const f = shown && this.files.find((x) => x.name === shown.workbook);
    if (shown && f) this.selection = this.cellView(f, shown.sheet, shown.cell) ?? shown;
  }

  /** A cell and its row, from the sheets as 重新计算 left them when it ran, else as read. */
  private cellView(f: OpenFile, sheet: string, cell: string): CellView | null {
    const grid = (f.written ?? f.grids)?.find((g) => g.sheet === sheet);
    if (!grid) return null;
    const { row, col } = parseAddress(cell);
    const entries = rowEntries(grid, row);
    if (!entries.some((e) => e.col === col)) entries.push({ col, value: '' });
    const cells: CellView['row'] = entries
      .sort((a, b) => a.col - b.col)
      .map((e) => ({ column: columnName(e.col), value: e.col === col ? valueAt(grid, row, col) : e.value, isTarget: e.col === col }));
    return { workbook: f.name, sheet, cell, value: valueAt(grid, row, col), format: formatAt(grid, row, col), row: cells };
  }

  async clearMarks(): Promise<void> {
    await this.busy(async () => {
      const adapter = await this.preload();
      for (const f of this.workbooks()) f.output = await adapter.removeMarks((f.output ?? f.original).slice());
    });
  }

  /**
   * 生成提交版: for each workbook, a copy without jixiao's marks, notes and sheets, downloaded as
   * "<name>.提交版.xlsx": made from the recalc output where there is one (its values are the ones to submit), else
   * from the file as given. The open files themselves are not changed.
   */
  async clean(): Promise<CleanResult> {
    return this.busy(async () => {
      const adapter = await this.preload();
      const result: CleanResult = { restored: 0, sheets: [], files: [] };
      const sheets = new Set<string>();
      for (const f of this.workbooks()) {
        const { bytes, stats } = await adapter.cleanCopy((f.output ?? f.original).slice());
        const name = submissionFileName(f.name);
        this.save(name, bytes);
        result.restored += stats.restored;
        for (const s of stats.sheets) sheets.add(s);
        result.files!.push(name);
      }
      result.sheets = [...sheets];
      return result;
    });
  }

  async loadSettings(): Promise<PaneSettings> {
    return readSettings(this.storage);
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    writeSettings(this.storage, settings);
  }

  private analyzeFile(f: OpenFile, options: EngineOptions): CheckedWorkbook {
    if (!f.grids) throw new Error(`文件“${f.name}”尚未读取`);
    f.analysis = this.analyze(f.grids, options);
    if (f.analysis.report) f.analysis.report.file = f.name;
    return { name: f.name, analysis: f.analysis };
  }
}
