// The contract between the task pane and the workbook it works on (Excel through Office.js, .xlsx files in the
// browser, WPS). Adapters implement it; the pane uses nothing else.
export type { CheckedWorkbook, Host, PaneSettings } from './host';
export { canExport, canUndo, type ReportExporter, type UndoCapable, type UndoState } from './capabilities';
export { ledgerAfterUndo, parseRecord, planUndo, sameValue } from './undo';
export type { CellChange, CellContent, CurrentState, KeptCell, MarkChange, RecalcRecord, SheetContents, UndoOutcome, UndoPlan } from './undo';
