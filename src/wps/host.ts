// The task pane's Host inside WPS 表格: the ET object model in (src/wps/read.ts), the engine, the object model out
// (src/wps/apply.ts). WPS's model is synchronous; every property and method crosses the bridge, so the door reads
// and writes regions, never cell by cell (docs/wps-api.md lists the calls it relies on).
import { type Analysis, type EngineOptions, CHANGE_SHEET, OWN_SHEETS, REPORT_SHEET, analyzeWorkbook, reportLayout } from '../core';
import type { CheckedWorkbook, CleanResult, Host, PaneSettings, ReportExporter, UndoCapable, UndoResult, UndoState } from '../host';
import { defaultSettings, engineOptions, planSafeUndo } from '../host';
import { applyPlan, clearMarks, readState, restoreCells, Session, writeLayoutSheet, writeOwnSheet, writeState, assertWritable } from './apply';
import type { EtApplication } from './et';
import { describeWpsError, structureProtectedDeleteError } from './errors';
import { activeWorkbook, cellAt, readSheet, readWorkbook, sheetNamed, workbookGrids, type WpsWorkbookRead } from './read';
import { STATE_SHEET, stateFromRows } from './state';
import { parseAddress } from '../core';

export interface WpsHostOptions {
  /** The engine; tests may pass a stand-in. */
  analyze?: typeof analyzeWorkbook;
  /** After a recalculation, bring 校验结果 forward (the ribbon's 一键重算 reports this way). */
  showReportAfterRecalc?: boolean;
}

export interface WpsRecalcSummary {
  written: number;
  marked: number;
  restored: number;
}

export class WpsHost implements Host, UndoCapable, ReportExporter {
  readonly mode = 'wps' as const;
  private readonly analyze: typeof analyzeWorkbook;
  private readonly showReportAfterRecalc: boolean;
  /** Whether the workbook, as last read, holds a recalculation to undo (kept in the workbook, not here). */
  private undoAvailable = false;
  lastRecalc: WpsRecalcSummary | null = null;

  constructor(private readonly app: EtApplication, options: WpsHostOptions = {}) {
    this.analyze = options.analyze ?? analyzeWorkbook;
    this.showReportAfterRecalc = options.showReportAfterRecalc ?? false;
  }

  /** Runs one operation against the active workbook; whatever WPS throws becomes a zh-CN sentence. */
  private guarded<T>(work: (session: Session) => T): T {
    try {
      const wb = activeWorkbook(this.app);
      const read = readWorkbook(this.app);
      this.undoAvailable = readState(read).lastRecalc.length > 0;
      const session = new Session(this.app, wb, read);
      const result = work(session);
      // WPS activates every sheet it adds: bring the person's sheet back unless one was shown on purpose.
      if (session.added && !session.shown && read.activeSheet) session.sheet(read.activeSheet).Activate();
      return result;
    } catch (error) {
      throw describeWpsError(error);
    }
  }

  private checked(read: WpsWorkbookRead, analysis: Analysis): CheckedWorkbook[] {
    return [{ name: read.name || '当前工作簿', analysis }];
  }

  async check(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.guarded((s) => this.checked(s.read, this.analyze(workbookGrids(s.read), options)));
  }

  async recalc(options: EngineOptions): Promise<CheckedWorkbook[]> {
    return this.recalcWith(() => options);
  }

  /** 一键重算: the settings stored in the workbook, read in the same pass as the sheets. */
  async recalcWithStoredSettings(locale: EngineOptions['locale'] = 'zh-CN'): Promise<CheckedWorkbook[]> {
    return this.recalcWith((read) => engineOptions(readState(read).settings ?? defaultSettings(), locale));
  }

  private async recalcWith(optionsFor: (read: WpsWorkbookRead) => EngineOptions): Promise<CheckedWorkbook[]> {
    return this.guarded((session) => {
      const analysis = this.analyze(workbookGrids(session.read), optionsFor(session.read));
      // No table found: nothing to write, not even an empty 校验结果 sheet.
      if (!analysis.report.tables.length) {
        this.lastRecalc = { written: 0, marked: 0, restored: 0 };
        return this.checked(session.read, analysis);
      }
      const applied = applyPlan(session, analysis.plan);
      if (applied.record.length) this.undoAvailable = true;
      this.lastRecalc = { written: applied.written, marked: applied.marked, restored: applied.restored };
      if (this.showReportAfterRecalc) {
        const report = session.sheet(analysis.plan.reportSheet.name || REPORT_SHEET);
        report.Activate();
        report.Range('A1').Select();
        session.shown = true;
      }
      return this.checked(session.read, analysis);
    });
  }

