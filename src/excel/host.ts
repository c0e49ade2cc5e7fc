// The task pane's Host inside Excel: Office.js in, engine, Office.js out. A recalculation is one read sync and one
// apply sync once the host knows the workbook, or when its sheets are few (see read.ts for when a read takes more,
// and when a cold start takes one sync more); a person's own notes or threaded comments on a table sheet cost one
// probe sync between them.
import { type Analysis, type EngineOptions, analyzeWorkbook, changeLayout, layoutSize, parseRange, reportLayout } from '../core';
import type { CheckedWorkbook, CleanResult, Host, PaneSettings, ReportExporter, UndoCapable, UndoOutcome, UndoState } from '../host';
// One settings parser and one settings → options helper for every door: src/host/settings.ts.
import { engineOptions, parseRecord, parseSettings, planUndo } from '../host';
import { type Capabilities, detectOfficeCapabilities } from './capabilities';
import { LAYOUT_SETTING, RECORD_SETTING, type ReadOptions, WorkbookLayout, cellOf, readWorkbook, sheetNamed, workbookGrids } from './read';

import { describeOfficeError, HostError, protectedSheetError, structureProtectedError } from './errors';
import { CHANGE_SHEET, LEDGER_SETTING, REPORT_SHEET, parseAddress } from '../core';

/** What writes to the workbook (apply.ts), loaded when first needed: opening the pane only reads. */
type Writer = typeof import('./apply');
let writer: Promise<Writer> | null = null;
function loadWriter(): Promise<Writer> {
  return (writer ??= import(/* webpackChunkName: "excel-write" */ './apply'));
}

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
  /** Bytes one Office.js response may take (tests lower it to exercise chunking). */
  responseBudget?: number;
  /**
   * The workbook's add-in settings as Office loaded them with the page (Office.context.document.settings: "the
   * application-specific APIs … also provide access to the custom settings"). The layout hint found there lets a
   * host starting cold plan every sheet's read in its first round.
   */
  documentSettings?: { get(name: string): unknown } | null;
}

