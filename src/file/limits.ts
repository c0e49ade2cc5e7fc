// How big a workbook (or a .docx report) jixiao agrees to open, so that a zip bomb, a huge export or /dev/zero ends
// with a zh-CN reason (exit 2) instead of eating the machine. Every number is far above any real self-evaluation workbook and far below
// what would exhaust memory on an office PC (8 GB, Node's default heap of about 4 GB).
//
// Measured on this project's own sheets: a 50,000-row department table (450,000 cells) is a 1.6 MB file holding
// 15.6 MB of XML; read through ExcelJS (which recalc uses to write) it takes about 0.85 KB of memory a cell.

/** The file as stored: seed workbooks are under 100 KB and a department's workbook with scanned seals under 20 MB. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** All parts once inflated, as the zip directory declares them and as they actually inflate: XML runs 35–80 bytes
 *  a cell, so a million cells take at most 80 MB, leaving room for shared strings and pictures. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** Cells written in the sheets (blank styled ones included) plus the cells merged areas cover. A 30,000-row data
 *  sheet of 20 columns beside a table is 600,000; a million costs ExcelJS about 0.9 GB when recalc writes. */
export const MAX_CELLS = 1_000_000;
/** Parts in the package: a workbook of 300 project sheets with comments and drawings has about 1,500. */
export const MAX_ZIP_ENTRIES = 20_000;

/** "100 MB", "100.3 MB": sizes in the units Windows Explorer uses, a decimal where the size is not whole. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** One part of a .docx once inflated (word/document.xml), as its zip directory declares it: a long report is a few MB. */
export const MAX_PART_BYTES = 100 * 1024 * 1024;
/** Paragraphs and table cells a report may hold (a long report has a few thousand). */
export const MAX_REPORT_PARAGRAPHS = 100_000;
export const MAX_REPORT_CELLS = 500_000;
