// Carrying out a WritePlan through Office.js in ONE context.sync(): previous marks restored from the ledger, derived
// cells written, new marks (fill + note) recorded in the ledger, the 校验结果 sheet rewritten, and a record of all of
// it (RecalcRecord) kept in workbook.settings so 撤销本次写入 works from the pane and after the ribbon alike.
//
// Nothing here may clear the user's undo stack. Worksheet.delete does everywhere and Worksheet.visibility does in
// Excel on Windows and Mac, so a recalculation never deletes or hides a sheet: the ledger lives in workbook.settings
// (LEDGER_SETTING), or, in a workbook that already has the very hidden jixiao_marks sheet (written by the CLI or
// file mode), in that sheet, rewritten in place.
//
// A batch is not a transaction (what ran before a failing operation stays done), so everything that could make
// Excel refuse is checked before anything is queued: protected sheets, a note where a threaded comment sits, a
// write into a merged area other than its top-left cell.
import {
  type CellValue,
  type LedgerEntry,
  type SheetLayout,
  type WritePlan,
  CHANGE_SHEET,
  LEDGER_SETTING,
  LEDGER_SHEET,
  NOTE_PREFIX,
  REPORT_SHEET,
  ledgerFromRows,
  ledgerToRows,
  parseAddress,
  parseRange,
  rangeAddress,
  PRINT_SETUP,
  changeLayout,
  layoutSize,
  OWN_SHEETS,
  reportLayout,
} from '../core';
import type { CellChange, RecalcRecord, SheetContents, UndoPlan } from '../host';
import { groupMarks, isOurNote, ledgerAfterUndo, markNote } from '../host';
import type { Capabilities } from './capabilities';
import { type SheetRead, type WorkbookRead, LAYOUT_SETTING, RECORD_SETTING, cellOf, denseRows, sheetNamed } from './read';

export { RECORD_SETTING };
import { protectedSheetError, structureProtectedDeleteError, structureProtectedError } from './errors';

/** A record larger than this keeps no copy of the old 校验结果 (undo then empties it instead). */
const RECORD_LIMIT_CHARS = 1_000_000;


const FILL = { format: { fill: { color: true, pattern: true } } };

export interface ApplyResult {
  written: number;
  marked: number;
  restored: number;
  /** Marked cells that hold a threaded comment: filled, but no note added (Excel allows one or the other). */
  notesSkipped: number;
  /** Writes into a merged area other than its top-left cell, left out. */
  writesSkipped: number;
  record: RecalcRecord;
}

const key = (sheet: string, cell: string) => `${sheet.toLocaleLowerCase()}\u0000${cell}`;

function cellState(read: WorkbookRead, sheet: string, cell: string) {
  const s = sheetNamed(read, sheet);
  if (!s) return undefined;
  const { row, col } = parseAddress(cell);
  return cellOf(s, row, col);
}

/** The merged area holding a cell, as 0-based corners, where the read knows merges. */
function mergeOf(sheet: SheetRead | undefined, cell: string) {
  if (!sheet?.merges?.length) return null;
  const { row, col } = parseAddress(cell);
  for (const m of sheet.merges) {
    const b = parseRange(m);
    if (b.top <= row && row <= b.bottom && b.left <= col && col <= b.right && (b.top !== b.bottom || b.left !== b.right)) return b;
  }
  return null;
}

/** The cell that shows a merged area: its top-left; any other cell is itself. */
export function anchorCell(read: WorkbookRead, sheet: string, cell: string): string {
  const m = mergeOf(sheetNamed(read, sheet), cell);
  return m ? rangeAddress(m.top, m.left, m.top, m.left).split(':')[0] : cell;
}

export function readLedger(read: WorkbookRead): LedgerEntry[] {
  const sheet = sheetNamed(read, LEDGER_SHEET);
  if (sheet) return ledgerFromRows(denseRows(sheet)?.values ?? []);
  const stored = read.settings[LEDGER_SETTING];
  if (typeof stored !== 'string') return [];
  try {
    const rows = JSON.parse(stored) as unknown;
    return Array.isArray(rows) ? ledgerFromRows(rows as CellValue[][]) : [];
  } catch {
    return [];
  }
}

