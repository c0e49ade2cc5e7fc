// Reading a workbook through WPS's ET object model in bulk. Each call crosses the WPS bridge, so a sheet is read as
// whole regions: the used range's Value2 and Formula (each one 2-D array), its NumberFormat and MergeCells (one value
// when the whole region agrees). Where a region's cells differ WPS answers null, and the region is halved until each
// part agrees: the calls then grow with the number of format runs and merged areas, not with the cells.
import { type CellValue, type Grid, gridFromRows, isJixiaoSheet, LEDGER_SHEET, parseRange, rangeAddress } from '../core';
import { type EtApplication, type EtRange, type EtVariant, type EtWorkbook, type EtWorksheet, XL_BY_COLUMNS, XL_BY_ROWS, XL_FORMULAS, XL_NEXT, XL_PART, XL_PREVIOUS } from './et';
import { noWorkbookError, usedRangeTooLargeError } from './errors';
import { STATE_SHEET } from './state';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WpsSheetRead {
  /** 1-based position in Worksheets. */
  index: number;
  name: string;
  visible: number;
  protected: boolean;
  /** 0-based row/column of the used range's top-left cell. */
  top: number;
  left: number;
  values: CellValue[][];
  formulas: (string | null)[][];
  /** Number formats of the cells holding numbers (the only ones the engine reads); null elsewhere. */
  formats: (string | null)[][];
  /** Merged areas as A1 ranges. */
  merges: string[];
}

export interface WpsWorkbookRead {
  name: string;
  structureProtected: boolean;
  /** The active sheet's name, to bring it back after sheets were added. */
  activeSheet: string | null;
  sheets: WpsSheetRead[];
}

