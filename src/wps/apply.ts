// Carrying out a WritePlan through WPS's ET object model, in as few bridge calls as the plan allows: derived cells
// are written as column runs (one Value2 per run), fills are painted as runs of one colour, and only the cells a mark
// touches are probed for their fill and comment. Nothing is written where it would change nothing, so recalculating
// a recalculated workbook writes nothing at all.
//
// Marks behave as in the other doors: each marked cell's own fill and comment (批注) are recorded in the very hidden
// ledger sheet (jixiao_marks, the same sheet the CLI and file mode use), so 清除标记 and 生成提交版 restore them
// exactly; every finding is listed on 校验结果 with a link to its cell.
import {
  type CellValue,
  type CellWrite,
  type LedgerEntry,
  type SheetLayout,
  type WritePlan,
  CHANGE_SHEET,
  LEDGER_SHEET,
  PRINT_SETUP,
  REPORT_SHEET,
  cellAddress,
  ledgerFromRows,
  ledgerToRows,
  mergeAnchor,
  parseAddress,
  rangeAddress,
  changeLayout,
  layoutSize,
  reportLayout,
} from '../core';
import { groupMarks, isOurNote, markNote, type WrittenCell } from '../host';
import { bgrToHex, hexToBgr } from './colors';
import { type EtApplication, type EtWorkbook, type EtWorksheet, type EtWorksheets, XL_LANDSCAPE, XL_NONE, XL_PAPER_A4, XL_SHEET_VERY_HIDDEN, XL_TOP } from './et';
import { protectedSheetError, structureProtectedError } from './errors';
import { type Box, boxAddressOf, cellAt, isErrorValue, settle, sheetNamed, sheetToGrid, type WpsWorkbookRead } from './read';
import { STATE_SHEET, stateFromRows, stateToRows, type WpsState } from './state';

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** One operation's handles: sheets are looked up once each. */
export class Session {
  private readonly handles = new Map<string, EtWorksheet>();
  private collection: EtWorksheets | null = null;
  /** A sheet was added (WPS activates each new sheet): the caller brings the person's sheet back. */
  added = false;
  /** A sheet was activated on purpose (校验结果 after 一键重算, a cell selected): leave it in front. */
  shown = false;
  constructor(readonly app: EtApplication, readonly wb: EtWorkbook, readonly read: WpsWorkbookRead) {}

  sheet(name: string): EtWorksheet {
    let ws = this.handles.get(name);
    if (!ws) this.handles.set(name, (ws = this.worksheets().Item(name)));
    return ws;
  }

  worksheets(): EtWorksheets {
    return (this.collection ??= this.wb.Worksheets);
  }

  /** An existing sheet, or a new one at the end of the workbook. */
  sheetOrNew(name: string, veryHidden: boolean): EtWorksheet {
    if (sheetNamed(this.read, name) || this.handles.has(name)) return this.sheet(name);
    const sheets = this.worksheets();
    const ws = sheets.Add(null, sheets.Item(sheets.Count));
    ws.Name = name;
    if (veryHidden) ws.Visible = XL_SHEET_VERY_HIDDEN;
    this.handles.set(name, ws);
    this.added = true;
    return ws;
  }
}

export function readLedger(read: WpsWorkbookRead): LedgerEntry[] {
  const sheet = sheetNamed(read, LEDGER_SHEET);
  return sheet ? ledgerFromRows(sheet.values) : [];
}

export function readState(read: WpsWorkbookRead): WpsState {
  const sheet = sheetNamed(read, STATE_SHEET);
  return sheet ? stateFromRows(sheet.values) : { settings: null, lastRecalc: [] };
}

