// The file door: .xlsx bytes ⇄ Grids, and a WritePlan carried out on a copy of the workbook.
// Runs in Node and in the browser: no Node APIs here, only bytes in and bytes out.
import type * as ExcelJS from 'exceljs';
import { excelJS } from './exceljs';
import type { CellValue } from '../core/grid';
import {
  CHANGE_SIGNATURE,
  LEDGER_HEADER,
  LEDGER_SHEET,
  LEDGER_SIGNATURE,
  REPORT_SIGNATURE,
  freeSheetName,
  ledgerFromRows,
  ownSheets,
  signatureRef,
  type LedgerEntry,
  type OwnSheets,
} from '../core/marks';
import type { CellMark, WritePlan } from '../core/report';
import { PRINT_SETUP, changeLayout, linkShown, reportLayout, type SheetLayout } from '../core/sheets';
import { WorkbookError, assertXlsxBytes, isWorkbookError } from './errors';
import { openPackage } from './zip';
import { readWorkbookXml, type WorkbookRead } from './read';

export type { WorkbookRead };

/** What applyPlan / removeMarks did, for callers that want to say so. */
export interface ApplyStats {
  written: number;
  marked: number;
  restored: number;
  /** The sheet the report went to: 校验结果, or 校验结果(2)… beside a person's own sheet of that name. */
  reportSheet: string;
  /** The 修改记录 sheet, when recalc wrote anything (an older one is kept otherwise). */
  changeSheet: string | null;
}

const ERROR_FILL = 'FFC7CE';
const WARNING_FILL = 'FFEB9C';

/** Columns the file door adds to the ledger (after the portable four) to restore ExcelJS fills and notes exactly. */
const LEDGER_EXTRA_HEADER = ['originalFillXlsx', 'originalNoteXlsx'];

type Bytes = Uint8Array | ArrayBuffer;

function toUint8Array(bytes: Bytes): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

async function loadWorkbook(input: Bytes): Promise<ExcelJS.Workbook> {
  const bytes = toUint8Array(input);
  assertXlsxBytes(bytes);
  // ExcelJS inflates every part with no bound: hold each to its declared size and the whole to the caps first.
  openPackage(bytes, { keep: () => false, verifyAll: true });
  const workbook = new (excelJS().Workbook)();
  try {
    // ExcelJS's typings ask for a Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (error) {
    if (isWorkbookError(error)) throw error;
    throw new WorkbookError('corrupt', `工作簿已损坏或格式不受支持，无法读取（${shortMessage(error)}）`, { cause: error });
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookError('corrupt', '工作簿中没有任何工作表');
  }
  return workbook;
}

function shortMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0].trim();
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JS Date from ExcelJS back to the serial number Excel stores (what Office.js hands the engine too). */
function dateToSerial(date: Date, date1904: boolean): number {
  const serial = (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  return date1904 ? serial - 1462 : serial;
}

/** Flattens whatever ExcelJS holds in a cell (rich text, hyperlink, formula result, error) to a Grid value. */
export function plainValue(value: unknown, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result, date1904);
    if ('hyperlink' in v || 'text' in v) return plainValue(v.text, date1904);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

function sheetRows(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      out[colNumber - 1] = plainValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

/** The sheets a previous run wrote, by the signature names it left (never by their names alone). */
function ownSheetsOf(workbook: ExcelJS.Workbook): OwnSheets {
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[]).map((n) => ({ name: n.name, refs: n.ranges }));
  return ownSheets(names, workbook.worksheets.map((w) => ({ name: w.name, state: w.state })));
}

/** Reads every worksheet into a Grid (jixiao's own sheets excluded) and any ledger a previous run left: with the
 *  streaming reader (read.ts), not ExcelJS, so a big or sparse sheet costs what its cells cost. */
export async function readWorkbook(bytes: Bytes): Promise<WorkbookRead> {
  return readWorkbookXml(toUint8Array(bytes));
}

// ---------------------------------------------------------------------------------------------------------------
// Marks and their ledger

type Fill = ExcelJS.Fill;
type Note = ExcelJS.Comment | string;

interface XlsxLedgerEntry extends LedgerEntry {
  /** The exact ExcelJS fill, JSON, when the portable hex cannot say it (theme colours, patterns, gradients). */
  fillJson: string | null;
  /** The exact ExcelJS note, JSON, when it carries formatting. */
  noteJson: string | null;
}

/** Portable form of a fill: "FFFF00" for a solid RGB fill, null otherwise. */
function fillHex(fill: Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  if (typeof argb !== 'string') return null;
  if (argb.length === 8) return argb.slice(2).toUpperCase();
  if (argb.length === 6) return argb.toUpperCase();
  return null;
}

function solidFill(hex: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } };
}

