// Carrying out a WritePlan through Office.js in ONE context.sync(): previous marks restored from the ledger, derived
// cells written, new marks (fill + note) recorded in the ledger, and the 校验结果 sheet rewritten.
//
// Nothing here may clear the user's undo stack. Worksheet.delete does everywhere and Worksheet.visibility does in
// Excel on Windows and Mac, so a recalculation never deletes or hides a sheet: the ledger lives in workbook.settings
// (LEDGER_SETTING), or, in a workbook that already has the very hidden jixiao_marks sheet (written by the CLI or
// file mode), in that sheet, rewritten in place.
// Everything it changes is snapshotted first (from the read, plus in-batch loads of notes), so 撤销本次写入 can
// put the workbook back exactly where Excel cannot group the undo.
import {
  type CellMark,
  type CellValue,
  type LedgerEntry,
  type WritePlan,
  LEDGER_SETTING,
  LEDGER_SHEET,
  NOTE_PREFIX,
  REPORT_SHEET,
  ledgerFromRows,
  ledgerToRows,
  parseAddress,
  rangeAddress,
} from '../core';
import { type Capabilities, type SheetRead, type WorkbookRead, cellOf } from './read';
import { protectedSheetError, structureProtectedError } from './errors';

const ORIGINAL_NOTE_LABEL = '（原批注）';

const DEFAULT_REPORT_HEADER = ['序号', '严重程度', '规则', '工作表', '单元格', '说明', '应为', '表中为'];

