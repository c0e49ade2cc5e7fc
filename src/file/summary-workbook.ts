// The 汇总 workbook of `jixiao summary -o` and file mode's 下载汇总表, made for people: sheet 汇总 (one row per table,
// zh-CN headers, 万元 with two decimals, rates 0.00%, the totals below), sheet 问题清单 (every error and warning with its
// file, sheet and cell). Both have a frozen header, an autofilter, column widths and an A4 landscape print setup that
// fits the width and repeats the header on every page. No Node APIs: the browser builds it too.
import type * as ExcelJS from 'exceljs';
import { findingValue } from '../core/present';
import type { FileFinding, SummaryReport, SummaryRow, SummaryTotals } from '../core/rollup';
import { excelJS } from './exceljs';

const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
// Excel's own "Bad" and "Good" cell styles, as the marks use (contract.md).
const BAD = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as ExcelJS.Fill, font: { ...FONT, color: { argb: 'FF9C0006' } } };
const GOOD = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } } as ExcelJS.Fill, font: { ...FONT, color: { argb: 'FF006100' } } };

const AMOUNT = '#,##0.00';
const RATE = '0.00%';
const SCORE = '0.00';

interface Column {
  header: string;
  width: number;
  numFmt?: string;
  center?: boolean;
  value(row: SummaryRow, index: number): string | number | null;
}

const KIND: Record<SummaryRow['kind'], string> = { project: '项目支出', department: '部门整体' };

const SUMMARY_COLUMNS: Column[] = [
  { header: '序号', width: 6, center: true, value: (_, i) => i + 1 },
  { header: '文件', width: 28, value: (r) => r.file },
  { header: '工作表', width: 20, value: (r) => r.sheet },
  { header: '类型', width: 9, center: true, value: (r) => KIND[r.kind] },
  { header: '名称', width: 30, value: (r) => r.name },
  { header: '主管部门', width: 22, value: (r) => r.department },
  // 万元 (the title says so), converted from a table in 元.
  { header: '年初预算数', width: 12, numFmt: AMOUNT, value: (r) => r.budgetInitial },
  { header: '全年预算数', width: 12, numFmt: AMOUNT, value: (r) => r.budgetAdjusted },
  { header: '执行数', width: 12, numFmt: AMOUNT, value: (r) => r.executed },
  { header: '执行率', width: 9, numFmt: RATE, value: (r) => r.rate },
  { header: '自评得分', width: 9, numFmt: SCORE, value: (r) => r.score },
  { header: '等级', width: 6, center: true, value: (r) => r.grade },
  { header: '错误', width: 6, center: true, value: (r) => r.errors },
  { header: '警告', width: 6, center: true, value: (r) => r.warnings },
  { header: '提示', width: 6, center: true, value: (r) => r.infos },
  { header: '状态', width: 8, center: true, value: (r) => r.status },
];

/** Excel does not grow a row for wrapped text it did not lay out itself: lines needed at ~2 width units per CJK character. */
function rowHeight(cells: [text: string, width: number][]): number {
  let lines = 1;
  for (const [text, width] of cells) {
    let units = 0;
    for (const ch of text) units += /[\u2e80-\uffef]/.test(ch) ? 2 : 1.1;
    lines = Math.max(lines, Math.ceil(units / Math.max(width - 1, 1)));
  }
  return Math.min(lines, 4) * 14 + 4;
}

const col = (header: string) => SUMMARY_COLUMNS.findIndex((c) => c.header === header) + 1;

function printSetup(sheet: ExcelJS.Worksheet, titleRows: string): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as it takes
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  } as Partial<ExcelJS.PageSetup>;
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' } as ExcelJS.HeaderFooter;
}

function styleHeader(row: ExcelJS.Row): void {
  row.height = 30;
  row.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

/** The totals under the rows: sums, overall rate and average score; the budget-weighted average; the grades. */
function totalLines(sheet: ExcelJS.Worksheet, label: string, totals: SummaryTotals): void {
  const scoreCol = col('自评得分');
  const line = (text: string, fill: (row: ExcelJS.Row) => void) => {
    const row = sheet.addRow([]);
    row.getCell(1).value = text;
    sheet.mergeCells(row.number, 1, row.number, col('主管部门'));
    fill(row);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = BOLD;
      cell.fill = TOTAL_FILL;
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: typeof cell.value === 'number' ? 'right' : 'left' };
    });
  };
  const put = (row: ExcelJS.Row, header: string, value: number | string | null, numFmt?: string) => {
    const cell = row.getCell(col(header));
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  };
  const note = (row: ExcelJS.Row, text: string) => {
    put(row, '等级', text);
    sheet.mergeCells(row.number, col('等级'), row.number, col('状态'));
  };
  line(label, (row) => {
    put(row, '年初预算数', totals.budgetInitial, AMOUNT);
    put(row, '全年预算数', totals.budgetAdjusted, AMOUNT);
    put(row, '执行数', totals.executed, AMOUNT);
    put(row, '执行率', totals.rate, RATE);
    put(row, '自评得分', totals.averageScore, SCORE);
    note(row, '← 平均得分');
  });
  line('按预算加权平均得分（权数：全年预算数）', (row) => {
    put(row, '自评得分', totals.weightedAverageScore, SCORE);
    note(row, '');
  });
  line('等级分布', (row) => {
    sheet.mergeCells(row.number, col('年初预算数'), row.number, scoreCol);
    row.getCell(col('年初预算数')).value = Object.entries(totals.grades).map(([g, n]) => `${g} ${n} 张`).join('　');
    note(row, '');
  });
}