/** CVErr numbers of the error values: WPS hands an error cell's Value2 to script as one of these. */
const ERROR_TEXT = new Map<number, string>([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

export function toCellValue(v: EtVariant): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return ERROR_TEXT.get(v) ?? v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

export function isErrorValue(v: CellValue): boolean {
  return typeof v === 'string' && [...ERROR_TEXT.values()].includes(v);
}

/** One cell's scalar or an area's rows, always as rows. */
function asRows<T>(v: T | T[][]): T[][] {
  return Array.isArray(v) ? v : [[v]];
}

/** "$B$3:$I$52" or "$B$3" → 0-based box. */
export function boxOf(address: string): Box {
  return parseRange(address.replace(/\$/g, ''));
}

export const boxAddressOf = (b: Box) => rangeAddress(b.top, b.left, b.bottom, b.right);

function halves(b: Box): [Box, Box] {
  if (b.bottom - b.top >= b.right - b.left) {
    const mid = (b.top + b.bottom) >> 1;
    return [{ ...b, bottom: mid }, { ...b, top: mid + 1 }];
  }
  const mid = (b.left + b.right) >> 1;
  return [{ ...b, right: mid }, { ...b, left: mid + 1 }];
}

const isSingle = (b: Box) => b.top === b.bottom && b.left === b.right;

/**
 * Reads a property that WPS answers for a whole region only when every cell agrees (null otherwise), halving the
 * region until each part agrees. `found` gets each agreeing part and its value.
 */
export function settle<T>(ws: EtWorksheet, box: Box, read: (r: EtRange) => T | null | undefined, found: (part: Box, value: T) => void): void {
  const value = read(ws.Range(boxAddressOf(box)));
  if (value !== null && value !== undefined) return found(box, value);
  if (isSingle(box)) return;
  for (const half of halves(box)) settle(ws, half, read, found);
}

/** Runs of consecutive rows holding numbers, per column: the cells whose number format the engine reads. */
function numberRuns(values: CellValue[][], top: number, left: number): Box[] {
  const runs: Box[] = [];
  const width = Math.max(0, ...values.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let start = -1;
    for (let r = 0; r <= values.length; r++) {
      const numeric = r < values.length && typeof values[r][c] === 'number';
      if (numeric && start < 0) start = r;
      if (!numeric && start >= 0) {
        runs.push({ top: top + start, left: left + c, bottom: top + r - 1, right: left + c });
        start = -1;
      }
    }
  }
  return runs;
}

function readFormats(ws: EtWorksheet, used: EtRange, sheet: WpsSheetRead): void {
  const put = (b: Box, format: string) => {
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (typeof sheet.values[r - sheet.top]?.[c - sheet.left] === 'number') sheet.formats[r - sheet.top][c - sheet.left] = format;
  };
  const whole = used.NumberFormat;
  if (typeof whole === 'string') {
    put({ top: sheet.top, left: sheet.left, bottom: sheet.top + sheet.values.length - 1, right: sheet.left + (sheet.values[0]?.length ?? 1) - 1 }, whole);
    return;
  }
  // A column's numbers often share one format: try the column's numeric span first, then each run.
  const byColumn = new Map<number, Box[]>();
  for (const run of numberRuns(sheet.values, sheet.top, sheet.left)) byColumn.set(run.left, [...(byColumn.get(run.left) ?? []), run]);
  for (const runs of byColumn.values()) {
    const span = { ...runs[0], bottom: runs[runs.length - 1].bottom };
    const format = runs.length > 1 ? ws.Range(boxAddressOf(span)).NumberFormat : null;
    if (typeof format === 'string') put(span, format);
    else for (const run of runs) settle(ws, run, (r) => r.NumberFormat, put);
  }
}

function readMerges(ws: EtWorksheet, used: EtRange, box: Box): string[] {
  if (used.MergeCells === false) return [];
  const merges: Box[] = [];
  const covered = (b: Box) => merges.some((m) => m.top <= b.top && b.bottom <= m.bottom && m.left <= b.left && b.right <= m.right);
  const visit = (b: Box): void => {
    if (covered(b)) return;
    const state = ws.Range(boxAddressOf(b)).MergeCells;
    if (state === false) return;
    if (state === true) {
      // Every cell is merged: one merged area may hold the whole part.
      const area = boxOf(ws.Range(boxAddressOf({ top: b.top, left: b.left, bottom: b.top, right: b.left })).MergeArea.Address());
      if (!merges.some((m) => m.top === area.top && m.left === area.left)) merges.push(area);
      if (covered(b)) return;
    }
    if (isSingle(b)) return;
    for (const half of halves(b)) visit(half);
  };
  // Column by column: a merged label running down the table then costs a few halvings at its two ends, not one probe
  // per row of its edge.
  for (let col = box.left; col <= box.right; col++) visit({ ...box, left: col, right: col });
  return merges.map(boxAddressOf);
}

/** Past this many cells a used range is not read whole (one Value2 of it would be gigabytes). */
export const MAX_READ_CELLS = 2_000_000;

const cellsIn = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/**
 * The region to read. UsedRange also counts cells that hold only a format or a fill, so one stray fill at
 * XFD1048576 makes it the whole sheet; then the cells holding values or formulas are found with Find("*") from
 * both ends, by rows and by columns (four calls), and only their box is read.
 */
function regionToRead(ws: EtWorksheet, name: string): { range: EtRange; box: Box } {
  const used = ws.UsedRange;
  const box = boxOf(used.Address());
  if (cellsIn(box) <= MAX_READ_CELLS) return { range: used, box };
  const cells = ws.Cells;
  const find = (order: number, direction: number) => cells.Find('*', direction === XL_NEXT ? ws.Range('XFD1048576') : ws.Range('A1'), XL_FORMULAS, XL_PART, order, direction);
  const lastRow = find(XL_BY_ROWS, XL_PREVIOUS);
  if (!lastRow) {
    const range = ws.Range('A1');
    return { range, box: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  const lastColumn = find(XL_BY_COLUMNS, XL_PREVIOUS)!;
  const firstRow = find(XL_BY_ROWS, XL_NEXT)!;
  const firstColumn = find(XL_BY_COLUMNS, XL_NEXT)!;
  const values = { top: firstRow.Row - 1, left: firstColumn.Column - 1, bottom: lastRow.Row - 1, right: lastColumn.Column - 1 };
  if (cellsIn(values) > MAX_READ_CELLS) throw usedRangeTooLargeError(name, boxAddressOf(values));
  return { range: ws.Range(boxAddressOf(values)), box: values };
}

/** One sheet: `full` reads formats and merges too (jixiao's own sheets need values only). */
export function readSheet(ws: EtWorksheet, index: number, full: boolean): WpsSheetRead {
  const name = ws.Name;
  const visible = ws.Visible;
  const isProtected = ws.ProtectContents;
  const { range: used, box } = regionToRead(ws, name);
  const values = asRows(used.Value2).map((row) => row.map(toCellValue));
  const hasFormula = full ? used.HasFormula : false;
  const formulas = hasFormula === false
    ? values.map((row) => row.map(() => null))
    : asRows(used.Formula).map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
  const sheet: WpsSheetRead = {
    index, name, visible, protected: isProtected, top: box.top, left: box.left, values, formulas,
    formats: values.map((row) => row.map(() => null)), merges: [],
  };
  if (full && values.some((row) => row.some((v) => typeof v === 'number'))) readFormats(ws, used, sheet);
  if (full) sheet.merges = readMerges(ws, used, box);
  return sheet;
}

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw noWorkbookError();
  return wb;
}

export function readWorkbook(app: EtApplication): WpsWorkbookRead {
  const wb = activeWorkbook(app);
  const sheets = wb.Worksheets;
  const count = sheets.Count;
  const read: WpsSheetRead[] = [];
  for (let i = 1; i <= count; i++) {
    const ws = sheets.Item(i);
    const name = ws.Name;
    // 校验结果 is rewritten whole, never read back; the ledger and the state sheet are read as values.
    read.push(readSheet(ws, i, !isJixiaoSheet(name) && name !== STATE_SHEET));
  }
  const active = app.ActiveSheet;
  return { name: wb.Name, structureProtected: wb.ProtectStructure, activeSheet: active ? active.Name : null, sheets: read };
}

/** The engine's view of a sheet. */
export function sheetToGrid(sheet: WpsSheetRead): Grid {
  return gridFromRows(sheet.name, sheet.values, { formats: sheet.formats, formulas: sheet.formulas, merges: sheet.merges, top: sheet.top, left: sheet.left });
}

export function workbookGrids(read: WpsWorkbookRead): Grid[] {
  return read.sheets.filter((s) => !isJixiaoSheet(s.name) && s.name !== STATE_SHEET).map(sheetToGrid);
}

export function sheetNamed(read: WpsWorkbookRead, name: string): WpsSheetRead | undefined {
  return read.sheets.find((s) => s.name === name);
}

/** A cell of a read sheet (0-based), or undefined outside its used range. */
export function cellAt(sheet: WpsSheetRead, row: number, col: number): { value: CellValue; formula: string | null; format: string | null } | undefined {
  const r = row - sheet.top;
  const c = col - sheet.left;
  if (r < 0 || c < 0 || r >= sheet.values.length || c >= (sheet.values[r]?.length ?? 0)) return undefined;
  return { value: sheet.values[r][c], formula: sheet.formulas[r]?.[c] ?? null, format: sheet.formats[r]?.[c] ?? null };
}

export { LEDGER_SHEET };