export interface CellBefore {
  sheet: string;
  cell: string;
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

export interface SheetBefore {
  name: string;
  existed: boolean;
  visibility?: string;
  top?: number;
  left?: number;
  values?: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: string[][];
}

/** Everything a recalculation changed, as it was before: enough to restore the workbook exactly. */
export interface UndoSnapshot {
  cells: CellBefore[];
  fills: { sheet: string; cell: string; fill: string | null }[];
  notes: { sheet: string; cell: string; before: string | null; after: boolean }[];
  sheets: SheetBefore[];
  /** The ledger setting before, where the ledger lives in workbook.settings (undefined: there was none). */
  ledgerSetting?: { before: unknown; after: boolean };
}

export interface ApplyResult {
  written: number;
  marked: number;
  restored: number;
  /** Available once the batch has synced. */
  snapshot: () => UndoSnapshot;
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

function sheetByName(read: WorkbookRead, name: string): SheetRead | undefined {
  return read.sheets.find((s) => s.name === name);
}

function cellState(read: WorkbookRead, sheet: string, cell: string) {
  const s = sheetByName(read, sheet);
  if (!s) return undefined;
  const { row, col } = parseAddress(cell);
  return cellOf(s, row, col);
}


export function readLedger(read: WorkbookRead): LedgerEntry[] {
  const sheet = sheetByName(read, LEDGER_SHEET);
  if (sheet) return ledgerFromRows(sheet.values);
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
  if (sheetByName(read, LEDGER_SHEET)) {
    writeSheet(context, read, LEDGER_SHEET, entries.length ? ledgerToRows(entries) : [], { textColumns: () => true });
  } else if (entries.length) {
    context.workbook.settings.add(LEDGER_SETTING, JSON.stringify(ledgerToRows(entries)));
  } else if (read.settings[LEDGER_SETTING] !== undefined) {
    context.workbook.settings.getItem(LEDGER_SETTING).delete();
  }
}

function isOurNote(text: string): boolean {
  return text.startsWith(NOTE_PREFIX);
}

/**
 * Which cells hold a note right now, when that can be told without asking Excel: true when every note on the
 * sheet is one of jixiao's own, one per ledger cell. Otherwise the caller probes the cells (one extra sync).
 */
export function notesKnown(read: WorkbookRead, ledger: LedgerEntry[], sheet: string): boolean {
  const s = sheetByName(read, sheet);
  if (!s || !s.notes) return true;
  const ours = s.notes.filter(isOurNote).length;
  const others = s.notes.length - ours;
  return others === 0 && ours === ledger.filter((e) => e.sheet === sheet).length;
}

/** Note text of cells whose note state is not known from the read: `null` = no note. */
export type NoteProbe = Map<string, string | null>;

/** Cells whose notes the plan touches on sheets where notesKnown() is false. */
export function cellsToProbe(read: WorkbookRead, plan: WritePlan, caps: Capabilities): { sheet: string; cell: string }[] {
  if (!caps.notes) return [];
  const ledger = readLedger(read);
  const out: { sheet: string; cell: string }[] = [];
  const seen = new Set<string>();
  for (const c of [...plan.marks, ...ledger]) {
    const k = key(c.sheet, c.cell);
    if (seen.has(k) || !sheetByName(read, c.sheet) || notesKnown(read, ledger, c.sheet)) continue;
    seen.add(k);
    out.push({ sheet: c.sheet, cell: c.cell });
  }
  return out;
}

/** One extra sync, only when a person's own notes share a sheet with jixiao's marks. */
export async function probeNotes(context: Excel.RequestContext, cells: { sheet: string; cell: string }[]): Promise<NoteProbe> {
  const handles = cells.map((c) => {
    const note = context.workbook.worksheets.getItem(c.sheet).notes.getItemOrNullObject(c.cell);
    note.load('content');
    return { ...c, note };
  });
  await context.sync();
  return new Map(handles.map((h) => [key(h.sheet, h.cell), h.note.isNullObject ? null : h.note.content]));
}

const SEVERITY_ORDER: Record<CellMark['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Several findings may point at one cell: one fill (the most severe), one note listing them all. */
function groupMarks(marks: CellMark[]): { sheet: string; cell: string; fill: string | null; notes: string[] }[] {
  const byCell = new Map<string, CellMark[]>();
  for (const m of marks) {
    const cell = m.cell.replace(/\$/g, '');
    const k = key(m.sheet, cell);
    const list = byCell.get(k);
    if (list) list.push({ ...m, cell });
    else byCell.set(k, [{ ...m, cell }]);
  }
  return [...byCell.values()].map((list) => {
    list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { sheet: list[0].sheet, cell: list[0].cell, fill: list.find((m) => m.fill)?.fill ?? null, notes: [...new Set(list.map((m) => m.note).filter((n) => n && n.trim()))] };
  });
}

/**
 * Rows of the 校验结果 sheet. The 单元格 column holds the HYPERLINK formula (it shows the cell address); a header with
 * a separate 位置 column (9 columns) gets the link there instead.
 */
export function reportMatrix(reportSheet: WritePlan['reportSheet']): { header: string[]; rows: (string | number)[][]; linkColumn: number } {
  const header = reportSheet.header.length ? reportSheet.header : DEFAULT_REPORT_HEADER;
  const separateLink = header.length === 9;
  const rows = reportSheet.rows.map((r) => {
    // A finding about the 自评报告's text has no cell in the workbook to link to.
    const link = !r.link ? r.cell : r.link.startsWith('=') ? r.link : `=${r.link}`;
    return separateLink
      ? [r.index, r.severity, r.rule, r.sheet, r.cell, link, r.message, r.expected, r.actual]
      : [r.index, r.severity, r.rule, r.sheet, link, r.message, r.expected, r.actual];
  });
  return { header, rows, linkColumn: separateLink ? 5 : 4 };
}

/** jixiao's note on a marked cell: the engine's note(s), then the person's own note if the cell had one. */
function markNote(notes: string[], originalNote: string | null): string {
  const body = notes.map((n) => (n.startsWith(NOTE_PREFIX) ? n.slice(NOTE_PREFIX.length).replace(/^\n/, '') : n));
  return [NOTE_PREFIX, ...body, ...(originalNote ? [ORIGINAL_NOTE_LABEL + originalNote] : [])].join('\n');
}

function sheetBefore(read: WorkbookRead, name: string): SheetBefore {
  const s = sheetByName(read, name);
  if (!s) return { name, existed: false };
  return { name, existed: true, visibility: s.visibility, top: s.top, left: s.left, values: s.values, formulas: s.formulas, numberFormats: s.numberFormats };
}

/** Plain text stays text: Excel would turn a typed "51.78%" or "134.5" into a number. */
function looksNumeric(value: CellValue): boolean {
  return typeof value === 'string' && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*%?\s*$/.test(value);
}

/** Writes one cell's value exactly as it was: formula, or constant (text kept as text). */
function putCell(range: Excel.Range, before: { value: CellValue; formula: string | null; numberFormat: string }): void {
  if (before.formula) {
    range.numberFormat = [[before.numberFormat]];
    range.formulas = [[before.formula]];
  } else if (looksNumeric(before.value)) {
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
    const s = sheetByName(read, name);
    if (s?.protected) throw protectedSheetError(name);
  }
  const report = sheetByName(read, REPORT_SHEET);
  if (report?.protected) throw protectedSheetError(REPORT_SHEET);
  if (!report && read.structureProtected) throw structureProtectedError(REPORT_SHEET);
  if (sheetByName(read, LEDGER_SHEET)?.protected) throw protectedSheetError(LEDGER_SHEET);
}

function writeSheet(
  context: Excel.RequestContext,
  read: WorkbookRead,
  name: string,
  rows: (string | number)[][],
  options: { textColumns?: (col: number) => boolean; formulaColumn?: number },
): Excel.Worksheet {
  const existing = sheetByName(read, name);
  const ws = existing ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
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

/**
 * Queues the whole plan; the caller syncs once. `probe` holds note states found by probeNotes() for cells on
 * sheets where notesKnown() was false.
 */
export function queueApply(
  context: Excel.RequestContext,
  read: WorkbookRead,
  plan: WritePlan,
  caps: Capabilities,
  probe: NoteProbe = new Map(),
): ApplyResult {
  const ledger = readLedger(read);
  assertWritable(read, plan, ledger);
  const ledgerByCell = new Map(ledger.map((e) => [key(e.sheet, e.cell), e]));
  const marks = groupMarks(plan.marks).filter((m) => sheetByName(read, m.sheet));
  const markKeys = new Set(marks.map((m) => key(m.sheet, m.cell)));

  // Note state of a cell before this batch: known exactly from the read, or probed.
  const noteNow = (sheet: string, cell: string): { exists: boolean; text: string | null } => {
    const k = key(sheet, cell);
    if (probe.has(k)) {
      const text = probe.get(k) ?? null;
      return { exists: text !== null, text };
    }
    return { exists: ledgerByCell.has(k), text: null };
  };

  const snapshot: UndoSnapshot = { cells: [], fills: [], notes: [], sheets: [] };
  const noteLoads: { sheet: string; cell: string; note: Excel.Note; after: boolean }[] = [];
  const sheets = context.workbook.worksheets;
  const wsCache = new Map<string, Excel.Worksheet>();
  const ws = (name: string) => {
    let w = wsCache.get(name);
    if (!w) wsCache.set(name, (w = sheets.getItem(name)));
    return w;
  };
  const fillBefore = (sheet: string, cell: string) => cellState(read, sheet, cell)?.fill ?? null;
  const snapshotNote = (sheet: string, cell: string, after: boolean) => {
    if (!caps.notes) return;
    // Loaded before this batch changes the note: the sync runs queued operations in order.
    const note = ws(sheet).notes.getItemOrNullObject(cell);
    note.load('content');
    noteLoads.push({ sheet, cell, note, after });
  };

  // 1. Previous marks that are not marked again: original fill and note back.
  let restored = 0;
  for (const entry of ledger) {
    if (markKeys.has(key(entry.sheet, entry.cell)) || !sheetByName(read, entry.sheet)) continue;
    const range = ws(entry.sheet).getRange(entry.cell);
    snapshot.fills.push({ sheet: entry.sheet, cell: entry.cell, fill: fillBefore(entry.sheet, entry.cell) });
    setFill(range, entry.originalFill);
    if (caps.notes) {
      const now = noteNow(entry.sheet, entry.cell);
      if (now.exists && (now.text === null || isOurNote(now.text))) {
        snapshotNote(entry.sheet, entry.cell, entry.originalNote !== null);
        if (entry.originalNote !== null) ws(entry.sheet).notes.getItem(entry.cell).content = entry.originalNote;
        else ws(entry.sheet).notes.getItem(entry.cell).delete();
      }
    }
    restored++;
  }

  // 2. Derived cells.
  for (const write of plan.writes) {
    const cell = write.cell.replace(/\$/g, '');
    const before = cellState(read, write.sheet, cell);
    snapshot.cells.push({ sheet: write.sheet, cell, value: before?.value ?? null, formula: before?.formula ?? null, numberFormat: before?.numberFormat ?? 'General' });
    const range = ws(write.sheet).getRange(cell);
    if (write.numFmt) range.numberFormat = [[write.numFmt]];
    range.values = [[write.after]];
  }

  // 3. New marks, each recorded with the cell's own fill and note (kept from the ledger if it was marked before).
  const newLedger: LedgerEntry[] = [];
  for (const mark of marks) {
    const k = key(mark.sheet, mark.cell);
    const previous = ledgerByCell.get(k);
    const now = noteNow(mark.sheet, mark.cell);
    const userNote = now.text !== null && !isOurNote(now.text) ? now.text : null;
    const entry: LedgerEntry = previous ?? { sheet: mark.sheet, cell: mark.cell, originalFill: fillBefore(mark.sheet, mark.cell), originalNote: userNote };
    newLedger.push(entry);
    const range = ws(mark.sheet).getRange(mark.cell);
    snapshot.fills.push({ sheet: mark.sheet, cell: mark.cell, fill: fillBefore(mark.sheet, mark.cell) });
    setFill(range, mark.fill ?? entry.originalFill);
    if (caps.notes && mark.notes.length) {
      const text = markNote(mark.notes, entry.originalNote);
      snapshotNote(mark.sheet, mark.cell, true);
      if (now.exists) ws(mark.sheet).notes.getItem(mark.cell).content = text;
      else ws(mark.sheet).notes.add(mark.cell, text);
    }
  }

  // 4. The ledger (a sheet is text-formatted so "000000" stays a colour, not the number 0).
  if (sheetByName(read, LEDGER_SHEET)) snapshot.sheets.push(sheetBefore(read, LEDGER_SHEET));
  else snapshot.ledgerSetting = { before: read.settings[LEDGER_SETTING], after: newLedger.length > 0 };
  queueLedger(context, read, newLedger);

  // 5. 校验结果: every finding with a link to its cell.
  const reportName = plan.reportSheet.name || REPORT_SHEET;
  snapshot.sheets.push(sheetBefore(read, reportName));
  const report = reportMatrix(plan.reportSheet);
  writeSheet(context, read, reportName, [report.header, ...report.rows], {
    textColumns: (c) => c !== 0 && c !== report.linkColumn,
    formulaColumn: report.linkColumn,
  });

  return {
    written: plan.writes.length,
    marked: newLedger.length,
    restored,
    snapshot: () => {
      for (const n of noteLoads) snapshot.notes.push({ sheet: n.sheet, cell: n.cell, before: n.note.isNullObject ? null : n.note.content, after: n.after });
      return snapshot;
    },
  };
}

/**
 * Deletes a sheet a recalculation added (撤销本次写入). Only reached where Excel has no undo grouping, i.e. where API
 * changes do not join the undo stack anyway.
 */
function deleteSheet(ws: Excel.Worksheet): void {
  ws.delete();
}

/** Puts back everything a recalculation changed, in one sync (queued here; the caller syncs). */
export function queueRestore(context: Excel.RequestContext, snapshot: UndoSnapshot): void {
  const sheets = context.workbook.worksheets;
  // Sheets jixiao created are deleted; sheets it rewrote get their old contents back.
  for (const s of snapshot.sheets) {
    if (!s.existed) {
      deleteSheet(sheets.getItem(s.name));
      continue;
    }
    const ws = sheets.getItem(s.name);
    ws.getRange().clear();
    const values = s.values ?? [];
    if (!values.length || !values[0].length) continue;
    const range = ws.getRange(rangeAddress(s.top ?? 0, s.left ?? 0, (s.top ?? 0) + values.length - 1, (s.left ?? 0) + values[0].length - 1));
    range.numberFormat = s.numberFormats ?? values.map((r) => r.map(() => 'General'));
    range.formulas = values.map((r, i) => r.map((v, c) => s.formulas?.[i]?.[c] ?? (v === null ? '' : v))) as (string | number | boolean)[][];
  }
  if (snapshot.ledgerSetting) {
    const { before, after } = snapshot.ledgerSetting;
    if (before !== undefined) context.workbook.settings.add(LEDGER_SETTING, before);
    else if (after) context.workbook.settings.getItem(LEDGER_SETTING).delete();
  }
  // Cells in reverse order of writing, so a cell written twice ends as it first was.
  for (const c of [...snapshot.cells].reverse()) putCell(sheets.getItem(c.sheet).getRange(c.cell), c);
  for (const f of [...snapshot.fills].reverse()) setFill(sheets.getItem(f.sheet).getRange(f.cell), f.fill);
  const seen = new Set<string>();
  for (const n of snapshot.notes) {
    // The first record of a cell holds its state before the batch; `after` of the last one its state after.
    const k = key(n.sheet, n.cell);
    if (seen.has(k)) continue;
    seen.add(k);
    const after = [...snapshot.notes].reverse().find((x) => key(x.sheet, x.cell) === k)!.after;
    const notes = sheets.getItem(n.sheet).notes;
    if (n.before === null) {
      if (after) notes.getItem(n.cell).delete();
    } else if (after) notes.getItem(n.cell).content = n.before;
    else notes.add(n.cell, n.before);
  }
}

/**
 * Queues 清除标记: fills and notes back from the ledger, the ledger emptied, the 校验结果 sheet emptied. Sheets are
 * not deleted (Worksheet.delete would clear the user's undo stack); the pane says the empty 校验结果 can go.
 */
export function queueClearMarks(context: Excel.RequestContext, read: WorkbookRead, caps: Capabilities, probe: NoteProbe): number {
  const ledger = readLedger(read);
  const touched = new Set(ledger.map((e) => e.sheet));
  for (const name of touched) if (sheetByName(read, name)?.protected) throw protectedSheetError(name);
  for (const name of [LEDGER_SHEET, REPORT_SHEET]) if (sheetByName(read, name)?.protected) throw protectedSheetError(name);
  const sheets = context.workbook.worksheets;
  let restored = 0;
  for (const entry of ledger) {
    if (!sheetByName(read, entry.sheet)) continue;
    const ws = sheets.getItem(entry.sheet);
    setFill(ws.getRange(entry.cell), entry.originalFill);
    if (caps.notes) {
      const k = key(entry.sheet, entry.cell);
      const now = probe.has(k) ? probe.get(k) ?? null : NOTE_PREFIX;
      if (now !== null && isOurNote(now)) {
        if (entry.originalNote !== null) ws.notes.getItem(entry.cell).content = entry.originalNote;
        else ws.notes.getItem(entry.cell).delete();
      }
    }
    restored++;
  }
  queueLedger(context, read, []);
  if (sheetByName(read, REPORT_SHEET)) sheets.getItem(REPORT_SHEET).getRange().clear();
  return restored;
}