function addSummarySheet(workbook: ExcelJS.Workbook, report: SummaryReport): void {
  const sheet = workbook.addWorksheet('汇总', { properties: { defaultRowHeight: 18 } });
  SUMMARY_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  const usable = report.files.filter((f) => !('error' in f)).length;
  const title = sheet.addRow([`绩效自评汇总表（${usable} 个文件，${report.totals.count} 张表；金额单位：万元）`]);
  sheet.mergeCells(1, 1, 1, SUMMARY_COLUMNS.length);
  title.font = { ...BOLD, size: 14 };
  title.height = 28;
  title.alignment = { vertical: 'middle', horizontal: 'center' };
  styleHeader(sheet.addRow(SUMMARY_COLUMNS.map((c) => c.header)));
  report.tables.forEach((table, i) => {
    const row = sheet.addRow(SUMMARY_COLUMNS.map((c) => c.value(table, i)));
    SUMMARY_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: !c.numFmt, horizontal: c.center ? 'center' : c.numFmt ? 'right' : 'left' };
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
    row.height = rowHeight(SUMMARY_COLUMNS.map((c) => [String(c.numFmt ? '' : (c.value(table, i) ?? '')), c.width]));
    const status = row.getCell(col('状态'));
    const look = table.status === '需修改' ? BAD : GOOD;
    status.fill = look.fill;
    status.font = look.font;
    status.alignment = { vertical: 'middle', horizontal: 'center' };
  });
  const last = sheet.rowCount;
  totalLines(sheet, `合计（${report.totals.count} 张表）`, report.totals);
  for (const [kind, totals] of Object.entries(report.totalsByKind ?? {})) {
    totalLines(sheet, `其中${KIND[kind as SummaryRow['kind']]}（${totals!.count} 张）`, totals!);
  }
  const unusable = report.files.filter((f): f is { file: string; error: string } => 'error' in f);
  if (unusable.length) {
    sheet.addRow([]);
    sheet.addRow([`未能检查的文件 ${unusable.length} 个：`]).font = BOLD;
    for (const f of unusable) sheet.addRow([null, f.error]).font = FONT;
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 2, activeCell: 'A3' }];
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: Math.max(last, 2), column: SUMMARY_COLUMNS.length } };
  printSetup(sheet, '1:2');
}

const ISSUE_HEADER: [string, number][] = [
  ['序号', 6], ['文件', 30], ['工作表', 18], ['单元格', 8], ['严重程度', 8], ['规则', 18], ['说明', 70], ['应为', 12], ['表中为', 12],
];
const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

function addIssuesSheet(workbook: ExcelJS.Workbook, issues: FileFinding[]): void {
  const sheet = workbook.addWorksheet('问题清单');
  ISSUE_HEADER.forEach(([, width], i) => (sheet.getColumn(i + 1).width = width));
  styleHeader(sheet.addRow(ISSUE_HEADER.map(([h]) => h)));
  issues.forEach((f, i) => {
    const row = sheet.addRow([i + 1, f.file, f.sheet, f.cell, SEVERITY[f.severity], f.rule, f.message, findingValue(f, f.expected, 'zh-CN'), findingValue(f, f.actual, 'zh-CN')]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    row.height = rowHeight([f.file, f.sheet, f.message].map((text, j) => [text, ISSUE_HEADER[[1, 2, 6][j]][1]]));
    const severity = row.getCell(5);
    if (f.severity === 'error') Object.assign(severity, { fill: BAD.fill, font: BAD.font });
    else severity.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
  });
  if (issues.length === 0) sheet.addRow([null, '没有错误或警告']).font = FONT;
  sheet.views = [{ state: 'frozen', ySplit: 1, activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(sheet.rowCount, 1), column: ISSUE_HEADER.length } };
  printSetup(sheet, '1:1');
}

/** The summary as .xlsx bytes. */
export async function buildSummaryWorkbook(report: SummaryReport, issues: FileFinding[]): Promise<Uint8Array> {
  const workbook = new (excelJS().Workbook)();
  workbook.creator = '绩效自评助手 jixiao';
  addSummarySheet(workbook, report);
  addIssuesSheet(workbook, issues);
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