/** Refuses, before anything is written, when a sheet to be changed (or added) cannot be. */
export function assertWritable(read: WpsWorkbookRead, sheets: Iterable<string>, jixiaoSheets: string[]): void {
  for (const name of new Set(sheets)) if (sheetNamed(read, name)?.protected) throw protectedSheetError(name);
  for (const name of jixiaoSheets) {
    const s = sheetNamed(read, name);
    if (s?.protected) throw protectedSheetError(name);
    if (!s && read.structureProtected) throw structureProtectedError(name);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cells in runs

interface At {
  sheet: string;
  row: number;
  col: number;
}

/** Cells grouped per sheet and column into runs of consecutive rows where `same` holds between neighbours. */
function columnRuns<T extends At>(cells: T[], same: (a: T, b: T) => boolean = () => true): T[][] {
  const groups = new Map<string, T[]>();
  for (const c of cells) groups.set(`${c.sheet}\u0000${c.col}`, [...(groups.get(`${c.sheet}\u0000${c.col}`) ?? []), c]);
  const runs: T[][] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.row - b.row);
    let run: T[] = [];
    for (const c of group) {
      const last = run[run.length - 1];
      if (last && (c.row !== last.row + 1 || !same(last, c))) {
        runs.push(run);
        run = [];
      }
      run.push(c);
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

const runBox = (run: At[]): Box => ({ top: run[0].row, left: run[0].col, bottom: run[run.length - 1].row, right: run[0].col });

const at = (sheet: string, cell: string): At => ({ sheet, ...parseAddress(cell.replace(/\$/g, '')) });

/** Fills (RGB hex, or null for none) of the given cells: probed per run, halving a run only where fills differ. */
export function probeFills(session: Session, cells: At[]): Map<string, string | null> {
  const fills = new Map<string, string | null>();
  for (const run of columnRuns(cells)) {
    const ws = session.sheet(run[0].sheet);
    settle(
      ws,
      runBox(run),
      (r) => {
        const interior = r.Interior;
        const pattern = interior.Pattern;
        if (pattern === null || pattern === undefined) return null;
        if (pattern === XL_NONE) return 'none';
        const color = interior.Color;
        return color === null || color === undefined ? null : bgrToHex(color);
      },
      (part, fill) => {
        for (let row = part.top; row <= part.bottom; row++) fills.set(key(run[0].sheet, cellAddress(row, part.left)), fill === 'none' ? null : fill);
      },
    );
  }
  return fills;
}

/** Comment text of each cell (null: none). Sheets without a single comment cost one look. */
export function probeNotes(session: Session, cells: At[]): Map<string, string | null> {
  const notes = new Map<string, string | null>();
  const sheetsWithComments = new Map<string, boolean>();
  for (const c of cells) {
    const address = cellAddress(c.row, c.col);
    let has = sheetsWithComments.get(c.sheet);
    if (has === undefined) sheetsWithComments.set(c.sheet, (has = session.sheet(c.sheet).Comments.Count > 0));
    if (!has) {
      notes.set(key(c.sheet, address), null);
      continue;
    }
    const comment = session.sheet(c.sheet).Range(address).Comment;
    notes.set(key(c.sheet, address), comment ? comment.Text() : null);
  }
  return notes;
}

/** Paints fills (null: no fill) as runs of one colour. */
export function paintFills(session: Session, cells: (At & { fill: string | null })[]): void {
  for (const run of columnRuns(cells, (a, b) => a.fill === b.fill)) {
    const interior = session.sheet(run[0].sheet).Range(boxAddressOf(runBox(run))).Interior;
    if (run[0].fill) interior.Color = hexToBgr(run[0].fill);
    else interior.Pattern = XL_NONE;
  }
}

/** Replaces (or removes, with null) a cell's comment. */
export function putNote(session: Session, sheet: string, cell: string, text: string | null, hadComment: boolean): void {
  const range = session.sheet(sheet).Range(cell);
  if (hadComment) range.ClearComments();
  if (text !== null) range.AddComment(text);
}

/**
 * A cell that may be written again with its own value, so that writes a few rows apart go in one run: a typed
 * number (not a formula, not an error, not text that WPS would re-read, not inside a merged area).
 */
function rewritable(read: WpsWorkbookRead, sheet: string, row: number, col: number): CellValue | undefined {
  const s = sheetNamed(read, sheet);
  const c = s && cellAt(s, row, col);
  if (!c || c.formula || typeof c.value !== 'number' || isErrorValue(c.value)) return undefined;
  return c.value;
}

/** Writes derived cells: one Value2 per column run, typed numbers in between written back as they are. */
export function writeCells(session: Session, writes: CellWrite[]): WrittenCell[] {
  const read = session.read;
  const grids = new Map(read.sheets.map((s) => [s.name, s]));
  const items = writes.map((w) => ({ ...at(w.sheet, w.cell), write: w }));
  const record: WrittenCell[] = [];

  // Number formats first (only where a rate would not show as one), with the format they replace.
  for (const run of columnRuns(items.filter((i) => i.write.numFmt), (a, b) => a.write.numFmt === b.write.numFmt)) {
    const ws = session.sheet(run[0].sheet);
    settle(ws, runBox(run), (r) => r.NumberFormat, (part, format) => {
      for (const i of run) if (i.row >= part.top && i.row <= part.bottom) (i as typeof i & { oldFormat?: string }).oldFormat = format;
    });
    ws.Range(boxAddressOf(runBox(run))).NumberFormat = run[0].write.numFmt!;
  }

  const byColumn = new Map<string, typeof items>();
  for (const i of items) byColumn.set(`${i.sheet}\u0000${i.col}`, [...(byColumn.get(`${i.sheet}\u0000${i.col}`) ?? []), i]);
  for (const group of byColumn.values()) {
    group.sort((a, b) => a.row - b.row);
    let k = 0;
    while (k < group.length) {
      const first = group[k];
      const column: CellValue[] = [first.write.after];
      let end = first.row;
      let next = k + 1;
      while (next < group.length) {
        const gap: CellValue[] = [];
        for (let row = end + 1; row < group[next].row; row++) {
          const same = rewritable(read, first.sheet, row, first.col);
          if (same === undefined) break;
          gap.push(same);
        }
        if (gap.length !== group[next].row - end - 1) break;
        column.push(...gap, group[next].write.after);
        end = group[next].row;
        next++;
      }
      const box = { top: first.row, left: first.col, bottom: end, right: first.col };
      session.sheet(first.sheet).Range(boxAddressOf(box)).Value2 = column.length === 1 ? column[0] : column.map((v) => [v]);
      for (const i of group.slice(k, next)) {
        const sheet = grids.get(i.sheet);
        const before = sheet ? cellAt(sheet, i.row, i.col) : undefined;
        const oldFormat = (i as typeof i & { oldFormat?: string }).oldFormat;
        record.push({
          sheet: i.sheet,
          cell: cellAddress(i.row, i.col),
          before: { value: before?.value ?? null, formula: before?.formula ?? null, numberFormat: i.write.numFmt ? (oldFormat ?? 'General') : null },
          after: i.write.after,
        });
      }
      k = next;
    }
  }
  return record;
}

// ---------------------------------------------------------------------------------------------------------------
// jixiao's own sheets

/** Rewrites one of jixiao's sheets with `rows` (all text but `generalColumns`), unless it already holds exactly them. */
export function writeOwnSheet(session: Session, name: string, rows: (string | number)[][], options: { veryHidden: boolean; generalColumns?: number[] }): void {
  const existing = sheetNamed(session.read, name);
  if (existing && sameRows(existing.values, existing.formulas, rows)) return;
  if (!existing && !rows.length) return;
  const ws = session.sheetOrNew(name, options.veryHidden);
  if (existing) ws.Cells.Clear();
  if (!rows.length) return;
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  // Text columns are formatted "@" first, so WPS keeps "000000" and "51.78%" as typed; only the link column's
  // "=HYPERLINK(…)" (General) becomes a formula.
  ws.Range(rangeAddress(0, 0, padded.length - 1, width - 1)).NumberFormat = '@';
  for (const c of options.generalColumns ?? []) ws.Range(rangeAddress(0, c, padded.length - 1, c)).NumberFormat = 'General';
  ws.Range(rangeAddress(0, 0, padded.length - 1, width - 1)).Value2 = padded;
}

/**
 * Rewrites one of jixiao's visible sheets as its layout says (src/core/sheets.ts), unless it already holds exactly
 * those rows (then its formatting is the same too): text columns "@" and the rest General (only the link column's
 * "=HYPERLINK(…)" becomes a formula), the header bold, each group line merged across and bold, column widths, the
 * message wrapped, rows fitted, and printed A4 landscape one page wide with the header on every page.
 */
export function writeLayoutSheet(session: Session, layout: SheetLayout): void {
  const existing = sheetNamed(session.read, layout.name);
  if (existing && sameRows(existing.values, existing.formulas, layout.rows)) return;
  const ws = session.sheetOrNew(layout.name, false);
  if (existing) {
    ws.Cells.MergeCells = false;
    ws.Cells.Clear();
  }
  const width = layoutSize(layout).cols;
  const rows = layout.rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  const last = rows.length - 1;
  const all = ws.Range(rangeAddress(0, 0, last, width - 1));
  all.NumberFormat = '@';
  for (let c = 0; c < width; c++) if (layout.numberColumns.includes(c) || c === layout.linkColumn) ws.Range(rangeAddress(0, c, last, c)).NumberFormat = 'General';
  all.Value2 = rows;
  all.VerticalAlignment = XL_TOP;
  layout.widths.forEach((w, c) => {
    ws.Range(rangeAddress(0, c, 0, c)).ColumnWidth = w;
  });
  if (last > 0) for (const c of layout.wrap) ws.Range(rangeAddress(1, c, last, c)).WrapText = true;
  ws.Range(rangeAddress(0, 0, 0, width - 1)).Font.Bold = true;
  for (const r of layout.headings) {
    const line = ws.Range(rangeAddress(r, 0, r, width - 1));
    line.Merge();
    line.WrapText = false;
    line.Font.Bold = true;
  }
  all.Rows.AutoFit();
  try {
    const page = ws.PageSetup;
    page.Orientation = XL_LANDSCAPE;
    page.PaperSize = XL_PAPER_A4;
    // Zoom false: the page is scaled by FitToPagesWide / FitToPagesTall; Tall false, as many pages as it takes.
    page.Zoom = false;
    page.FitToPagesWide = PRINT_SETUP.fitToPagesWide;
    page.FitToPagesTall = false;
    page.PrintTitleRows = PRINT_SETUP.titleRows;
  } catch {
    // A WPS without page setup in its JSAPI: the sheet is written all the same, with the default print setup.
  }
}

function sameRows(values: CellValue[][], formulas: (string | null)[][], rows: (string | number)[][]): boolean {
  const height = Math.max(values.length, rows.length);
  for (let r = 0; r < height; r++) {
    const width = Math.max(values[r]?.length ?? 0, rows[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const want = rows[r]?.[c] ?? '';
      const have = formulas[r]?.[c] ?? values[r]?.[c] ?? '';
      if (String(want) !== String(have)) return false;
    }
  }
  return true;
}

export function writeState(session: Session, state: WpsState): void {
  writeOwnSheet(session, STATE_SHEET, stateToRows(state), { veryHidden: true });
}

// ---------------------------------------------------------------------------------------------------------------
// The plan

export interface ApplyResult {
  written: number;
  marked: number;
  restored: number;
  record: WrittenCell[];
}

/** The sheets a plan changes, for assertWritable. */
export function touchedSheets(plan: WritePlan, ledger: LedgerEntry[]): string[] {
  return [...plan.writes.map((w) => w.sheet), ...plan.marks.map((m) => m.sheet), ...ledger.map((e) => e.sheet)];
}

/** Puts ledgered cells back to their own fill and comment, where the comment is still jixiao's. */
function restoreMarks(session: Session, entries: LedgerEntry[]): void {
  const notes = probeNotes(session, entries.map((e) => at(e.sheet, e.cell)));
  paintFills(session, entries.map((e) => ({ ...at(e.sheet, e.cell), fill: e.originalFill })));
  for (const e of entries) {
    const now = notes.get(key(e.sheet, e.cell)) ?? null;
    if (now !== null && isOurNote(now)) putNote(session, e.sheet, e.cell, e.originalNote, true);
  }
}

export function applyPlan(session: Session, plan: WritePlan): ApplyResult {
  const read = session.read;
  const ledger = readLedger(read);
  const reportName = plan.reportSheet.name || REPORT_SHEET;
  assertWritable(read, touchedSheets(plan, ledger), [reportName, ...(plan.marks.length || ledger.length ? [LEDGER_SHEET] : []), ...(plan.writes.length ? [STATE_SHEET, plan.changeSheet.name || CHANGE_SHEET] : [])]);
  const ledgerByCell = new Map(ledger.map((e) => [key(e.sheet, e.cell), e]));
  // A mark lands on the cell holding the value: a merged area's top-left cell.
  const grids = new Map(read.sheets.map((s) => [s.name, sheetToGrid(s)]));
  const marks = groupMarks(plan.marks)
    .filter((m) => grids.has(m.sheet))
    .map((m) => {
      const { row, col } = parseAddress(m.cell);
      const anchor = mergeAnchor(grids.get(m.sheet)!, row, col);
      return { ...m, cell: cellAddress(anchor.row, anchor.col) };
    });
  const markKeys = new Set(marks.map((m) => key(m.sheet, m.cell)));

  // 1. Previous marks not marked again: their own fill and comment back.
  const stale = ledger.filter((e) => !markKeys.has(key(e.sheet, e.cell)) && grids.has(e.sheet));
  restoreMarks(session, stale);

  // 2. Derived cells.
  const record = writeCells(session, plan.writes);

  // 3. New marks, each recorded with the cell's own fill and comment (kept from the ledger if it was marked before).
  const cells = marks.map((m) => at(m.sheet, m.cell));
  const fills = probeFills(session, cells);
  const notes = probeNotes(session, cells);
  const newLedger: LedgerEntry[] = [];
  const toPaint: (At & { fill: string | null })[] = [];
  for (const m of marks) {
    const k = key(m.sheet, m.cell);
    const fillNow = fills.get(k) ?? null;
    const noteNow = notes.get(k) ?? null;
    const entry = ledgerByCell.get(k) ?? { sheet: m.sheet, cell: m.cell, originalFill: fillNow, originalNote: noteNow !== null && !isOurNote(noteNow) ? noteNow : null };
    newLedger.push(entry);
    const fill = m.fill ?? entry.originalFill;
    if (fill !== fillNow) toPaint.push({ ...at(m.sheet, m.cell), fill });
    const text = m.notes.length ? markNote(m.notes, entry.originalNote) : entry.originalNote;
    if (text !== noteNow) putNote(session, m.sheet, m.cell, text, noteNow !== null);
  }
  paintFills(session, toPaint);

  // 4. The ledger, 5. 校验结果, 6. what this recalculation wrote (kept from the last one when it wrote nothing).
  writeOwnSheet(session, LEDGER_SHEET, newLedger.length || sheetNamed(read, LEDGER_SHEET) ? ledgerToRows(newLedger) : [], { veryHidden: true });
  // 修改记录 only from a recalculation that writes something (one that writes nothing keeps the last one's).
  if (plan.writes.length) writeLayoutSheet(session, { ...changeLayout(plan.changeSheet), name: plan.changeSheet.name || CHANGE_SHEET });
  writeLayoutSheet(session, { ...reportLayout(plan.reportSheet), name: reportName });
  if (record.length) writeState(session, { ...readState(read), lastRecalc: record });

  return { written: record.length, marked: newLedger.length, restored: stale.length, record };
}

/** 清除标记: every ledgered cell's own fill and comment back, the ledger and 校验结果 emptied. */
export function clearMarks(session: Session): number {
  const read = session.read;
  const ledger = readLedger(read).filter((e) => sheetNamed(read, e.sheet));
  assertWritable(read, ledger.map((e) => e.sheet), []);
  for (const name of [LEDGER_SHEET, REPORT_SHEET]) if (sheetNamed(read, name)?.protected) throw protectedSheetError(name);
  restoreMarks(session, ledger);
  writeOwnSheet(session, LEDGER_SHEET, [], { veryHidden: true });
  writeOwnSheet(session, REPORT_SHEET, [], { veryHidden: false });
  return ledger.length;
}

/** Puts cells back as they were before a recalculation (撤销本次写入, after planSafeUndo). */
export function restoreCells(session: Session, cells: WrittenCell[]): void {
  for (const c of cells) {
    const range = session.sheet(c.sheet).Range(c.cell);
    const { value, formula, numberFormat } = c.before;
    if (formula) range.Formula = formula;
    else if (typeof value === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*%?\s*$/.test(value)) {
      // Text that looks like a number stays text: format the cell "@" before putting it back.
      range.NumberFormat = '@';
      range.Value2 = value;
    } else range.Value2 = value ?? '';
    if (numberFormat) range.NumberFormat = numberFormat;
  }
}

export { rangeAddress };
