// The task pane's Host inside Excel: Office.js in, engine, Office.js out. A recalculation is one read sync and
// one apply sync (see read.ts for the one case that costs a third: a sheet the host has not seen before).
import { type EngineOptions, analyzeWorkbook } from '../core';
import type { CheckedWorkbook, Host, PaneSettings } from '../host';
import type { ReportExporter, UndoCapable, UndoState } from '../host';
// One settings parser and one settings → options helper for every door: src/host/settings.ts.
import { engineOptions, parseSettings } from '../host';
import { type Capabilities, SheetNameCache, readWorkbook, workbookGrids } from './read';
import { type UndoSnapshot, cellsToProbe, probeNotes, queueApply, queueClearMarks, queueRestore, readLedger, reportMatrix } from './apply';
import { describeOfficeError, HostError, protectedSheetError, structureProtectedError } from './errors';
import { LEDGER_SETTING, REPORT_SHEET, rangeAddress } from '../core';

/** workbook.settings key holding the pane's settings (profile, grade bands, ignores) as JSON. */
export const SETTINGS_KEY = 'jixiao.settings';


export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

/** Excel.run, or the fake's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions) => Promise<T>;

export interface ExcelHostOptions {
  run?: ExcelRun;
  capabilities?: Capabilities;
  /** The engine; tests may pass a stand-in. */
  analyze?: typeof analyzeWorkbook;
  /** Wait for the user to leave cell-edit mode instead of failing (the ribbon command does). */
  delayForCellEdit?: boolean;
  workbookName?: string;
  /** After a recalculation, bring the 校验结果 sheet forward (in the same sync): how the ribbon command reports. */
  showReportAfterRecalc?: boolean;
}

