// The .xlsx reader for checking: the package's parts (zip.ts, within the caps) parsed as a stream of XML events
// straight into sparse Grids, so time and memory follow the cells that exist. ExcelJS builds an object per cell,
// per merged cell and per style, and compares every merge with every other (a 50,000-row table: 11 s and 400 MB);
// it stays the writer (xlsx.ts), where the whole workbook must survive. Parts: ECMA-376 Part 1 §18 (SpreadsheetML):
// workbook (§18.2), worksheets (§18.3), shared strings (§18.4), styles (§18.8); relationships in Part 2 §9.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { type CellValue, emptyGrid, type Grid, mergeAnchor, parseAddress, setCell } from '../core/grid';
import { ledgerFromRows, ownSheets, type LedgerEntry, type SignedName } from '../core/marks';
import { WorkbookError, assertXlsxBytes } from './errors';
import { isWorksheetPart, openPackage } from './zip';

export interface WorkbookRead {
  /** One Grid per worksheet, in tab order, except the sheets jixiao itself wrote (signed by a defined name, see
   *  marks.ts): a person's own sheet named 校验结果 or jixiao_marks is read like any other. */
  grids: Grid[];
  /** Every worksheet's name, in tab order, jixiao's own sheets included. */
  sheetNames: string[];
  /** Marks a previous run left (empty when the workbook carries none). */
  ledger: LedgerEntry[];
  /** Whether a 校验结果 sheet from a previous run is present. */
  hasReportSheet: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// XML as events

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Tag names without their namespace prefix (x:c and c are the same element). */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const CHUNK = 1 << 20;

/** Parses a part in chunks of text, so a 100 MB sheet is never one string. */
function parseXml(part: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  if (handlers.open) parser.on('opentag', (tag: SaxesTagPlain) => handlers.open!(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) parser.on('closetag', (tag: SaxesTagPlain) => handlers.close!(localName(tag.name)));
  const decoder = new TextDecoder('utf-8');
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: at + CHUNK < bytes.length }));
    }
    if (!failure) parser.close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw new WorkbookError('corrupt', `工作簿已损坏，无法读取（${part} 不是有效的 XML）`, { cause: failure });
}

