// How jixiao's own sheets are laid out, the same in every door: the 校验结果 sheet made for paper (grouped by
// severity, the message wrapped, one page wide in A4 landscape, the header repeated on every page) and the 修改记录
// sheet. The doors only carry a SheetLayout out; what goes where is decided here.
import type { ChangeSheet, ReportSheet, Severity } from './report';

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
}

/** Print setup for every sheet jixiao writes: A4 landscape, one page wide, the header row on every page. */
export const PRINT_SETUP = { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, titleRows: '$1:$1' } as const;

// 序号 严重程度 规则 编号 工作表 单元格 说明 应为 表中为: about 160 characters, which A4 landscape fits at ~70%.
const REPORT_WIDTHS = [6, 8, 16, 12, 16, 9, 64, 14, 14];
const REPORT_LINK = 5;
const REPORT_MESSAGE = 6;

export function reportLayout(sheet: ReportSheet): SheetLayout {
  const width = sheet.header.length;
  const line = (text: string): SheetCell[] => [text, ...new Array<string>(width - 1).fill('')];
  const rows: SheetCell[][] = [sheet.header];
  const headings: number[] = [];
  if (!sheet.rows.length) rows.push(line(sheet.empty));
  const severities: Severity[] = ['error', 'warning', 'info'];
  for (const severity of severities) {
    const mine = sheet.rows.filter((r) => r.level === severity);
    if (!mine.length) continue;
    headings.push(rows.length);
    rows.push(line(sheet.groups[severity]));
    for (const r of mine) {
      rows.push([r.index, r.severity, r.rule, r.ruleId, r.sheet, r.link ? `=${r.link.replace(/^=/, '')}` : r.cell, r.message, r.expected, r.actual]);
    }
  }
  return { name: sheet.name, rows, linkColumn: REPORT_LINK, headings, widths: REPORT_WIDTHS, wrap: [REPORT_MESSAGE], numberColumns: [0] };
}

// 序号 工作表 单元格 原值 新值 原因
const CHANGE_WIDTHS = [6, 16, 9, 14, 14, 90];
const CHANGE_LINK = 2;
const CHANGE_WHY = 5;

export function changeLayout(sheet: ChangeSheet): SheetLayout {
  const rows: SheetCell[][] = [
    sheet.header,
    ...sheet.rows.map((r) => [r.index, r.sheet, r.link ? `=${r.link.replace(/^=/, '')}` : r.cell, r.before, r.after, r.why]),
  ];
  return { name: sheet.name, rows, linkColumn: CHANGE_LINK, headings: [], widths: CHANGE_WIDTHS, wrap: [CHANGE_WHY], numberColumns: [0] };
}

/** The text a link cell shows: the cell's address, which its HYPERLINK formula names last. */
export function linkShown(formula: string): string {
  const m = /,"((?:[^"]|"")*)"\)$/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : formula;
}