/** Queues the ledger's new contents where it lives (see the top of this file). */
function queueLedger(context: Excel.RequestContext, read: WorkbookRead, entries: LedgerEntry[]): void {
  if (sheetNamed(read, LEDGER_SHEET)) {
    writeSheet(context, read, LEDGER_SHEET, entries.length ? ledgerToRows(entries) : [], { textColumns: () => true });
  } else if (entries.length) {
    context.workbook.settings.add(LEDGER_SETTING, JSON.stringify(ledgerToRows(entries)));
  } else if (read.settings[LEDGER_SETTING] !== undefined) {
    context.workbook.settings.getItem(LEDGER_SETTING).delete();
  }
}

/**
 * Which cells hold a note right now, when that can be told without asking Excel: true when every note on the
 * sheet is one of jixiao's own, one per ledger cell. Otherwise the caller probes the cells (one extra sync).
 */
export function notesKnown(read: WorkbookRead, ledger: LedgerEntry[], sheet: string): boolean {
  const s = sheetNamed(read, sheet);
  if (!s || !s.notes) return true;
  const ours = s.notes.filter(isOurNote).length;
  const others = s.notes.length - ours;
  return others === 0 && ours === ledger.filter((e) => e.sheet.toLocaleLowerCase() === s.name.toLocaleLowerCase()).length;
}

/** What a probe learned about cells the read could not tell about. */
export interface Probe {
  /** Note text by cell (null: no note), for cells on sheets where notesKnown() is false. */
  notes: Map<string, string | null>;
  /** Cells that hold a threaded comment. */
  threads: Set<string>;
  /** Fills of cells outside what the read loaded in full. */
  fills: Map<string, string | null>;
}

export const EMPTY_PROBE: Probe = { notes: new Map(), threads: new Set(), fills: new Map() };

interface ProbeNeeds {
  notes: { sheet: string; cell: string }[];
  threads: { sheet: string; count: number }[];
  fills: { sheet: string; cell: string }[];
}

/** What a probe must ask about `cells` (marks, ledger cells): empty when the read told everything. */
export function probeNeeds(read: WorkbookRead, cells: { sheet: string; cell: string }[], caps: Capabilities): ProbeNeeds {
  const ledger = readLedger(read);
  const needs: ProbeNeeds = { notes: [], threads: [], fills: [] };
  const seen = new Set<string>();
  const threadSheets = new Set<string>();
  for (const c of cells) {
    const s = sheetNamed(read, c.sheet);
    const k = key(c.sheet, c.cell);
    if (!s || seen.has(k)) continue;
    seen.add(k);
    if (caps.notes && !notesKnown(read, ledger, s.name)) needs.notes.push({ sheet: s.name, cell: c.cell });
    if (caps.notes && s.threadedComments > 0 && !threadSheets.has(s.name)) {
      threadSheets.add(s.name);
      needs.threads.push({ sheet: s.name, count: s.threadedComments });
    }
    if (cellState(read, s.name, c.cell)?.fill === undefined) needs.fills.push({ sheet: s.name, cell: c.cell });
  }
  return needs;
}

export function probeNeeded(needs: ProbeNeeds): boolean {
  return needs.notes.length + needs.threads.length + needs.fills.length > 0;
}

/** One extra sync: the notes, threaded-comment cells and fills the read could not tell. */
export async function probe(context: Excel.RequestContext, needs: ProbeNeeds): Promise<Probe> {
  const sheets = context.workbook.worksheets;
  const notes = needs.notes.map((c) => {
    const note = sheets.getItem(c.sheet).notes.getItemOrNullObject(c.cell);
    note.load('content');
    return { ...c, note };
  });
  const threads = needs.threads.flatMap((t) =>
    Array.from({ length: t.count }, (_, i) => {
      const location = sheets.getItem(t.sheet).comments.getItemAt(i).getLocation();
      location.load('address');
      return { sheet: t.sheet, location };
    }),
  );
  const fills = needs.fills.map((c) => ({ ...c, props: sheets.getItem(c.sheet).getRange(c.cell).getCellProperties(FILL) }));
  await context.sync();
  return {
    notes: new Map(notes.map((h) => [key(h.sheet, h.cell), h.note.isNullObject ? null : h.note.content])),
    threads: new Set(threads.map((t) => key(t.sheet, t.location.address.slice(t.location.address.lastIndexOf('!') + 1).replace(/\$/g, '')))),
    fills: new Map(fills.map((f) => [key(f.sheet, f.cell), fillOf(f.props.value[0]?.[0])])),
  };
}