/** An attribute by its local name (r:id and relationships:id alike). */
function attr(attributes: Record<string, string>, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook, relationships, shared strings, styles

interface SheetEntry {
  name: string;
  state: string;
  relId: string;
}

interface WorkbookPart {
  sheets: SheetEntry[];
  names: SignedName[];
  date1904: boolean;
}

function readWorkbookPart(bytes: Uint8Array): WorkbookPart {
  const part: WorkbookPart = { sheets: [], names: [], date1904: false };
  let name: { name: string; text: string } | null = null;
  parseXml('xl/workbook.xml', bytes, {
    open(tag, a) {
      if (tag === 'workbookPr') part.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (tag === 'sheet') part.sheets.push({ name: a.name ?? '', state: a.state ?? 'visible', relId: attr(a, 'id') ?? '' });
      else if (tag === 'definedName' && a.localSheetId === undefined) name = { name: a.name ?? '', text: '' };
    },
    text(text) {
      if (name) name.text += text;
    },
    close(tag) {
      if (tag === 'definedName' && name) {
        part.names.push({ name: name.name, refs: [name.text] });
        name = null;
      }
    },
  });
  return part;
}

/** Relationship id → part name inside the package. */
function readRelationships(bytes: Uint8Array | undefined, base: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (!bytes) return targets;
  parseXml(`${base}_rels`, bytes, {
    open(tag, a) {
      if (tag !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      targets.set(a.Id, resolvePart(base, a.Target));
    },
  });
  return targets;
}

/** "worksheets/sheet1.xml" from "xl/", or an absolute "/xl/worksheets/sheet1.xml", → "xl/worksheets/sheet1.xml". */
function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Each shared string's text: its runs joined, phonetic guides (<rPh>) left out, as Excel shows the cell. */
function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  if (!bytes) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  parseXml('xl/sharedStrings.xml', bytes, {
    open(tag) {
      if (tag === 'si') current = '';
      else if (tag === 'rPh') phonetic++;
      else if (tag === 't' && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(tag) {
      if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'si') strings.push(current);
    },
  });
  return strings;
}

/**
 * Built-in number formats, which a file names by id only (ECMA-376 Part 1 §18.8.30), with the zh-CN meanings of the
 * locale-dependent ids Chinese Excel and WPS write (27–36, 50–58: all dates and times).
 */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm',
  21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
  54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** The number format of each cell style (the `s` of a cell), null for General. */
function readCellFormats(bytes: Uint8Array | undefined): (string | null)[] {
  const formats: (string | null)[] = [];
  if (!bytes) return formats;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  parseXml('xl/styles.xml', bytes, {
    open(tag, a) {
      if (tag === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const format = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
        formats.push(format === 'General' ? null : format);
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

interface ParsedCell {
  row: number;
  col: number;
  value: CellValue;
  format: string | null;
  formula: string | null;
}

interface SharedFormula {
  row: number;
  col: number;
  text: string;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An ISO 8601 date cell (t="d") as the serial number Excel stores for it. */
function isoToSerial(text: string, date1904: boolean): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  if (!Number.isFinite(ms)) return text;
  const serial = (ms - EXCEL_EPOCH_MS) / 86_400_000;
  return date1904 ? serial - 1462 : serial;
}

/** A cell's value from its type and its <v> (or inline string) text, as Excel shows it. */
function cellValue(type: string, text: string, hasText: boolean, strings: string[], date1904: boolean): CellValue {
  if (!hasText) return null;
  switch (type) {
    case 's': {
      const s = strings[Number(text)];
      return s === undefined ? null : s;
    }
    case 'inlineStr':
    case 'str':
    case 'e': // an error shows as its text, #DIV/0!
      return text;
    case 'b':
      return text.trim() === '1' || text.trim() === 'true';
    case 'd':
      return isoToSerial(text.trim(), date1904);
    default: {
      if (text.trim() === '') return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : null;
    }
  }
}

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\d(A-Za-z_])/g;

/** A shared formula as the cell `dRow` rows and `dCol` columns from its master reads it: relative references move,
 *  $-anchored ones stay (ECMA-376 Part 1 §18.3.1.40). Text in quotes is left alone. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REF, (ref, colAbs: string, col: string, rowAbs: string, row: string, offset: number, whole: string) => {
            const before = whole[offset - 1];
            if (before && /[A-Za-z0-9_.]/.test(before)) return ref; // part of a name such as LOG10 or Sheet1.A1
            let c = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
            let r = Number(row);
            if (c > 16384) return ref;
            if (!colAbs) c += dCol;
            if (!rowAbs) r += dRow;
            if (c < 1 || r < 1) return '#REF!';
            let letters = '';
            for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
            return `${colAbs}${letters}${rowAbs}${r}`;
          }),
    )
    .join('');
}

interface SheetContext {
  strings: string[];
  formats: (string | null)[];
  date1904: boolean;
}

function readWorksheet(name: string, part: string, bytes: Uint8Array, context: SheetContext): Grid {
  const cells: ParsedCell[] = [];
  const merges: string[] = [];
  const shared = new Map<string, SharedFormula>();
  let row = -1;
  let col = -1;
  let cell: { row: number; col: number; type: string; style: number; text: string; hasText: boolean; formula: string | null; shared: { si: string; master: boolean } | null } | null = null;
  let reading: 'v' | 't' | 'f' | null = null;
  let inInline = false;
  let phonetic = 0;
  parseXml(part, bytes, {
    open(tag, a) {
      switch (tag) {
        case 'row':
          row = a.r !== undefined ? Number(a.r) - 1 : row + 1;
          col = -1;
          break;
        case 'c': {
          const at = a.r ? safeAddress(a.r) : null;
          if (at) {
            row = at.row;
            col = at.col;
          } else {
            col++;
          }
          cell = { row, col, type: a.t ?? 'n', style: Number(a.s ?? 0), text: '', hasText: false, formula: null, shared: null };
          break;
        }
        case 'v':
          if (cell) {
            reading = 'v';
            cell.hasText = true;
            cell.text = '';
          }
          break;
        case 'is':
          if (cell) {
            inInline = true;
            cell.hasText = true;
            cell.text = '';
          }
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (cell && inInline && phonetic === 0) reading = 't';
          break;
        case 'f':
          if (cell) {
            reading = 'f';
            cell.formula = '';
            if (a.t === 'shared' && a.si !== undefined) cell.shared = { si: a.si, master: a.ref !== undefined };
          }
          break;
        case 'mergeCell':
          if (a.ref) merges.push(a.ref.replace(/\$/g, ''));
          break;
      }
    },
    text(text) {
      if (!cell || !reading) return;
      if (reading === 'f') cell.formula += text;
      else cell.text += text;
    },
    close(tag) {
      if (tag === 'v' || tag === 't' || tag === 'f') reading = null;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'is') inInline = false;
      else if (tag === 'c' && cell) {
        let formula = cell.formula;
        if (cell.shared) {
          const master = shared.get(cell.shared.si);
          if (cell.shared.master || !master) {
            if (formula) shared.set(cell.shared.si, { row: cell.row, col: cell.col, text: formula });
          } else if (!formula) {
            formula = shiftFormula(master.text, cell.row - master.row, cell.col - master.col);
          }
        }
        const value = cellValue(cell.type, cell.text, cell.hasText, context.strings, context.date1904);
        // A cell with a style and nothing else is blank: left out, so blank cells cost nothing.
        if ((value !== null && value !== '') || formula) {
          cells.push({ row: cell.row, col: cell.col, value, format: context.formats[cell.style] ?? null, formula: formula ? `=${formula.replace(/^=/, '')}` : null });
        }
        cell = null;
      }
    },
  });
  const grid = emptyGrid(name, merges);
  for (const c of cells) {
    if (c.row < 0 || c.col < 0) continue;
    // A merged area's value is its top-left cell's; what other cells of it hold is not shown by Excel.
    const anchor = merges.length ? mergeAnchor(grid, c.row, c.col) : c;
    if (anchor.row !== c.row || anchor.col !== c.col) continue;
    setCell(grid, c.row, c.col, { value: c.value, format: c.format, formula: c.formula });
  }
  return grid;
}

function safeAddress(ref: string): { row: number; col: number } | null {
  try {
    return parseAddress(ref);
  } catch {
    return null;
  }
}

/** A sheet's values as rows, blank cells null: how the ledger is read. */
function gridRows(grid: Grid): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [r, row] of grid.rows) rows[r] = row.values.map((v) => v ?? null);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------

const NEEDED = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml)$/i;

/** Reads every worksheet into a Grid (jixiao's own sheets excluded) and any ledger a previous run left. */
export function readWorkbookXml(input: Uint8Array): WorkbookRead {
  assertXlsxBytes(input);
  const parts = openPackage(input, { keep: (name) => NEEDED.test(name.replace(/^\//, '')) || isWorksheetPart(name) });
  const part = (name: string) => parts.get(name) ?? [...parts].find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  const workbookXml = part('xl/workbook.xml');
  if (!workbookXml) throw new WorkbookError('not-xlsx', '压缩包中没有 Excel 工作簿内容，不是 .xlsx 文件');
  const workbook = readWorkbookPart(workbookXml);
  const rels = readRelationships(part('xl/_rels/workbook.xml.rels'), 'xl/');
  const context: SheetContext = { strings: readSharedStrings(part('xl/sharedStrings.xml')), formats: readCellFormats(part('xl/styles.xml')), date1904: workbook.date1904 };
  const sheets = workbook.sheets
    .map((s) => ({ ...s, part: rels.get(s.relId) ?? '' }))
    .filter((s) => isWorksheetPart(s.part) && part(s.part) !== undefined);
  if (sheets.length === 0) throw new WorkbookError('corrupt', '工作簿中没有任何工作表');
  const own = ownSheets(workbook.names, sheets);
  const grids: Grid[] = [];
  let ledger: LedgerEntry[] = [];
  for (const sheet of sheets) {
    if (sheet.name === own.report || sheet.name === own.changes) continue;
    const grid = readWorksheet(sheet.name, sheet.part, part(sheet.part)!, context);
    if (sheet.name === own.ledger) ledger = ledgerFromRows(gridRows(grid));
    else grids.push(grid);
  }
  return { grids, sheetNames: sheets.map((s) => s.name), ledger, hasReportSheet: own.report !== null };
}
