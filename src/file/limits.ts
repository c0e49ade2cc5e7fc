// How much an input file may hold before the doors refuse it with a zh-CN reason instead of running out of memory:
// one place for every door that reads a package (.xlsx, .docx).

/** The file itself: a self-evaluation workbook or report is kilobytes to a few megabytes. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** One part of the package once inflated (word/document.xml): guards against a zip bomb. */
export const MAX_PART_BYTES = 100 * 1024 * 1024;
/** Paragraphs and table cells a report may hold (a long report has a few thousand). */
export const MAX_REPORT_PARAGRAPHS = 100_000;
export const MAX_REPORT_CELLS = 500_000;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