function noteText(note: Note | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  if (Array.isArray(texts)) return texts.map((t) => t.text ?? '').join('');
  return null;
}

function cellNote(cell: ExcelJS.Cell): Note | undefined {
  return cell.note as Note | undefined;
}

function setCellNote(cell: ExcelJS.Cell, note: Note | null): void {
  if (note === null) {
    // ExcelJS has no public way to delete a note. The note lives in `_comment`, and a loaded cell's value model
    // keeps a copy of it that would be written out again.
    const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    internal._comment = undefined;
    const model = internal._value?.model;
    if (model && typeof model === 'object') delete model.comment;
  } else {
    cell.note = note;
  }
}

/** Sets a cell's fill without touching the style object it may share with other cells. */
function setCellFill(cell: ExcelJS.Cell, fill: Fill | null): void {
  const style = { ...(cell.style ?? {}) } as Partial<ExcelJS.Style>;
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style as ExcelJS.Style;
}

function setCellNumFmt(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...(cell.style ?? {}), numFmt } as ExcelJS.Style;
}

function readLedger(worksheet: ExcelJS.Worksheet): XlsxLedgerEntry[] {
  const rows = sheetRows(worksheet);
  const header = (rows[0] ?? []).map((v) => (v === null ? '' : String(v)));
  const fillCol = header.indexOf(LEDGER_EXTRA_HEADER[0]);
  const noteCol = header.indexOf(LEDGER_EXTRA_HEADER[1]);
  const entries: XlsxLedgerEntry[] = [];
  for (const row of rows.slice(1)) {
    const [portable] = ledgerFromRows([LEDGER_HEADER, row]);
    if (!portable) continue;
    const text = (i: number) => (i >= 0 && row[i] !== null && row[i] !== undefined && row[i] !== '' ? String(row[i]) : null);
    entries.push({ ...portable, fillJson: text(fillCol), noteJson: text(noteCol) });
  }
  return entries;
}

function ledgerRows(entries: XlsxLedgerEntry[]): string[][] {
  return [
    [...LEDGER_HEADER, ...LEDGER_EXTRA_HEADER],
    ...entries.map((e) => [e.sheet, e.cell, e.originalFill ?? '', e.originalNote ?? '', e.fillJson ?? '', e.noteJson ?? '']),
  ];
}

function parseJson<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** What clearMarks did: cells restored, jixiao's sheets removed (校验结果, 修改记录, the ledger, in that order), and
 *  the 修改记录 it kept, if it kept one. */
interface Cleared {
  restored: number;
  removed: string[];
  keptChanges: string | null;
}

/** Restores every ledgered cell and deletes jixiao's marks: the ledger, 校验结果 and their signatures; with
 *  `changes` (a clean copy, or a recalc that writes again) the 修改记录 too. */
function clearMarks(workbook: ExcelJS.Workbook, changes: boolean): Cleared {
  let restored = 0;
  const own = ownSheetsOf(workbook);
  const ledgerSheet = own.ledger ? workbook.getWorksheet(own.ledger) : undefined;
  if (ledgerSheet) {
    for (const entry of readLedger(ledgerSheet)) {
      const worksheet = workbook.getWorksheet(entry.sheet);
      if (!worksheet || worksheet === ledgerSheet) continue;
      const cell = worksheet.getCell(entry.cell);
      const exactFill = parseJson<Fill>(entry.fillJson);
      setCellFill(cell, exactFill ?? (entry.originalFill ? solidFill(entry.originalFill) : null));
      const exactNote = parseJson<Note>(entry.noteJson);
      setCellNote(cell, exactNote ?? entry.originalNote);
      restored++;
    }
  }
  const removed: string[] = [];
  for (const name of [own.report, changes ? own.changes : null, own.ledger]) {
    const worksheet = name ? workbook.getWorksheet(name) : undefined;
    if (!worksheet) continue;
    workbook.removeWorksheet(worksheet.id);
    removed.push(worksheet.name);
  }
  const keptChanges = changes ? null : own.changes;
  setSignatures(workbook, { changes: keptChanges ?? undefined });
  return { restored, removed, keptChanges };
}

