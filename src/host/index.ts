// The contract between the task pane and the workbook it works on (Excel through Office.js, .xlsx files in the
// browser, WPS). Adapters implement it; the pane uses nothing else. The helpers below are what every door shares.
export type { CheckedWorkbook, CleanResult, Host, PaneSettings } from './host';
export { canExport, canUndo, type ReportExporter, type UndoCapable, type UndoResult, type UndoState } from './capabilities';
export { defaultSettings, engineOptions, parseSettings } from './settings';
export { ledgerAfterUndo, parseRecord, planSafeUndo, planUndo, sameCellValue, type CellBefore, type SafeUndoPlan, type WrittenCell } from './undo';
export type { CellChange, CellContent, CurrentState, KeptCell, MarkChange, RecalcRecord, SheetContents, UndoOutcome, UndoPlan } from './undo';
export { groupMarks, isOurNote, markNote, ORIGINAL_NOTE_LABEL, type CellMarks } from './marks';