export function detectCapabilities(): Capabilities {
  const supported = (v: string) => {
    try {
      return Office.context.requirements.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return { notes: supported('1.18'), undoGroup: supported('1.20') };
}

const officeRun: ExcelRun = (batch, options) =>
  options && (options.mergeUndoGroup || options.delayForCellEdit) ? Excel.run(options as Excel.RunOptions, batch) : Excel.run(batch);

export interface RecalcSummary {
  written: number;
  marked: number;
  restored: number;
  syncs: number;
}

export class ExcelHost implements Host, UndoCapable, ReportExporter {
  readonly mode = 'excel' as const;
  readonly capabilities: Capabilities;
  private readonly run: ExcelRun;
  private readonly analyze: typeof analyzeWorkbook;
  private readonly names = new SheetNameCache();
  private snapshot: UndoSnapshot | null = null;
  /** Excel groups a recalculation into one undo step (ExcelApi 1.20), until it says it cannot. */
  private undoGroup: boolean;
  private readonly delayForCellEdit: boolean;
  private readonly workbookName: string;
  private readonly showReportAfterRecalc: boolean;
  /** What the last recalc() did. */
  lastRecalc: RecalcSummary | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? officeRun;
    this.capabilities = options.capabilities ?? detectCapabilities();
    this.undoGroup = this.capabilities.undoGroup;
    this.analyze = options.analyze ?? analyzeWorkbook;
    this.delayForCellEdit = options.delayForCellEdit ?? false;
    this.workbookName = options.workbookName ?? '当前工作簿';
    this.showReportAfterRecalc = options.showReportAfterRecalc ?? false;
  }

  private async guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const runOptions: RunOptions = {};
    if (options.mergeUndoGroup && this.undoGroup) runOptions.mergeUndoGroup = true;
    if (this.delayForCellEdit) runOptions.delayForCellEdit = true;
    try {
      return await this.run(batch, runOptions);
    } catch (error) {
      // Excel refuses to group a batch holding an API without undo support, before carrying it out: run it again
      // ungrouped, and from now on offer 撤销本次写入 (the snapshot) instead of Ctrl+Z.
      if (runOptions.mergeUndoGroup && (error as { code?: string } | null)?.code === 'UndoNotSupported') {
        this.undoGroup = false;
        return this.guarded(batch, options);
      }
      throw describeOfficeError(error);
    }
  }

  async check(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.guarded(async (context) => {
      const read = await readWorkbook(context, this.names, this.capabilities);
      return [{ name: this.workbookName, analysis: this.analyze(workbookGrids(read), options) }];
    });
  }

  /** Reads the pane's stored settings and recalculates with them (the ribbon's 一键重算). */
  /** The settings are read in the same sync as the sheets. */
  async recalcWithStoredSettings(locale: EngineOptions['locale'] = 'zh-CN'): Promise<CheckedWorkbook[]> {
    return this.recalcWith((stored) => engineOptions(parseSettings(stored), locale), true);
  }

  async recalc(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.recalcWith(() => options, false);
  }

  private async recalcWith(optionsFor: (storedSetting: unknown) => EngineOptions, readSettings: boolean): Promise<CheckedWorkbook[]> {
    const result = await this.guarded(
      async (context) => {
        const read = await readWorkbook(context, this.names, this.capabilities, readSettings ? [LEDGER_SETTING, SETTINGS_KEY] : [LEDGER_SETTING]);
        const analysis = this.analyze(workbookGrids(read), optionsFor(read.settings[SETTINGS_KEY]));
        let syncs = read.syncs;
        const names = read.sheets.map((s) => s.name);
        // No table found: nothing to write, not even an empty 校验结果 sheet.
        if (!analysis.report.tables.length) return { analysis, applied: null, syncs, names };
        const toProbe = cellsToProbe(read, analysis.plan, this.capabilities);
        let probe;
        if (toProbe.length) {
          probe = await probeNotes(context, toProbe);
          syncs++;
        }
        const applied = queueApply(context, read, analysis.plan, this.capabilities, probe);
        if (this.showReportAfterRecalc) {
          const report = context.workbook.worksheets.getItem(analysis.plan.reportSheet.name || REPORT_SHEET);
          report.activate();
          report.getRange('A1').select();
        }
        await context.sync();
        syncs++;
        return { analysis, applied, syncs, names };
      },
      { mergeUndoGroup: true },
    );
    const applied = result.applied;
    if (applied) {
      const snapshot = applied.snapshot();
      this.snapshot = snapshot;
      // jixiao may have added 校验结果 and the ledger: the next read should expect them.
      const added = [REPORT_SHEET].filter((n) => !result.names.includes(n) && snapshot.sheets.some((s) => s.name === n));
      this.names.set([...result.names, ...added]);
    }
    this.lastRecalc = { written: applied?.written ?? 0, marked: applied?.marked ?? 0, restored: applied?.restored ?? 0, syncs: result.syncs };
    return [{ name: this.workbookName, analysis: result.analysis }];
  }

  undoState(): UndoState {
    return { available: this.snapshot !== null, excelUndo: this.undoGroup };
  }

  /** 撤销本次写入: restores every cell, fill, note and sheet the last recalculation changed. */
  async undoLastRecalc(): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    await this.guarded(async (context) => {
      queueRestore(context, snapshot);
      await context.sync();
    });
    this.snapshot = null;
    this.names.clear();
  }

  async select(_workbook: string, sheet: string, cell: string): Promise<void> {
    await this.guarded(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async clearMarks(): Promise<void> {
    await this.guarded(
      async (context) => {
        const read = await readWorkbook(context, this.names, this.capabilities, [LEDGER_SETTING]);
        const ledger = readLedger(read);
        const empty = { writes: [], marks: [], reportSheet: { name: REPORT_SHEET, header: [], rows: [] } };
        const toProbe = cellsToProbe(read, empty, this.capabilities);
        const probe = toProbe.length ? await probeNotes(context, toProbe) : new Map();
        if (!ledger.length && !read.sheets.some((s) => s.name === REPORT_SHEET)) return;
        queueClearMarks(context, read, this.capabilities, probe);
        await context.sync();
      },
      { mergeUndoGroup: true },
    );
    this.snapshot = null;
    this.names.clear();
  }

  /** 导出校验报告: writes only the 校验结果 sheet (no cell is recalculated or marked) and shows it. */
  async exportReport(options: EngineOptions): Promise<{ rows: number }> {
    return this.guarded(
      async (context) => {
        const read = await readWorkbook(context, this.names, this.capabilities);
        const analysis = this.analyze(workbookGrids(read), options);
        const name = analysis.plan.reportSheet.name || REPORT_SHEET;
        const existing = read.sheets.find((s) => s.name === name);
        if (existing?.protected) throw protectedSheetError(name);
        if (!existing && read.structureProtected) throw structureProtectedError(name);
        const ws = existing ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
        if (existing) ws.getRange().clear();
        const { header, rows, linkColumn } = reportMatrix(analysis.plan.reportSheet);
        const all = [header, ...rows];
        const range = ws.getRange(rangeAddress(0, 0, all.length - 1, header.length - 1));
        range.numberFormat = all.map((r) => r.map((_, c) => (c === 0 || c === linkColumn ? 'General' : '@')));
        range.formulas = all;
        ws.activate();
        await context.sync();
        if (!existing) this.names.set([...read.sheets.map((s) => s.name), name]);
        return { rows: rows.length };
      },
      { mergeUndoGroup: true },
    );
  }

  async loadSettings(): Promise<PaneSettings> {
    return this.guarded(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load('value');
      await context.sync();
      return parseSettings(item.isNullObject ? undefined : item.value);
    });
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    await this.guarded(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }
}

export { HostError };