function officeDocumentSettings(): { get(name: string): unknown } | null {
  try {
    return (globalThis as { Office?: { context?: { document?: { settings?: { get(name: string): unknown } } } } }).Office?.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

const officeRun: ExcelRun = (batch, options) =>
  options && (options.mergeUndoGroup || options.delayForCellEdit) ? Excel.run(options as Excel.RunOptions, batch) : Excel.run(batch);

export interface RecalcSummary {
  written: number;
  marked: number;
  restored: number;
  /** Marked cells holding a threaded comment: filled, without a note. */
  notesSkipped: number;
  syncs: number;
}

export class ExcelHost implements Host, UndoCapable, ReportExporter {
  readonly mode = 'excel' as const;
  readonly capabilities: Capabilities;
  private readonly run: ExcelRun;
  private readonly analyze: typeof analyzeWorkbook;
  private readonly layout = new WorkbookLayout();
  /** The workbook holds a record of its last recalculation (learned at each read). */
  private recordPresent = false;
  /** Excel groups a recalculation into one undo step (ExcelApi 1.20), until it says it cannot. */
  private undoGroup: boolean;
  private readonly delayForCellEdit: boolean;
  private readonly workbookName: string;
  private readonly showReportAfterRecalc: boolean;
  private readonly responseBudget?: number;
  /** What the last recalc() did. */
  lastRecalc: RecalcSummary | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? officeRun;
    this.capabilities = options.capabilities ?? detectOfficeCapabilities();
    this.undoGroup = this.capabilities.undoGroup;
    this.analyze = options.analyze ?? analyzeWorkbook;
    this.delayForCellEdit = options.delayForCellEdit ?? false;
    this.workbookName = options.workbookName ?? '当前工作簿';
    this.showReportAfterRecalc = options.showReportAfterRecalc ?? false;
    this.responseBudget = options.responseBudget;
    const settings = options.documentSettings === undefined ? officeDocumentSettings() : options.documentSettings;
    try {
      this.layout.seed(settings?.get(LAYOUT_SETTING));
    } catch {
      // No hint: the first read learns the sheet names.
    }
  }

  private async guarded<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const runOptions: RunOptions = {};
    if (options.mergeUndoGroup && this.undoGroup) runOptions.mergeUndoGroup = true;
    if (this.delayForCellEdit) runOptions.delayForCellEdit = true;
    try {
      return await this.run(batch, runOptions);
    } catch (error) {
      // Excel refuses to group a batch holding an API without undo support, before carrying it out: run it again
      // ungrouped, and from now on offer 撤销本次写入 instead of Ctrl+Z.
      if (runOptions.mergeUndoGroup && (error as { code?: string } | null)?.code === 'UndoNotSupported') {
        this.undoGroup = false;
        return this.guarded(batch, options);
      }
      throw describeOfficeError(error);
    }
  }

  private readOptions(settingKeys: string[], proveAbsence: boolean): ReadOptions {
    return {
      proveAbsence,
      settingKeys,
      // Whether a record of the last recalculation exists (撤销本次写入); its value only undo loads.
      presenceKeys: [RECORD_SETTING],
      // Where a large sheet's tables are: the engine's own answer on its values.
      locate: (grid) => this.analyze([grid], {}).report.tables.map((t) => t.range),
      budget: this.responseBudget,
    };
  }

  /** `engineOnly`: the read serves the engine alone (check, recalc, export), so a large sheet without a table may
   *  be left unread but for its marked cells (read.ts). */
  private read(context: Excel.RequestContext, settingKeys: string[], engineOnly = false) {
    return readWorkbook(context, this.layout, this.capabilities, this.readOptions(settingKeys, engineOnly)).then((read) => {
      this.recordPresent = read.settings[RECORD_SETTING] === true;
      return read;
    });
  }

  /** The engine's tables, remembered so the next read of a large sheet loads their rows at once. */
  private analyzed(grids: Parameters<typeof analyzeWorkbook>[0], options: EngineOptions): Analysis {
    const analysis = this.analyze(grids, options);
    for (const grid of grids) this.layout.setTables(grid.sheet, analysis.report.tables.filter((t) => t.sheet === grid.sheet).map((t) => parseRange(t.range)));
    return analysis;
  }

  async check(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.guarded(async (context) => {
      const read = await this.read(context, [], true);
      return [{ name: this.workbookName, analysis: this.analyzed(workbookGrids(read), options) }];
    }).finally(() => void loadWriter().catch(() => undefined));
  }

  /** Reads the pane's stored settings and recalculates with them (the ribbon's 一键重算); they come with the read. */
  async recalcWithStoredSettings(locale: EngineOptions['locale'] = 'zh-CN'): Promise<CheckedWorkbook[]> {
    return this.recalcWith((stored) => engineOptions(parseSettings(stored), locale), true);
  }

  async recalc(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.recalcWith(() => options, false);
  }

  private async recalcWith(optionsFor: (storedSetting: unknown) => EngineOptions, readSettings: boolean): Promise<CheckedWorkbook[]> {
    // Loaded before the batch starts, so no download sits between its syncs.
    const { EMPTY_PROBE, anchorCell, probe, probeNeeded, probeNeeds, queueApply, readLedger } = await loadWriter();
    const result = await this.guarded(
      async (context) => {
        const read = await this.read(context, readSettings ? [LEDGER_SETTING, LAYOUT_SETTING, SETTINGS_KEY] : [LEDGER_SETTING, LAYOUT_SETTING], true);
        const analysis = this.analyzed(workbookGrids(read), optionsFor(read.settings[SETTINGS_KEY]));
        let syncs = read.syncs;
        // No table found: nothing to write, not even an empty 校验结果 sheet.
        if (!analysis.report.tables.length) return { analysis, applied: null, syncs };
        const cells = [...analysis.plan.marks.map((m) => ({ sheet: m.sheet, cell: anchorCell(read, m.sheet, m.cell) })), ...readLedger(read)];
        const needs = probeNeeds(read, cells, this.capabilities);
        let probed = EMPTY_PROBE;
        if (probeNeeded(needs)) {
          probed = await probe(context, needs);
          syncs++;
        }
        const reportName = analysis.plan.reportSheet.name || REPORT_SHEET;
        const report = layoutSize(reportLayout(analysis.plan.reportSheet));
        // 修改记录 is rewritten only by a recalculation that writes something.
        if (analysis.plan.writes.length) {
          const changes = layoutSize(changeLayout(analysis.plan.changeSheet));
          this.layout.expect(analysis.plan.changeSheet.name || CHANGE_SHEET, { top: 0, left: 0, bottom: changes.rows - 1, right: changes.cols - 1 });
        }
        const layoutHint = this.hintAfterWriting(reportName, report.rows, report.cols);
        const applied = queueApply(context, read, analysis.plan, this.capabilities, probed, { layoutHint });
        if (this.showReportAfterRecalc) {
          const sheet = context.workbook.worksheets.getItem(sheetNamed(read, reportName)?.name ?? reportName);
          sheet.activate();
          sheet.getRange('A1').select();
        }
        await context.sync();
        syncs++;
        return { analysis, applied, syncs };
      },
      { mergeUndoGroup: true },
    );
    const applied = result.applied;
    if (applied) this.recordPresent = true;
    this.lastRecalc = { written: applied?.written ?? 0, marked: applied?.marked ?? 0, restored: applied?.restored ?? 0, notesSkipped: applied?.notesSkipped ?? 0, syncs: result.syncs };
    return [{ name: this.workbookName, analysis: result.analysis }];
  }

  /** The layout once the 校验结果 sheet holds `rows` × `cols`: expected by the next read, and kept as a hint. */
  private hintAfterWriting(reportName: string, rows: number, cols: number): string {
    this.layout.expect(reportName, { top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
    return this.layout.toHint();
  }

  undoState(): UndoState {
    return { available: this.recordPresent, excelUndo: this.undoGroup };
  }

  /**
   * 撤销本次写入: the record the last recalculation (pane or ribbon) left in the workbook is undone where its cells
   * still hold what it wrote; cells changed since are left and returned.
   */
  async undoLastRecalc(): Promise<UndoOutcome> {
    const { EMPTY_PROBE, probe, probeNeeded, probeNeeds, queueUndo, recordCells } = await loadWriter();
    const outcome = await this.guarded(async (context) => {
      // The record first, alone: it can be large, and the read's rounds are planned without it.
      const stored = context.workbook.settings.getItemOrNullObject(RECORD_SETTING);
      stored.load('value');
      await context.sync();
      const record = stored.isNullObject ? null : parseRecord(stored.value);
      if (!record) return { restored: 0, kept: [], removed: [] as string[] };
      const read = await this.read(context, [LEDGER_SETTING, LAYOUT_SETTING]);
      // Notes are compared by their text, so every note the record changed is asked for.
      const needs = probeNeeds(read, recordCells(record), this.capabilities);
      needs.threads = [];
      if (this.capabilities.notes) needs.notes = record.notes.filter((n) => sheetNamed(read, n.sheet)).map((n) => ({ sheet: sheetNamed(read, n.sheet)!.name, cell: n.cell }));
      const probed = probeNeeded(needs) ? await probe(context, needs) : EMPTY_PROBE;
      const k = (sheet: string, cell: string) => `${sheet.toLocaleLowerCase()}\u0000${cell}`;
      const at = (sheet: string, cell: string) => {
        const s = sheetNamed(read, sheet);
        if (!s) return undefined;
        const { row, col } = parseAddress(cell);
        return cellOf(s, row, col);
      };
      const plan = planUndo(record, {
        cell: (sheet, cell) => at(sheet, cell),
        fill: (sheet, cell) => (probed.fills.has(k(sheet, cell)) ? probed.fills.get(k(sheet, cell)) : at(sheet, cell)?.fill),
        note: (sheet, cell) => (probed.notes.has(k(sheet, cell)) ? probed.notes.get(k(sheet, cell)) : undefined),
      });
      queueUndo(context, read, record, plan, this.capabilities.apiUndo);
      await context.sync();
      const removed = record.sheets.filter((s) => !s.existed && !this.capabilities.apiUndo).map((s) => s.name);
      return { restored: plan.cells.length, kept: plan.kept, removed };
    });
    for (const name of outcome.removed) this.layout.forget(name);
    this.recordPresent = false;
    return { restored: outcome.restored, kept: outcome.kept };
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
    const { EMPTY_PROBE, probe, probeNeeded, probeNeeds, queueClearMarks, readLedger } = await loadWriter();
    await this.guarded(
      async (context) => {
        const read = await this.read(context, [LEDGER_SETTING]);
        const ledger = readLedger(read);
        if (!ledger.length && !sheetNamed(read, REPORT_SHEET)) return;
        const needs = probeNeeds(read, ledger, this.capabilities);
        // Only the notes matter here: fills come back from the ledger whatever they are now.
        needs.fills = [];
        needs.threads = [];
        const probed = probeNeeded(needs) ? await probe(context, needs) : EMPTY_PROBE;
        queueClearMarks(context, read, this.capabilities, probed);
        await context.sync();
      },
      { mergeUndoGroup: true },
    );
  }

  /**
   * 生成提交版 in place: marks, jixiao's notes, 校验结果, 修改记录 and the ledger go, fills and notes come back; the
   * values recalc wrote stay. Not grouped for Ctrl+Z: Worksheet.delete has no undo (the pane asks first).
   */
  async clean(): Promise<CleanResult> {
    const { EMPTY_PROBE, probe, probeNeeded, probeNeeds, queueClean, readLedger } = await loadWriter();
    const result = await this.guarded(async (context) => {
      const read = await this.read(context, [LEDGER_SETTING, LAYOUT_SETTING]);
      const ledger = readLedger(read);
      const needs = probeNeeds(read, ledger, this.capabilities);
      // Only the notes matter: fills come back from the ledger whatever they are now.
      needs.fills = [];
      needs.threads = [];
      const probed = probeNeeded(needs) ? await probe(context, needs) : EMPTY_PROBE;
      const done = queueClean(context, read, this.capabilities, probed);
      await context.sync();
      return done;
    });
    for (const name of result.sheets) this.layout.forget(name);
    this.recordPresent = false;
    return result;
  }

  /** 导出校验报告: writes only the 校验结果 sheet (no cell is recalculated or marked) and shows it. */
  async exportReport(options: EngineOptions): Promise<{ rows: number }> {
    const { queueLayoutSheet } = await loadWriter();
    return this.guarded(
      async (context) => {
        const read = await this.read(context, [], true);
        const analysis = this.analyzed(workbookGrids(read), options);
        const name = analysis.plan.reportSheet.name || REPORT_SHEET;
        const existing = sheetNamed(read, name);
        if (existing?.protected) throw protectedSheetError(existing.name);
        if (!existing && read.structureProtected) throw structureProtectedError(name);
        const layout = reportLayout(analysis.plan.reportSheet);
        layout.name = existing?.name ?? name;
        const ws = queueLayoutSheet(context, read, layout, this.capabilities);
        ws.activate();
        await context.sync();
        const size = layoutSize(layout);
        this.layout.expect(layout.name, { top: 0, left: 0, bottom: size.rows - 1, right: size.cols - 1 });
        const rows = analysis.plan.reportSheet.rows;
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
