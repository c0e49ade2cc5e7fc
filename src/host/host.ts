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
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