function fillOf(props: Excel.CellProperties | undefined): string | null {
  const fill = props?.format?.fill;
  if (!fill || fill.pattern === 'None' || !fill.color) return null;
  return fill.color.replace(/^#/, '').toUpperCase();
}

/**
 * A column width in points (Range.format.columnWidth) for a width in characters (the layout's, as a .xlsx file
 * stores it): Excel shows a column of `w` characters of the default font's digit width (7 px at Calibri 11) plus 5 px
 * of margin, and a pixel is 0.75 pt at 96 dpi.
 */
export function columnPoints(characters: number): number {
  return (Math.round(characters * 7) + 5) * 0.75;
}

/**
 * Queues one of jixiao's sheets as its layout says (src/core/sheets.ts), rewritten in place when it exists: values
 * (the link column's "=HYPERLINK(…)" as formulas, text columns '@' so "96.00%" stays as shown), the header bold,
 * each group line bold and merged across, column widths, the message wrapped, rows fitted to their text and, where
 * Worksheet.pageLayout exists (ExcelApi 1.9), A4 landscape one page wide with the header on every page. Nothing here
 * syncs.
 */
export function queueLayoutSheet(context: Excel.RequestContext, read: WorkbookRead, layout: SheetLayout, caps: Capabilities): Excel.Worksheet {
  const existing = sheetNamed(read, layout.name);
  const ws = existing ? context.workbook.worksheets.getItem(existing.name) : context.workbook.worksheets.add(layout.name);
  if (existing) {
    // Group lines of the last run were merged: a merged area written in part fails, so take them apart first.
    ws.getRange().unmerge();
    ws.getRange().clear();
  }
  const width = layoutSize(layout).cols;
  const rows = layout.rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  if (!rows.length) return ws;
  const last = rows.length - 1;
  const all = ws.getRange(rangeAddress(0, 0, last, width - 1));
  const general = (c: number) => layout.numberColumns.includes(c) || c === layout.linkColumn;
  all.numberFormat = rows.map((r) => r.map((_, c) => (general(c) ? 'General' : '@')));
  // Text columns are formatted '@' first, so only the link column's "=HYPERLINK(…)" becomes a formula.
  all.formulas = rows;
  all.format.verticalAlignment = 'Top';
  layout.widths.forEach((w, c) => {
    ws.getRange(rangeAddress(0, c, last, c)).format.columnWidth = columnPoints(w);
  });
  if (last > 0) for (const c of layout.wrap) ws.getRange(rangeAddress(1, c, last, c)).format.wrapText = true;
  ws.getRange(rangeAddress(0, 0, 0, width - 1)).format.font.bold = true;
  for (const r of layout.headings) {
    const line = ws.getRange(rangeAddress(r, 0, r, width - 1));
    line.merge(false);
    line.format.wrapText = false;
    line.format.font.bold = true;
  }
  all.format.autofitRows();
  if (caps.pageLayout) {
    const page = ws.pageLayout;
    page.orientation = 'Landscape';
    page.paperSize = 'A4';
    // One page wide, as many tall as it takes (0 is "automatic", as in the file's pageSetup fitToHeight).
    page.zoom = { horizontalFitToPages: PRINT_SETUP.fitToPagesWide, verticalFitToPages: 0 };
    page.setPrintTitleRows(PRINT_SETUP.titleRows);
  }
  return ws;
}

/** Text Excel would turn into something else when set as a value: "51.78%", "134.5", "=4辆", "-", "+86". */
function reinterpreted(value: CellValue): boolean {
  return typeof value === 'string' && (/^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*%?\s*$/.test(value) || /^[=+-]/.test(value));
}

/** Writes one cell's value exactly as it was: formula, or constant (text kept as text). */
function putCell(range: Excel.Range, before: { value: CellValue; formula: string | null; numberFormat: string }): void {
  if (before.formula) {
    range.numberFormat = [[before.numberFormat]];
    range.formulas = [[before.formula]];
  } else if (reinterpreted(before.value)) {
    range.numberFormat = [['@']];
    range.values = [[before.value as string]];
    range.numberFormat = [[before.numberFormat]];
  } else {
    range.numberFormat = [[before.numberFormat]];
    range.values = [[before.value ?? '']];
  }
}

function setFill(range: Excel.Range, fill: string | null): void {
  if (fill) range.format.fill.color = `#${fill}`;
  else range.format.fill.clear();
}

/** Refuses, before anything is queued, when a sheet to be changed is protected. */
export function assertWritable(read: WorkbookRead, plan: WritePlan, ledger: LedgerEntry[]): void {
  const touched = new Set<string>([...plan.writes.map((w) => w.sheet), ...plan.marks.map((m) => m.sheet), ...ledger.map((e) => e.sheet)]);
  for (const name of touched) {
    const s = sheetNamed(read, name);
    if (s?.protected) throw protectedSheetError(s.name);
  }
  const reportName = plan.reportSheet.name || REPORT_SHEET;
  const report = sheetNamed(read, reportName);
  if (report?.protected) throw protectedSheetError(report.name);
  if (!report && read.structureProtected) throw structureProtectedError(reportName);
  if (plan.writes.length) {
    const changesName = plan.changeSheet.name || CHANGE_SHEET;
    const changes = sheetNamed(read, changesName);
    if (changes?.protected) throw protectedSheetError(changes.name);
    if (!changes && read.structureProtected) throw structureProtectedError(changesName);
  }
  const ledgerSheet = sheetNamed(read, LEDGER_SHEET);
  if (ledgerSheet?.protected) throw protectedSheetError(ledgerSheet.name);
}

function writeSheet(
  context: Excel.RequestContext,
  read: WorkbookRead,
  name: string,
  rows: (string | number)[][],
  options: { textColumns?: (col: number) => boolean; formulaColumn?: number },
): Excel.Worksheet {
  const existing = sheetNamed(read, name);
  const ws = existing ? context.workbook.worksheets.getItem(existing.name) : context.workbook.worksheets.add(name);
  if (existing) ws.getRange().clear();
  if (!rows.length) return ws;
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  const range = ws.getRange(rangeAddress(0, 0, padded.length - 1, width - 1));
  range.numberFormat = padded.map((r) => r.map((_, c) => (options.textColumns?.(c) ? '@' : 'General')));
  // Text columns are formatted '@' first, so only the link column's "=HYPERLINK(…)" becomes a formula.
  if (options.formulaColumn === undefined) range.values = padded;
  else range.formulas = padded;
  return ws;
}

/** A sheet as read, to put back on undo. */
function sheetContents(read: WorkbookRead, name: string): SheetContents {
  const s = sheetNamed(read, name);
  if (!s) return { name, existed: false };
  const dense = denseRows(s);
  if (!dense) return { name: s.name, existed: true };
  const contents: SheetContents = { name: s.name, existed: true, top: dense.top, left: dense.left, values: dense.values, formulas: dense.formulas, numberFormats: dense.numberFormats };
  if (s.merges?.length) contents.merges = [...s.merges];
  return contents;
}

/** A short fingerprint of a sheet's contents (formula text where there is one), to tell later whether it changed. */
export function contentsDigest(matrix: (CellValue | undefined)[][]): string {
  let trimmed = matrix.map((row) => row.map((v) => (v === null || v === undefined ? '' : v)));
  while (trimmed.length && trimmed[trimmed.length - 1].every((v) => v === '')) trimmed = trimmed.slice(0, -1);
  const text = JSON.stringify(trimmed.map((row) => { const r = [...row]; while (r.length && r[r.length - 1] === '') r.pop(); return r; }));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${h.toString(16)}`;
}

/** The digest of a read sheet as it stands (formula text over value). */
export function sheetDigest(sheet: SheetRead | undefined): string | null {
  const dense = sheet && denseRows(sheet);
  if (!dense || dense.top !== 0 || dense.left !== 0) return dense ? 'offset' : contentsDigest([]);
  return contentsDigest(dense.values.map((row, r) => row.map((v, c) => dense.formulas[r][c] ?? v)));
}

export interface ApplyOptions {
  /** The layout hint to keep for a host that starts cold (workbook.settings LAYOUT_SETTING). */
  layoutHint?: string;
  /** When the recalculation ran, for its record. */
  now?: string;
}

/**
 * Queues the whole plan; the caller syncs once. `probe` holds what probe() learned for cells the read could not tell
 * about (see probeNeeds()).
 */
export function queueApply(
  context: Excel.RequestContext,
  read: WorkbookRead,
  plan: WritePlan,
  caps: Capabilities,
  probed: Probe = EMPTY_PROBE,
  options: ApplyOptions = {},
): ApplyResult {
  const ledger = readLedger(read);
  assertWritable(read, plan, ledger);
  const ledgerByCell = new Map(ledger.map((e) => [key(e.sheet, e.cell), e]));
  const anchor = (sheet: string, cell: string) => anchorCell(read, sheet, cell);
  // Marks inside a merged area go to its top-left cell before they are grouped by cell.
  const marks = groupMarks(plan.marks.map((m) => ({ ...m, cell: anchor(m.sheet, m.cell.replace(/\$/g, '')) }))).filter((m) => sheetNamed(read, m.sheet));
  const markKeys = new Set(marks.map((m) => key(m.sheet, m.cell)));
  const record: RecalcRecord = { v: 1, at: options.now ?? new Date().toISOString(), cells: [], fills: [], notes: [], sheets: [], ledgerBefore: ledger, settings: [] };

  // Note state of a cell before this batch: probed exactly, or told by the read (a ledger cell holds our note,
  // whose text is not known; any other cell none).
  const noteNow = (sheet: string, cell: string): { exists: boolean; text: string | null | undefined } => {
    const k = key(sheet, cell);
    if (probed.notes.has(k)) {
      const text = probed.notes.get(k) ?? null;
      return { exists: text !== null, text };
    }
    return ledgerByCell.has(k) ? { exists: true, text: undefined } : { exists: false, text: null };
  };
  const fillBefore = (sheet: string, cell: string): string | null => {
    const k = key(sheet, cell);
    if (probed.fills.has(k)) return probed.fills.get(k) ?? null;
    return cellState(read, sheet, cell)?.fill ?? null;
  };
  const noteChange = (sheet: string, cell: string, before: string | null | undefined, after: string | null) => {
    // Our own previous note, text unknown: not recorded, so undo leaves the note as it is.
    if (before !== undefined && before !== after) record.notes.push({ sheet, cell, before, after });
  };

  const sheets = context.workbook.worksheets;
  const wsCache = new Map<string, Excel.Worksheet>();
  const ws = (name: string) => {
    const canonical = sheetNamed(read, name)?.name ?? name;
    let w = wsCache.get(canonical);
    if (!w) wsCache.set(canonical, (w = sheets.getItem(canonical)));
    return w;
  };

  // 1. Previous marks that are not marked again: original fill and note back.
  let restored = 0;
  for (const entry of ledger) {
    if (markKeys.has(key(entry.sheet, entry.cell)) || !sheetNamed(read, entry.sheet)) continue;
    const range = ws(entry.sheet).getRange(entry.cell);
    const before = fillBefore(entry.sheet, entry.cell);
    if (before !== entry.originalFill) record.fills.push({ sheet: entry.sheet, cell: entry.cell, before, after: entry.originalFill });
    setFill(range, entry.originalFill);
    if (caps.notes) {
      const now = noteNow(entry.sheet, entry.cell);
      if (now.exists && (now.text === undefined || (now.text !== null && isOurNote(now.text)))) {
        noteChange(entry.sheet, entry.cell, now.text, entry.originalNote);
        if (entry.originalNote !== null) ws(entry.sheet).notes.getItem(entry.cell).content = entry.originalNote;
        else ws(entry.sheet).notes.getItem(entry.cell).delete();
      }
    }
    restored++;
  }

  // 2. Derived cells, never inside a merged area other than its top-left cell.
  let writesSkipped = 0;
  for (const write of plan.writes) {
    const cell = write.cell.replace(/\$/g, '');
    if (anchor(write.sheet, cell) !== cell) {
      writesSkipped++;
      continue;
    }
    const before = cellState(read, write.sheet, cell);
    const change: CellChange = { sheet: write.sheet, cell, before: { value: before?.value ?? null, formula: before?.formula ?? null, numberFormat: before?.numberFormat ?? 'General' }, after: { value: write.after } };
    if (write.numFmt) change.after.numberFormat = write.numFmt;
    record.cells.push(change);
    const range = ws(write.sheet).getRange(cell);
    if (write.numFmt) range.numberFormat = [[write.numFmt]];
    range.values = [[write.after]];
  }

  // 3. New marks, each recorded with the cell's own fill and note (kept from the ledger if it was marked before).
  const newLedger: LedgerEntry[] = [];
  let notesSkipped = 0;
  for (const mark of marks) {
    const k = key(mark.sheet, mark.cell);
    const previous = ledgerByCell.get(k);
    const now = noteNow(mark.sheet, mark.cell);
    const userNote = typeof now.text === 'string' && !isOurNote(now.text) ? now.text : null;
    const fill = fillBefore(mark.sheet, mark.cell);
    const entry: LedgerEntry = previous ?? { sheet: sheetNamed(read, mark.sheet)!.name, cell: mark.cell, originalFill: fill, originalNote: userNote };
    newLedger.push(entry);
    const target = mark.fill ?? entry.originalFill;
    if (fill !== target) record.fills.push({ sheet: entry.sheet, cell: mark.cell, before: fill, after: target });
    setFill(ws(mark.sheet).getRange(mark.cell), target);
    if (caps.notes && mark.notes.length) {
      // A cell holds a note or a threaded comment, not both: where a discussion sits, the fill alone marks it.
      if (probed.threads.has(k)) {
        notesSkipped++;
        continue;
      }
      const text = markNote(mark.notes, entry.originalNote);
      noteChange(entry.sheet, mark.cell, now.exists ? now.text : null, text);
      if (now.exists) ws(mark.sheet).notes.getItem(mark.cell).content = text;
      else ws(mark.sheet).notes.add(mark.cell, text);
    }
  }

  // 4. The ledger (a sheet is text-formatted so "000000" stays a colour, not the number 0).
  if (!sheetNamed(read, LEDGER_SHEET)) record.settings.push({ key: LEDGER_SETTING, ...(read.settings[LEDGER_SETTING] !== undefined ? { before: read.settings[LEDGER_SETTING] } : {}) });
  else record.sheets.push(sheetContents(read, LEDGER_SHEET));
  queueLedger(context, read, newLedger);

  // 5. 修改记录, when this recalculation writes anything (one that writes nothing keeps the last one's, so recalc
  // twice = recalc once); then 校验结果: every finding with a link to its cell.
  if (plan.writes.length) {
    const changes = changeLayout(plan.changeSheet);
    changes.name ||= CHANGE_SHEET;
    record.sheets.push({ ...sheetContents(read, changes.name), afterDigest: contentsDigest(changes.rows) });
    queueLayoutSheet(context, read, changes, caps);
  }
  const report = reportLayout(plan.reportSheet);
  report.name ||= REPORT_SHEET;
  record.sheets.push({ ...sheetContents(read, report.name), afterDigest: contentsDigest(report.rows) });
  queueLayoutSheet(context, read, report, caps);

  // 6. Where things are, for a host that starts cold next time; then the record itself.
  if (options.layoutHint !== undefined && options.layoutHint !== read.settings[LAYOUT_SETTING]) {
    record.settings.push({ key: LAYOUT_SETTING, ...(read.settings[LAYOUT_SETTING] !== undefined ? { before: read.settings[LAYOUT_SETTING] } : {}) });
    context.workbook.settings.add(LAYOUT_SETTING, options.layoutHint);
  }
  context.workbook.settings.add(RECORD_SETTING, serializeRecord(record));

  return { written: record.cells.length, marked: newLedger.length, restored, notesSkipped, writesSkipped, record };
}

/** The record as stored; a very large one drops its copy of the old 校验结果. */
function serializeRecord(record: RecalcRecord): string {
  const text = JSON.stringify(record);
  if (text.length <= RECORD_LIMIT_CHARS) return text;
  return JSON.stringify({ ...record, sheets: record.sheets.map((s) => ({ name: s.name, existed: s.existed, afterDigest: s.afterDigest })) });
}

/**
 * Queues 撤销本次写入 from a plan made by planUndo(): derived cells, fills and notes that still hold what the
 * recalculation left go back; the ledger follows the marks; 校验结果 goes back where nobody changed it since; the
 * settings the recalculation replaced go back; the record is dropped. `apiUndo`: Excel keeps API changes on its undo
 * stack (ExcelApi 1.20), so a sheet jixiao added is emptied, not deleted (Worksheet.delete would clear that stack).
 */
export function queueUndo(context: Excel.RequestContext, read: WorkbookRead, record: RecalcRecord, plan: UndoPlan, apiUndo: boolean): void {
  for (const name of new Set([...plan.cells, ...plan.fills, ...plan.notes].map((c) => c.sheet))) {
    const s = sheetNamed(read, name);
    if (s?.protected) throw protectedSheetError(s.name);
  }
  const sheets = context.workbook.worksheets;
  const ws = (name: string) => sheets.getItem(sheetNamed(read, name)?.name ?? name);
  // Cells in reverse order of writing, so a cell written twice ends as it first was.
  for (const c of [...plan.cells].reverse()) if (sheetNamed(read, c.sheet)) putCell(ws(c.sheet).getRange(c.cell), c.before);
  for (const f of [...plan.fills].reverse()) if (sheetNamed(read, f.sheet)) setFill(ws(f.sheet).getRange(f.cell), f.before);
  for (const n of plan.notes) {
    if (!sheetNamed(read, n.sheet)) continue;
    const notes = ws(n.sheet).notes;
    if (n.before === null) notes.getItem(n.cell).delete();
    else if (n.after === null) notes.add(n.cell, n.before);
    else notes.getItem(n.cell).content = n.before;
  }

  // The ledger: entries of marks put back come from before the recalculation.
  const ledger = ledgerAfterUndo(readLedger(read), record, plan);
  const ledgerSheet = sheetNamed(read, LEDGER_SHEET);
  if (ledgerSheet) {
    const before = record.sheets.find((s) => s.name.toLocaleLowerCase() === LEDGER_SHEET);
    if (before && sameEntries(ledger, record.ledgerBefore)) restoreSheet(context, read, before, apiUndo);
    else writeSheet(context, read, LEDGER_SHEET, ledger.length ? ledgerToRows(ledger) : [], { textColumns: () => true });
  } else {
    const stored = record.settings.find((s) => s.key === LEDGER_SETTING);
    if (stored && sameEntries(ledger, record.ledgerBefore)) restoreSetting(context, read, stored);
    else queueLedger(context, read, ledger);
  }

  // 校验结果, unless someone changed it since.
  for (const s of record.sheets) {
    if (s.name.toLocaleLowerCase() === LEDGER_SHEET) continue;
    const digest = s.afterDigest;
    if (digest && sheetDigest(sheetNamed(read, s.name)) !== digest) continue;
    restoreSheet(context, read, s, apiUndo);
  }
  for (const s of record.settings) if (s.key !== LEDGER_SETTING) restoreSetting(context, read, s);
  if (read.settings[RECORD_SETTING] !== undefined) context.workbook.settings.getItem(RECORD_SETTING).delete();
}

function sameEntries(a: LedgerEntry[], b: LedgerEntry[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function restoreSetting(context: Excel.RequestContext, read: WorkbookRead, s: { key: string; before?: unknown }): void {
  if (s.before !== undefined) context.workbook.settings.add(s.key, s.before);
  else if (read.settings[s.key] !== undefined) context.workbook.settings.getItem(s.key).delete();
}

/** A sheet back as it was: its cells rewritten, or, where jixiao added it, removed (emptied where deleting would clear Excel's undo stack). */
function restoreSheet(context: Excel.RequestContext, read: WorkbookRead, s: SheetContents, apiUndo: boolean): void {
  const now = sheetNamed(read, s.name);
  if (!now) return;
  const ws = context.workbook.worksheets.getItem(now.name);
  if (!s.existed) {
    if (apiUndo) {
      ws.getRange().unmerge();
      ws.getRange().clear();
    } else ws.delete();
    return;
  }
  // jixiao's sheets have merged group lines; the ledger sheet has none, and needs no unmerge.
  if (s.name.toLocaleLowerCase() !== LEDGER_SHEET) ws.getRange().unmerge();
  ws.getRange().clear();
  const values = s.values ?? [];
  if (!values.length || !values[0].length) return;
  const top = s.top ?? 0;
  const left = s.left ?? 0;
  const range = ws.getRange(rangeAddress(top, left, top + values.length - 1, left + values[0].length - 1));
  range.numberFormat = s.numberFormats ?? values.map((r) => r.map(() => 'General'));
  range.formulas = values.map((r, i) => r.map((v, c) => s.formulas?.[i]?.[c] ?? (v === null ? '' : v))) as (string | number | boolean)[][];
  for (const m of s.merges ?? []) ws.getRange(m).merge(false);
}

/** The record's cells whose current note, fill or content undo must know, for probeNeeds(). */
export function recordCells(record: RecalcRecord): { sheet: string; cell: string }[] {
  return [...record.cells, ...record.fills, ...record.notes].map((c) => ({ sheet: c.sheet, cell: c.cell }));
}

/** Fills and notes of every ledgered cell back as they were, where the note is still jixiao's. */
function queueRestoreLedger(context: Excel.RequestContext, read: WorkbookRead, ledger: LedgerEntry[], caps: Capabilities, probed: Probe): number {
  const sheets = context.workbook.worksheets;
  let restored = 0;
  for (const entry of ledger) {
    const s = sheetNamed(read, entry.sheet);
    if (!s) continue;
    const ws = sheets.getItem(s.name);
    setFill(ws.getRange(entry.cell), entry.originalFill);
    if (caps.notes) {
      const k = key(entry.sheet, entry.cell);
      const now = probed.notes.has(k) ? probed.notes.get(k) ?? null : NOTE_PREFIX;
      if (now !== null && isOurNote(now)) {
        if (entry.originalNote !== null) ws.notes.getItem(entry.cell).content = entry.originalNote;
        else ws.notes.getItem(entry.cell).delete();
      }
    }
    restored++;
  }
  return restored;
}

function assertLedgerWritable(read: WorkbookRead, ledger: LedgerEntry[], own: string[]): void {
  for (const name of new Set(ledger.map((e) => e.sheet))) {
    const s = sheetNamed(read, name);
    if (s?.protected) throw protectedSheetError(s.name);
  }
  for (const name of own) {
    const s = sheetNamed(read, name);
    if (s?.protected) throw protectedSheetError(s.name);
  }
}

/**
 * Queues 清除标记: fills and notes back from the ledger, the ledger emptied, the 校验结果 sheet emptied. Sheets are
 * not deleted (Worksheet.delete would clear the user's undo stack); the pane says the empty 校验结果 can go. The
 * 修改记录 stays: the values recalc wrote stay too.
 */
export function queueClearMarks(context: Excel.RequestContext, read: WorkbookRead, caps: Capabilities, probed: Probe): number {
  const ledger = readLedger(read);
  assertLedgerWritable(read, ledger, [LEDGER_SHEET, REPORT_SHEET]);
  const restored = queueRestoreLedger(context, read, ledger, caps, probed);
  queueLedger(context, read, []);
  const report = sheetNamed(read, REPORT_SHEET);
  if (report) {
    const ws = context.workbook.worksheets.getItem(report.name);
    ws.getRange().unmerge();
    ws.getRange().clear();
  }
  return restored;
}

/** The sheets 生成提交版 deletes, as the workbook names them: 校验结果, 修改记录, the ledger sheet. */
export function ownSheetNames(read: WorkbookRead): string[] {
  return OWN_SHEETS.map((n) => sheetNamed(read, n)?.name).filter((n): n is string => !!n);
}

/**
 * Queues 生成提交版 in place: fills and notes back from the ledger, then 校验结果, 修改记录 and the ledger (sheet or
 * setting) deleted, and the record of the last recalculation with them (what it would undo is gone); the values
 * recalc wrote and the pane's settings stay. Worksheet.delete clears Excel's undo stack: the pane asks first.
 */
export function queueClean(context: Excel.RequestContext, read: WorkbookRead, caps: Capabilities, probed: Probe): { restored: number; sheets: string[] } {
  const ledger = readLedger(read);
  const own = ownSheetNames(read);
  assertLedgerWritable(read, ledger, []);
  if (own.length && read.structureProtected) throw structureProtectedDeleteError(own);
  const restored = queueRestoreLedger(context, read, ledger, caps, probed);
  for (const name of own) context.workbook.worksheets.getItem(name).delete();
  for (const k of [LEDGER_SETTING, RECORD_SETTING, LAYOUT_SETTING]) if (read.settings[k] !== undefined) context.workbook.settings.getItem(k).delete();
  return { restored, sheets: own };
}
