// The ExcelJS door: .xlsx bytes ⇄ Grids and WritePlans. No Node APIs: the browser file mode loads it too.
export { readWorkbook, applyPlan, applyPlanWithStats, removeMarks, plainValue, ERROR_FILL, WARNING_FILL } from './xlsx';
export type { WorkbookRead, ApplyStats } from './xlsx';
export { WorkbookError, isWorkbookError, assertXlsxBytes, unsupportedParts, type WorkbookErrorCode } from './errors';
export { preferExcelJSBuild, type ExcelJSBuild } from './exceljs';
export { readDocument } from './docx';
export { assertDocxBytes } from './errors';
export { MAX_INPUT_BYTES, MAX_PART_BYTES } from './limits';
