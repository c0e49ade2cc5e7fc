// The task pane talks to a workbook through a Host: Excel (Office.js) inside Excel, WPS 表格's object model inside
// WPS, or files in a plain browser.
// The UI is the same for both; only the Host differs.
import type { Analysis, EngineOptions, IgnoreEntry } from '../core';

export interface CheckedWorkbook {
  /** File name in file mode; the workbook's name (or "当前工作簿") in Excel and WPS. */
  name: string;
  analysis: Analysis;
}

export interface PaneSettings {
  profile: NonNullable<EngineOptions['profile']>;
  /** "90=优,80=良,60=中,0=差" */
  gradeBands: string;
  ignores: IgnoreEntry[];
}

/** What 生成提交版 did. */
export interface CleanResult {
  /** Marked cells whose own fill and note were put back. */
  restored: number;
  /** jixiao's sheets removed (校验结果, 修改记录, the ledger sheet), by name. */
  sheets: string[];
  /** File mode: the copies downloaded ("<name>.提交版.xlsx"). */
  files?: string[];
}

export interface Host {
  readonly mode: 'excel' | 'wps' | 'file';
  /** Reads and analyzes; writes nothing. */
  check(options: EngineOptions): Promise<CheckedWorkbook[]>;
  /** Writes derived cells, marks and the 校验结果 sheet; returns the analysis of what was read. */
  recalc(options: EngineOptions): Promise<CheckedWorkbook[]>;
  /** Selects a cell (Excel), or shows it (file mode). */
  select(workbook: string, sheet: string, cell: string): Promise<void>;
  /** Removes every mark jixiao left, restoring original fills and notes. */
  clearMarks(): Promise<void>;
  /**
   * 生成提交版: every mark, jixiao note, 校验结果, 修改记录 and the ledger removed, original fills and notes back; the
   * values recalc wrote stay. In Excel and WPS in place; in file mode a copy of each workbook is downloaded.
   */
  clean(): Promise<CleanResult>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
