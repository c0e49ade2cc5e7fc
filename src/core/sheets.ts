// How jixiao's own sheets are laid out, the same in every door: the 校验结果 sheet made for paper (grouped by
// severity, the message wrapped, one page wide in A4 landscape, the header repeated on every page) and the 修改记录
// sheet. The doors only carry a SheetLayout out; what goes where is decided here.
import type { ChangeSheet, ReportSheet } from './report';

export type SheetCell = string | number;

export interface SheetLayout {
  name: string;
  /** Header first. A cell of `linkColumn` starting with "=" is a HYPERLINK formula; every other cell is a value. */
  rows: SheetCell[][];
  linkColumn: number;
  /** Rows (0-based) that head a group: bold, their text spanning the whole width. */
  headings: number[];
  /** Column widths, in characters. */
  widths: number[];
  /** Columns whose text wraps (the message, the reason). */
  wrap: number[];
  /** Columns holding numbers (序号); every other column is text ("96%" stays as shown, never turned into 0.96). */
  numberColumns: number[];
  /** Each row's height in points, tall enough for its wrapped text: a file written by a library keeps the height it
   *  is given (Excel does not refit rows on open), so text would be cut off on paper. Hosts that can fit rows
   *  themselves (Office.js autofitRows, ET Rows.AutoFit) may do so instead. */
  heights: number[];
}

/** Print setup for every sheet jixiao writes: A4 landscape, one page wide, the header row on every page. */
export const PRINT_SETUP = { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, titleRows: '$1:$1' } as const;

// 序号 严重程度 规则 编号 工作表 单元格 说明 应为 表中为: about 160 characters, which A4 landscape fits at ~70%.
const REPORT_WIDTHS = [6, 9, 18, 20, 14, 9, 60, 12, 12];
const REPORT_LINK = 5;
// 规则, 工作表, 说明, 应为, 表中为 wrap; the message most of all.
const REPORT_WRAP = [2, 4, 6, 7, 8];

/** Points per line of 11-point text, CJK included (宋体/等线 lines run taller than Calibri's 15). */
const LINE_HEIGHT = 16;

/** How wide text runs, in character widths: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/** Lines a cell's text takes in a column `width` characters wide (a little less usable, for the cell's margins). */
export function linesIn(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

function rowHeights(rows: SheetCell[][], widths: number[], wrap: number[], headings: number[]): number[] {
  return rows.map((cells, r) => {
    if (headings.includes(r)) return LINE_HEIGHT;
    const lines = Math.max(1, ...wrap.map((c) => linesIn(String(cells[c] ?? ''), widths[c])));
    return lines * LINE_HEIGHT;
  });
}

/** A link column's cell: the HYPERLINK formula where there is one to follow, else the address as text. */
function linkCell(link: string, cell: string): SheetCell {
  return link ? `=${link}` : cell;
}

export function reportLayout(sheet: ReportSheet): SheetLayout {
  const width = sheet.header.length;
  const line = (text: string): SheetCell[] => [text, ...new Array<string>(width - 1).fill('')];
  const rows: SheetCell[][] = [sheet.header];
  const headings: number[] = [];
  if (!sheet.rows.length) rows.push(line(sheet.empty));
  // The rows come grouped by severity (planReportSheet): a line heads each group.
  sheet.rows.forEach((r, i) => {
    if (i === 0 || sheet.rows[i - 1].level !== r.level) {
      headings.push(rows.length);
      rows.push(line(sheet.groups[r.level]));
    }
    rows.push([r.index, r.severity, r.rule, r.ruleId, r.sheet, linkCell(r.link, r.cell), r.message, r.expected, r.actual]);
  });
  return {
    name: sheet.name,
    rows,
    linkColumn: REPORT_LINK,
    headings,
    widths: REPORT_WIDTHS,
    wrap: REPORT_WRAP,
    numberColumns: [0],
    heights: rowHeights(rows, REPORT_WIDTHS, REPORT_WRAP, headings),
  };
}

// 序号 工作表 单元格 原值 新值 原因
const CHANGE_WIDTHS = [6, 16, 9, 14, 14, 90];
const CHANGE_LINK = 2;
const CHANGE_WRAP = [1, 3, 4, 5];

export function changeLayout(sheet: ChangeSheet): SheetLayout {
  const rows: SheetCell[][] = [
    sheet.header,
    ...sheet.rows.map((r) => [r.index, r.sheet, linkCell(r.link, r.cell), r.before, r.after, r.why]),
  ];
  return {
    name: sheet.name,
    rows,
    linkColumn: CHANGE_LINK,
    headings: [],
    widths: CHANGE_WIDTHS,
    wrap: CHANGE_WRAP,
    numberColumns: [0],
    heights: rowHeights(rows, CHANGE_WIDTHS, CHANGE_WRAP, []),
  };
}

/** How far a layout reaches: its rows (header included) and its columns. */
export function layoutSize(layout: SheetLayout): { rows: number; cols: number } {
  return { rows: layout.rows.length, cols: Math.max(layout.widths.length, ...layout.rows.map((r) => r.length)) };
}

/** The text a link cell shows: the cell's address, which its HYPERLINK formula names last. */
export function linkShown(formula: string): string {
  const m = /,"((?:[^"]|"")*)"\)$/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : formula;
}