  undoState(): UndoState {
    return { available: this.undoAvailable, excelUndo: false };
  }

  /**
   * 撤销本次写入 under the safe-undo rule: the cells that still hold what the last recalculation wrote get their
   * old contents back; cells changed since are left and returned in `kept`. The marks of that recalculation go
   * too (as with 清除标记), and the record is cleared.
   */
  async undoLastRecalc(): Promise<UndoResult> {
    return this.guarded((session) => {
      const read = session.read;
      const state = readState(read);
      const { restore, kept } = planSafeUndo(state.lastRecalc, (sheet, cell) => {
        const s = sheetNamed(read, sheet);
        const { row, col } = parseAddress(cell);
        return s ? (cellAt(s, row, col)?.value ?? null) : undefined;
      });
      assertWritable(read, restore.map((c) => c.sheet), []);
      restoreCells(session, restore);
      clearMarks(session);
      // The cells it lists are back as they were: the 修改记录 no longer says what the workbook holds.
      if (sheetNamed(read, CHANGE_SHEET)) writeOwnSheet(session, CHANGE_SHEET, [], { veryHidden: false });
      writeState(session, { ...state, lastRecalc: [] });
      this.undoAvailable = false;
      return { restored: restore.length, kept: kept.map((c) => ({ sheet: c.sheet, cell: c.cell })) };
    });
  }

  /** 定位: four calls, no read of the workbook (a cell is selected on the active sheet only). */
  async select(_workbook: string, sheet: string, cell: string): Promise<void> {
    try {
      const ws = activeWorkbook(this.app).Worksheets.Item(sheet);
      ws.Activate();
      ws.Range(cell).Select();
    } catch (error) {
      throw describeWpsError(error);
    }
  }

  async clearMarks(): Promise<void> {
    this.guarded((session) => void clearMarks(session));
  }

  /**
   * 生成提交版: the table as the finance bureau should receive it. Every mark goes (original fills and comments
   * back), 校验结果, 修改记录, the ledger and the undo record are deleted; the derived values stay. Only the pane's
   * settings (profile, grade bands, ignores and their reasons) remain, in the very hidden state sheet.
   */
  async clean(): Promise<CleanResult> {
    return this.guarded((session) => {
      const read = session.read;
      const state = readState(read);
      const own = OWN_SHEETS.map((n) => sheetNamed(read, n)?.name).filter((n): n is string => !!n);
      if (own.length && read.structureProtected) throw structureProtectedDeleteError();
      const restored = clearMarks(session);
      const toDelete = [...own, ...(!state.settings && sheetNamed(read, STATE_SHEET) ? [STATE_SHEET] : [])];
      if (state.settings && state.lastRecalc.length) writeState(session, { settings: state.settings, lastRecalc: [] });
      if (toDelete.length) {
        // Worksheet.Delete asks the person to confirm unless alerts are off.
        const alerts = this.app.DisplayAlerts;
        this.app.DisplayAlerts = false;
        try {
          for (const name of toDelete) session.sheet(name).Delete();
        } finally {
          this.app.DisplayAlerts = alerts;
        }
      }
      this.undoAvailable = false;
      return { restored, sheets: own };
    });
  }

  /** 导出校验报告: writes only 校验结果 (no cell is recalculated or marked) and shows it. */
  async exportReport(options: EngineOptions): Promise<{ rows: number }> {
    return this.guarded((session) => {
      const analysis = this.analyze(workbookGrids(session.read), options);
      const name = analysis.plan.reportSheet.name || REPORT_SHEET;
      assertWritable(session.read, [], [name]);
      writeLayoutSheet(session, { ...reportLayout(analysis.plan.reportSheet), name });
      session.sheet(name).Activate();
      session.shown = true;
      return { rows: analysis.plan.reportSheet.rows.length };
    });
  }

  /** Reads the state sheet only: the pane calls this as it opens, just before it checks the whole workbook. */
  async loadSettings(): Promise<PaneSettings> {
    try {
      const sheets = activeWorkbook(this.app).Worksheets;
      let state;
      try {
        state = stateFromRows(readSheet(sheets.Item(STATE_SHEET), 0, false).values);
      } catch {
        state = null; // Worksheets.Item throws for a sheet that is not there: nothing stored yet
      }
      this.undoAvailable = (state?.lastRecalc.length ?? 0) > 0;
      return state?.settings ?? defaultSettings();
    } catch (error) {
      throw describeWpsError(error);
    }
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.guarded((session) => {
      assertWritable(session.read, [], [STATE_SHEET]);
      writeState(session, { ...readState(session.read), settings });
    });
  }
}