/** Sets (or, left out, removes) the defined names that sign jixiao's sheets; the workbook's other names stay. */
function setSignatures(workbook: ExcelJS.Workbook, sheets: { report?: string; ledger?: string; changes?: string }): void {
  const names = workbook.definedNames;
  const signatures = [REPORT_SIGNATURE, LEDGER_SIGNATURE, CHANGE_SIGNATURE];
  names.model = (names.model as { name: string; ranges: string[] }[]).filter((n) => !signatures.includes(n.name.toLowerCase()));
  if (sheets.report) names.add(signatureRef(sheets.report), REPORT_SIGNATURE);
  if (sheets.ledger) names.add(signatureRef(sheets.ledger), LEDGER_SIGNATURE);
  if (sheets.changes) names.add(signatureRef(sheets.changes), CHANGE_SIGNATURE);
}

const SEVERITY_ORDER: Record<CellMark['severity'], number> = { error: 0, warning: 1, info: 2 };

function markCells(workbook: ExcelJS.Workbook, marks: CellMark[]): XlsxLedgerEntry[] {
  const byCell = new Map<string, CellMark[]>();
  for (const mark of marks) {
    const key = `${mark.sheet}\u0000${mark.cell.replace(/\$/g, '')}`;
    const list = byCell.get(key);
    if (list) list.push(mark);
    else byCell.set(key, [mark]);
  }
  const ledger: XlsxLedgerEntry[] = [];
  for (const [key, cellMarks] of byCell) {
    const [sheet, address] = key.split('\u0000');
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) throw new Error(`plan marks a cell on a sheet the workbook does not have: ${sheet}!${address}`);
    const cell = worksheet.getCell(address);
    const originalFill = cell.style?.fill as Fill | undefined;
    const originalNote = cellNote(cell);
    const hex = fillHex(originalFill);
    ledger.push({
      sheet,
      cell: address,
      originalFill: hex,
      originalNote: noteText(originalNote),
      fillJson: originalFill ? JSON.stringify(originalFill) : null,
      noteJson: originalNote !== undefined && typeof originalNote !== 'string' ? JSON.stringify(originalNote) : null,
    });
    cellMarks.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const fill = cellMarks.find((m) => m.fill)?.fill ?? null;
    if (fill) setCellFill(cell, solidFill(fill));
    const notes = cellMarks.map((m) => m.note).filter((n) => n && n.trim());
    const original = noteText(originalNote);
    const text = [...dedupe(notes), ...(original ? [`（原批注）${original}`] : [])].join('\n');
    if (text) setCellNote(cell, text);
  }
  return ledger;
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * One of jixiao's sheets as its layout says (sheets.ts): links as HYPERLINK formulas, group lines bold and merged
 * across, the message column wrapped, printed one page wide on A4 landscape with the header on every page.
 */
function addLayoutSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): string {
  // A person's own sheet of that name stays theirs: jixiao's goes beside it.
  const name = freeSheetName(layout.name, workbook.worksheets.map((w) => w.name));
  const worksheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: PRINT_SETUP.orientation,
      fitToPage: true,
      fitToWidth: PRINT_SETUP.fitToPagesWide,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      // What ExcelJS reads back as defaults after a load: a kept 修改记录 then saves unchanged (recalc twice = once).
      firstPageNumber: 1,
      copies: 1,
    } as Partial<ExcelJS.PageSetup>,
    // zoomScale likewise.
    views: [{ state: 'frozen', ySplit: 1, zoomScale: 100, zoomScaleNormal: 100 }],
  });
  const width = layout.widths.length;
  layout.widths.forEach((w, i) => {
    worksheet.getColumn(i + 1).width = w;
  });
  layout.rows.forEach((cells, r) => {
    const row = worksheet.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === '') return;
      const cell = row.getCell(c + 1);
      if (c === layout.linkColumn && typeof value === 'string' && value.startsWith('=') && !layout.headings.includes(r) && r > 0) {
        cell.value = { formula: value.slice(1), result: linkShown(value) } as ExcelJS.CellFormulaValue;
        cell.font = { color: { argb: 'FF0563C1' }, underline: true };
      } else {
        cell.value = value;
      }
      cell.alignment = { vertical: 'top', wrapText: layout.wrap.includes(c) };
    });
    row.height = layout.heights[r];
    if (r === 0) row.font = { bold: true };
    if (layout.headings.includes(r)) {
      worksheet.mergeCells(r + 1, 1, r + 1, width);
      row.getCell(1).font = { bold: true };
      row.getCell(1).alignment = { vertical: 'top', wrapText: false };
    }
    row.commit();
  });
  return name;
}

