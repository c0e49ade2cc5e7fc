// Optional abilities a Host may have beyond the Host interface. The pane shows a control only when its host has it.
import type { EngineOptions } from '../core';
import type { Host } from './host';

export interface UndoState {
  /** The workbook keeps a record of its last recalculation (by the pane or the ribbon), so 撤销本次写入 can undo it. */
  available: boolean;
  /** Excel groups a recalculation into one Ctrl+Z (ExcelApi 1.20), so the pane need not offer its own undo. */
  excelUndo: boolean;
}

/** What 撤销本次写入 did under the safe-undo rule (src/host/undo.ts). */
export interface UndoResult {
  restored: number;
  /** Cells changed since the recalculation, left as they are. */
  kept: { sheet: string; cell: string }[];
}

export interface UndoCapable {
  undoState(): UndoState;
  /** Puts back what the last recalculation changed where it still holds what was written; says what it left. */
  undoLastRecalc(): Promise<UndoResult | void>;
}

export interface ReportExporter {
  /** Writes (or downloads) the 校验结果 report; returns how many findings it lists. */
  exportReport(options: EngineOptions): Promise<{ rows: number }>;
}

export function canUndo(host: Host): host is Host & UndoCapable {
  return typeof (host as Partial<UndoCapable>).undoState === 'function' && typeof (host as Partial<UndoCapable>).undoLastRecalc === 'function';
}

export function canExport(host: Host): host is Host & ReportExporter {
  return typeof (host as Partial<ReportExporter>).exportReport === 'function';
}
