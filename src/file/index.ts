// The file door: .xlsx bytes → Grids (read.ts, a streaming reader within the caps of limits.ts) and WritePlans carried
// out on a copy through ExcelJS (xlsx.ts). No Node APIs: the browser file mode loads it too.
export { readWorkbook, applyPlan, applyPlanWithStats, cleanCopy, removeMarks, plainValue, ERROR_FILL, WARNING_FILL } from './xlsx';
export type { WorkbookRead, ApplyStats } from './xlsx';
export { WorkbookError, isWorkbookError, assertXlsxBytes, unsupportedParts, type WorkbookErrorCode } from './errors';
export { preferExcelJSBuild, type ExcelJSBuild } from './exceljs';
export { buildSummaryWorkbook } from './summary-workbook';
export { readDocument } from './docx';
export { assertDocxBytes } from './errors';
export { MAX_FILE_BYTES, MAX_PART_BYTES } from './limits';