/**
 * A copy of the workbook with the plan carried out: previous marks removed first (fills and notes restored from
 * the ledger, the old 校验结果 sheet deleted), then writes, then marks (recorded in a very hidden ledger), then a
 * new 校验结果 sheet. Everything else in the workbook is kept.
 */
export async function applyPlan(bytes: Bytes, plan: WritePlan): Promise<Uint8Array> {
  return (await applyPlanWithStats(bytes, plan)).bytes;
}

export async function applyPlanWithStats(bytes: Bytes, plan: WritePlan): Promise<{ bytes: Uint8Array; stats: ApplyStats }> {
  const workbook = await loadWorkbook(bytes);
  // A recalc that writes nothing keeps the 修改记录 of the one that did, so recalc twice equals recalc once.
  const rewrites = plan.writes.length > 0;
  const { restored, keptChanges } = clearMarks(workbook, rewrites);
  for (const write of plan.writes) {
    const worksheet = workbook.getWorksheet(write.sheet);
    if (!worksheet) throw new Error(`plan writes to a sheet the workbook does not have: ${write.sheet}!${write.cell}`);
    // Never a NaN or Infinity into the XML (Excel rejects the file, LibreOffice shows 0); the plan drops them already.
    if (typeof write.after === 'number' && !Number.isFinite(write.after)) continue;
    const cell = worksheet.getCell(write.cell.replace(/\$/g, ''));
    cell.value = write.after;
    if (write.numFmt) setCellNumFmt(cell, write.numFmt);
  }
  // Formulas that read the cells just written keep their old cached results in the file: have Excel (and WPS)
  // recompute on open. Set on every output, so recalc twice still equals recalc once.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const ledger = markCells(workbook, plan.marks);
  // 修改记录 before 校验结果: a recalc that keeps the 修改记录 re-adds 校验结果 after it, in the same order as before.
  const changeSheet = rewrites ? addLayoutSheet(workbook, changeLayout(plan.changeSheet)) : keptChanges;
  const reportSheet = addLayoutSheet(workbook, reportLayout(plan.reportSheet));
  let ledgerSheet: string | undefined;
  if (ledger.length) {
    ledgerSheet = freeSheetName(LEDGER_SHEET, workbook.worksheets.map((w) => w.name));
    workbook.addWorksheet(ledgerSheet, { state: 'veryHidden' }).addRows(ledgerRows(ledger));
  }
  setSignatures(workbook, { report: reportSheet, ledger: ledgerSheet, changes: changeSheet ?? undefined });
  return {
    bytes: await saveWorkbook(workbook),
    stats: { written: plan.writes.length, marked: ledger.length, restored, reportSheet, changeSheet },
  };
}

/** 清除标记: a copy with every mark removed (original fills and notes back, 校验结果 and the ledger gone); the
 *  修改记录 stays, for the values recalc wrote stay too. */
export async function removeMarks(bytes: Bytes): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  clearMarks(workbook, false);
  return saveWorkbook(workbook);
}

/** What a clean copy removed. */
export interface CleanStats {
  /** Cells whose fill and note were put back as they were. */
  restored: number;
  /** jixiao's sheets removed (校验结果, 修改记录, the ledger), by name. */
  sheets: string[];
}

/**
 * 生成提交版 / `jixiao clean`: the copy to submit. Derived values stay as recalc wrote them; every mark, note,
 * 校验结果, 修改记录 and the ledger go, original fills and notes back.
 */
export async function cleanCopy(bytes: Bytes): Promise<{ bytes: Uint8Array; stats: CleanStats }> {
  const workbook = await loadWorkbook(bytes);
  const { restored, removed } = clearMarks(workbook, true);
  return { bytes: await saveWorkbook(workbook), stats: { restored, sheets: removed } };
}

export { ERROR_FILL, WARNING_FILL };
