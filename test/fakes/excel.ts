// A fake of the part of the Excel JavaScript object model that src/excel uses. Plain TypeScript with no jest or
// Node dependencies, so browser tests can bundle it too.
//
// It keeps Office.js's batching semantics: every property set, method call and load is queued and only runs at
// context.sync(), in order; a loaded property read before its sync throws PropertyNotLoaded. A batch is not a
// transaction: when an operation fails, the ones queued before it have already taken effect and the ones after it
// do not (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model, "Handle errors": the
// queue runs in order until an error).
//
// Documented behaviour it models, each where it is implemented:
// - two versions: the host's requirement sets (`apiMinor`: what Office.context.requirements.isSetSupported says) and
//   the loaded office.js library's (`libraryMinor`). An API the library lacks is absent from its object, so calling
//   it throws a TypeError at once, as the real old library does; an API the host lacks fails at sync with ApiNotFound.
// - Excel on the web's 5 MB limit on each request and each response (RequestPayloadSizeLimitExceeded /
//   ResponsePayloadSizeLimitExceeded), and the 5,000,000-cell limit on one range read;
// - formula cells keep their cached result in `value`; error results ("#DIV/0!") read as strings with valueTypes
//   "Error"; dates are serial numbers with a date format;
// - merged areas hold their value in the top-left cell only; case-insensitive sheet names; protected sheets refuse
//   every change; a cell holds a note or a threaded comment, never both.
// - null objects (*OrNullObject): loading one sets isNullObject and its loaded properties read undefined; any other
//   use of one (a method called on it, a property set) fails, since the documentation does not say what Excel does;
// - sheets addressed by position (getFirst, getLast, getNext…, ExcelApi 1.5) in tab order.
// sync() calls and each sync's response size are counted on the FakeExcel: the adapter's sync-count and
// payload tests and the bench (maxSyncResponseBytes) read them.
import { cellAddress, parseAddress } from '../../src/core/grid';

export type FakeValue = number | string | boolean;

export interface FakeCell {
  /** The value shown; for a formula cell, its cached result (Excel recalculates; the fake keeps what it is given). */
  value: FakeValue;
  /** Formula text ("=G11/D11") when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  /** RGB hex without '#', or undefined for no fill. */
  fill?: string;
  /** The value is an error result such as "#DIV/0!" (valueTypes "Error"), not text that looks like one. */
  error?: boolean;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  notes: Map<string, string>;
  /** Threaded comments (Excel's "comments" since 2019): the first entry of each cell's thread. */
  comments: Map<string, string>;
  merges: Box[];
  /** Cell formatting the add-in sets on its own sheets (kept apart from `cells`, so it never widens a used range). */
  formats?: Map<string, FakeCellFormat>;
  /** Column widths in points (Range.format.columnWidth), by 0-based column. */
  columnWidths?: Map<number, number>;
  /** Rows (0-based) fitted to their contents by Range.format.autofitRows(). */
  autofitRows?: Set<number>;
  /** Worksheet.pageLayout as set (ExcelApi 1.9); undefined: Excel's defaults. */
  pageLayout?: FakePageLayoutState;
  /** Hidden rows and columns (0-based), as a filter or a person leaves them. */
  hiddenRows?: Set<number>;
  hiddenColumns?: Set<number>;
}

export interface FakeCellFormat {
  bold?: boolean;
  wrapText?: boolean;
  verticalAlignment?: string;
}

export interface FakePageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
}

export type FakePlatform = 'web' | 'desktop';

export interface FakeOptions {
  /** ExcelApi minor version the host supports (default 20: undo grouping and notes both exist). */
  apiMinor?: number;
  /** ExcelApi minor version the loaded office.js knows (default: the CDN's current library, which knows them all). */
  libraryMinor?: number;
  /** 'web' (default) enforces Excel on the web's 5 MB payload limits; 'desktop' has none. */
  platform?: FakePlatform;
}

export class FakeOfficeError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'OfficeExtension.Error';
  }
}

/** The CDN's library (appsforoffice.microsoft.com/lib/1/hosted/office.js) is always current. */
export const CURRENT_LIBRARY = 99;
/** @microsoft/office-js 1.1.110 (file version 16.0.15407): ExcelApi 1.15 and nothing later. */
export const BUNDLED_LIBRARY = 15;

// learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
// "Excel on the web has a payload size limit for requests and responses of 5MB"; "A range is limited to 5,000,000
// cells for read operations".
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const RANGE_READ_LIMIT_CELLS = 5_000_000;

// ---------- addresses ----------

const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

const columnNames: string[] = [];
/** 0-based row/col → "I11" (the core's cellAddress, with column names remembered: the fake names millions of cells). */
export function a1(row: number, col: number): string {
  return `${(columnNames[col] ??= cellAddress(0, col).replace(/\d+$/, ''))}${row + 1}`;
}

const parsed = new Map<string, { row: number; col: number }>();
function parseCell(text: string): { row: number; col: number } {
  let hit = parsed.get(text);
  if (!hit) {
    try {
      hit = parseAddress(text);
    } catch {
      throw new FakeOfficeError('InvalidArgument', `bad address ${text}`);
    }
    if (parsed.size > 2_000_000) parsed.clear();
    parsed.set(text, hit);
  }
  return hit;
}

export function parseBox(address: string): Box {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to] = local.split(':');
  const a = parseCell(from);
  const b = to ? parseCell(to) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function boxAddress(box: Box): string {
  const first = a1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? first : `${first}:${a1(box.bottom, box.right)}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellsIn(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function intersect(a: Box, b: Box): Box | null {
  const box = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

function inside(box: Box, row: number, col: number): boolean {
  return box.top <= row && row <= box.bottom && box.left <= col && col <= box.right;
}

function grid<T>(box: Box, fn: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line: T[] = [];
    for (let c = box.left; c <= box.right; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

/** Bytes a value takes in the JSON response (UTF-8). */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ---------- which API exists where ----------

// The ExcelApi minor version that introduced each member the adapter may use, from the requirement set pages
// (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-N-requirement-set).
const SINCE: Record<string, Record<string, number>> = {
  Worksheet: { notes: 18, comments: 10, pageLayout: 9, findAll: 9, findAllOrNullObject: 9, getUsedRangeOrNullObject: 4, getNext: 5, getNextOrNullObject: 5, getPrevious: 5, getPreviousOrNullObject: 5 },
  WorksheetCollection: { getCount: 4, getFirst: 5, getLast: 5 },
  Range: { merge: 2, unmerge: 2, getCellProperties: 9, getSpecialCellsOrNullObject: 9, getMergedAreasOrNullObject: 13, getUsedRangeOrNullObject: 4, getIntersectionOrNullObject: 4, getResizedRange: 2 },
  Workbook: { settings: 4, protection: 7 },
  NoteCollection: { getCount: 18 },
  CommentCollection: { getCount: 10 },
};

// ---------- the workbook state ----------

export class FakeExcel {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  /** Workbook structure protection (no sheets can be added). */
  structureProtected = false;
  /** While true every sync fails like Excel does when the user is editing a cell. */
  cellEditMode = false;
  /** Called after each sync that ran: what a person does in Excel while the add-in waits between two syncs. */
  afterSync: ((syncCount: number) => void) | null = null;
  /** While true a batch run with mergeUndoGroup fails at its first sync with UndoNotSupported, having done nothing. */
  refuseUndoGroup = false;
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncCount = 0;
  /** Response size of every sync, in order (bytes of JSON, as the fake measures it). */
  responseSizes: number[] = [];
  /** Calls Excel documents as clearing the user's undo stack (Worksheet.delete; Worksheet.visibility on desktop). */
  undoStackClearingCalls: string[] = [];
  /** Options each run() handed to the host, e.g. { mergeUndoGroup: true } (an option the library does not know is lost). */
  runs: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean }[] = [];
  readonly apiMinor: number;
  readonly libraryMinor: number;
  readonly platform: FakePlatform;
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.apiMinor = options.apiMinor ?? 20;
    this.libraryMinor = options.libraryMinor ?? CURRENT_LIBRARY;
    this.platform = options.platform ?? 'web';
  }

  get maxResponseBytes(): number {
    return this.responseSizes.reduce((m, n) => Math.max(m, n), 0);
  }

  addSheet(name: string, rows: (FakeValue | null | undefined)[][] = [], origin = 'A1'): FakeSheet {
    const sheet: FakeSheet = { id: `{sheet-${this.nextId++}}`, name, visibility: 'Visible', protected: false, cells: new Map(), notes: new Map(), comments: new Map(), merges: [] };
    const start = parseCell(origin);
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        const cell: FakeCell = { value };
        // A string typed with a leading "=" is a formula; no cached result is known for it here.
        if (typeof value === 'string' && value.startsWith('=')) {
          cell.formula = value;
          cell.value = '';
        }
        sheet.cells.set(a1(start.row + r, start.col + c), cell);
      }),
    );
    this.sheets.push(sheet);
    owners.set(sheet, this);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /**
   * Merges a range the way Excel's Merge & Center does: only the upper-left value is kept
   * (support.microsoft.com, "Merge and unmerge cells": "only the contents of the upper-left cell … will remain").
   */
  merge(sheet: string, range: string): void {
    const s = this.sheet(sheet);
    const box = parseBox(range);
    for (const [address] of [...s.cells]) {
      const { row, col } = parseCell(address);
      if (inside(box, row, col) && !(row === box.top && col === box.left)) s.cells.delete(address);
    }
    s.merges.push(box);
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new FakeOfficeError('ItemNotFound', `no sheet ${name}`);
    return found;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  isSetSupported(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [major, minor] = version.split('.').map(Number);
    return major < 1 || (major === 1 && (minor ?? 0) <= this.apiMinor);
  }

  /** The loaded library's `Excel` namespace as far as capability detection looks at it: its classes' prototypes. */
  get library(): FakeLibrary {
    return libraryFor(this.libraryMinor);
  }

  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /**
   * Office.context.document.settings of a page activated now: a copy of the add-in's settings as they are at this
   * moment, kept in memory for the page's life ("During the session, the add-in manages the settings entirely in
   * memory"; learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings). They are the
   * settings workbook.settings reaches ("The application-specific JavaScript APIs for Excel … also provide access to
   * the custom settings").
   */
  documentSettings(): { get(name: string): unknown } {
    const snapshot = new Map([...this.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v))]));
    return { get: (name) => (snapshot.has(name) ? snapshot.get(name) : null) };
  }

  /** Like Excel.run: a fresh context per batch. An old library does not know mergeUndoGroup and never sends it. */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>, options: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean } = {}): Promise<T> {
    const sent = { ...options };
    if (sent.mergeUndoGroup && this.libraryMinor < 20) delete sent.mergeUndoGroup;
    this.runs.push(sent);
    const context = this.context();
    if (sent.mergeUndoGroup && this.refuseUndoGroup) context.failWith = 'UndoNotSupported';
    return batch(context);
  }

  /** A plain, comparable copy of everything a user could see or the add-in could store. */
  dump(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        cells: Object.fromEntries([...s.cells.entries()].filter(([, c]) => !isBlankCell(c)).sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c }])),
        notes: Object.fromEntries([...s.notes.entries()].sort(([a], [b]) => a.localeCompare(b))),
        comments: Object.fromEntries([...s.comments.entries()].sort(([a], [b]) => a.localeCompare(b))),
        merges: s.merges.map(boxAddress),
      })),
      settings: Object.fromEntries(this.settings),
    };
  }

  // internal helpers used by the proxies

  /** Excel compares sheet names without regard to case: "Sheet1" and "SHEET1" cannot both exist. */
  findSheet(name: string): FakeSheet | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  newSheet(name: string): FakeSheet {
    if (this.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
    // Excel's naming rules: at most 31 characters, none of \ / ? * [ ] : (support.microsoft.com, "Rename a worksheet").
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
    return this.addSheet(name);
  }

  /** Used ranges worked out during the current sync; any change to a cell, and every new sync, forgets them. */
  private usedCache = new Map<FakeSheet, Map<string, Box | null>>();
  forgetUsed(): void {
    this.usedCache.clear();
  }

  usedBox(sheet: FakeSheet, valuesOnly: boolean, within?: Box): Box | null {
    const key = `${valuesOnly}:${within ? boxAddress(within) : ''}`;
    const cached = this.usedCache.get(sheet)?.get(key);
    if (cached !== undefined) return cached;
    const box = this.scanUsed(sheet, valuesOnly, within);
    (this.usedCache.get(sheet) ?? this.usedCache.set(sheet, new Map()).get(sheet)!).set(key, box);
    return box;
  }

  private scanUsed(sheet: FakeSheet, valuesOnly: boolean, within?: Box): Box | null {
    let box: Box | null = null;
    for (const [address, cell] of sheet.cells) {
      const hasValue = cell.formula !== undefined || (cell.value !== '' && cell.value !== null && cell.value !== undefined);
      const hasFormat = cell.fill !== undefined || (cell.numberFormat !== undefined && cell.numberFormat !== 'General');
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const { row, col } = parseCell(address);
      if (within && !inside(within, row, col)) continue;
      if (!box) box = { top: row, left: col, bottom: row, right: col };
      else {
        box.top = Math.min(box.top, row);
        box.left = Math.min(box.left, col);
        box.bottom = Math.max(box.bottom, row);
        box.right = Math.max(box.right, col);
      }
    }
    return box;
  }
}

/** Hooks every change to a sheet's cells, so cached used ranges are forgotten. */
const owners = new WeakMap<FakeSheet, FakeExcel>();
function changed(sheet: FakeSheet): void {
  owners.get(sheet)?.forgetUsed();
}

function isBlankCell(c: FakeCell): boolean {
  return (c.value === '' || c.value === undefined) && c.formula === undefined && c.fill === undefined && (c.numberFormat === undefined || c.numberFormat === 'General');
}

/** The merged area holding (row, col), if any. */
function mergeAt(sheet: FakeSheet, row: number, col: number): Box | undefined {
  return sheet.merges.find((m) => inside(m, row, col));
}

/**
 * A merged area is changed through its top-left cell or as a whole. Excel keeps a merged area's value, format and
 * note in its top-left cell and refuses to change part of a merged cell ("Cannot change part of a merged cell");
 * what the API does with a write to one of the hidden cells is not documented (it may accept it and show nothing),
 * so the fake refuses it: a write that cannot land where it was meant must not pass unnoticed.
 */
function assertWholeMerges(sheet: FakeSheet, box: Box): void {
  for (const m of sheet.merges) {
    const overlap = intersect(m, box);
    if (!overlap) continue;
    const whole = overlap.top === m.top && overlap.left === m.left && overlap.bottom === m.bottom && overlap.right === m.right;
    const anchorOnly = overlap.top === m.top && overlap.left === m.left && overlap.bottom === m.top && overlap.right === m.left;
    if (!whole && !anchorOnly) throw new FakeOfficeError('InvalidOperation', `Cannot change part of a merged cell (${boxAddress(m)}).`);
  }
}

// ---------- proxies ----------

type Op = () => void;

export class FakeRequestContext {
  private queue: { op: Op; bytes: number }[] = [];
  readonly workbook: FakeWorkbook;
  readonly lib: FakeLibrary;
  /** An error code every sync of this context fails with, before running anything. */
  failWith: string | null = null;
  private responseBytes = 0;
  constructor(readonly excel: FakeExcel) {
    this.lib = libraryFor(excel.libraryMinor);
    this.workbook = new this.lib.Workbook(this);
  }

  /** Queues an operation; `bytes` is what it adds to the request beyond a fixed per-operation overhead. */
  enqueue(op: Op, bytes = 0): void {
    this.queue.push({ op, bytes: 80 + bytes });
  }

  /** Called by a load while it runs: its result's size in the response. */
  respond(value: unknown): void {
    this.responseBytes += 40 + jsonBytes(value);
  }

  /** An API the host lacks: the request reaches Excel, which fails it at this point of the batch. */
  hostNeeds(minor: number, api: string): void {
    if (this.excel.apiMinor >= minor) return;
    this.enqueue(() => {
      throw new FakeOfficeError('ApiNotFound', `${api} needs ExcelApi 1.${minor}; this Excel supports 1.${this.excel.apiMinor}.`);
    });
  }

  async sync(): Promise<void> {
    this.excel.syncCount++;
    // Tests change cells directly between syncs.
    this.excel.forgetUsed();
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    if (this.excel.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (this.failWith) throw new FakeOfficeError(this.failWith);
    const web = this.excel.platform === 'web';
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0);
    if (web && requestBytes > PAYLOAD_LIMIT_BYTES) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    try {
      for (const { op } of ops) op();
    } finally {
      this.excel.responseSizes.push(this.responseBytes);
    }
    // The batch ran; its answer cannot be sent back.
    if (web && this.responseBytes > PAYLOAD_LIMIT_BYTES) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${this.responseBytes} bytes`);
    this.excel.afterSync?.(this.excel.syncCount);
  }
}

function parseLoad(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoad(s));
  if (typeof spec === 'object' && spec) {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === 'string') return parseLoad(o.select);
    return Object.keys(o).filter((k) => o[k]);
  }
  return [];
}

abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  private nullFlag: boolean | undefined;
  constructor(protected ctx: FakeRequestContext) {}

  get context(): FakeRequestContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.nullFlag;
  }

  protected setNull(value: boolean): void {
    this.nullFlag = value;
  }

  protected get<T>(name: string): T {
    // A loaded property of a null object reads undefined, not PropertyNotLoaded: office.js checks "loaded" only for
    // objects that are not null (Utility.throwIfNotLoaded(name, value, type, isNull) in the library's runtime).
    if (this.nullFlag === true) return undefined as T;
    if (!this.loaded.has(name)) throw new FakeOfficeError('PropertyNotLoaded', `${name} read before load + sync`);
    return this.loaded.get(name) as T;
  }
}

/** A ClientResult<T>: its value exists once the batch that asked for it has synced. */
class FakeClientResult<T> {
  private result: { value: T } | null = null;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult read before sync');
    return this.result.value;
  }
}

class FakeWorkbook {
  constructor(private ctx: FakeRequestContext) {}

  get worksheets(): FakeWorksheetCollection {
    return new this.ctx.lib.WorksheetCollection(this.ctx);
  }

  get settings(): FakeSettingCollection {
    this.ctx.hostNeeds(4, 'Workbook.settings');
    return new FakeSettingCollection(this.ctx);
  }

  get protection(): FakeWorkbookProtection {
    this.ctx.hostNeeds(7, 'Workbook.protection');
    return new FakeWorkbookProtection(this.ctx);
  }

  getSelectedRange(): FakeRange {
    return new this.ctx.lib.Range(this.ctx, () => {
      const sel = this.ctx.excel.selection;
      if (!sel) return null;
      return { sheet: this.ctx.excel.sheet(sel.sheet), box: parseBox(sel.address) };
    });
  }
}

class FakeWorkbookProtection extends Proxy {
  get protected(): boolean {
    return this.get('protected');
  }
  load(_spec?: unknown): this {
    this.ctx.enqueue(() => {
      this.loaded.set('protected', this.ctx.excel.structureProtected);
      this.ctx.respond({ protected: this.ctx.excel.structureProtected });
    });
    return this;
  }
}

class FakeWorksheetCollection extends Proxy {
  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  load(spec?: unknown): this {
    const paths = parseLoad(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      const items = this.ctx.excel.sheets.map((s) => {
        const ws = new this.ctx.lib.Worksheet(this.ctx, () => s);
        ws.fill(paths.length ? paths : ['name', 'visibility', 'id']);
        return ws;
      });
      this.loaded.set('items', items);
    });
    return this;
  }

  /** A worksheet "using its name or ID" (Excel.WorksheetCollection.getItem); the name in any letter case. */
  getItem(name: string): FakeWorksheet {
    return new this.ctx.lib.Worksheet(this.ctx, () => {
      const s = this.ctx.excel.findSheet(name) ?? this.ctx.excel.sheets.find((x) => x.id === name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new this.ctx.lib.Worksheet(this.ctx, () => this.ctx.excel.findSheet(name) ?? null, true);
  }

  /**
   * WorksheetCollection.getFirst / getLast (ExcelApi 1.5): "Gets the first [last] worksheet in the collection";
   * `visibleOnly`: "considers only visible worksheets, skipping over any hidden ones". The tab order is the
   * collection's order. A workbook always holds a visible worksheet (Excel refuses to hide or delete the last one),
   * so neither has an OrNullObject form.
   */
  getFirst(visibleOnly = false): FakeWorksheet {
    this.ctx.hostNeeds(5, 'WorksheetCollection.getFirst');
    return new this.ctx.lib.Worksheet(this.ctx, () => this.inOrder(visibleOnly)[0] ?? noSheet('first'));
  }

  getLast(visibleOnly = false): FakeWorksheet {
    this.ctx.hostNeeds(5, 'WorksheetCollection.getLast');
    return new this.ctx.lib.Worksheet(this.ctx, () => this.inOrder(visibleOnly).at(-1) ?? noSheet('last'));
  }

  /** WorksheetCollection.getCount (ExcelApi 1.4): "Gets the number of worksheets in the collection." */
  getCount(visibleOnly = false): FakeClientResult<number> {
    this.ctx.hostNeeds(4, 'WorksheetCollection.getCount');
    const result = new FakeClientResult<number>();
    this.ctx.enqueue(() => {
      result.set(this.inOrder(visibleOnly).length);
      this.ctx.respond(result.value);
    });
    return result;
  }

  private inOrder(visibleOnly: boolean): FakeSheet[] {
    return visibleOnly ? this.ctx.excel.sheets.filter((s) => s.visibility === 'Visible') : this.ctx.excel.sheets;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new this.ctx.lib.Worksheet(this.ctx, () => this.ctx.excel.sheets.find((s) => s.id === this.ctx.excel.activeSheetId) ?? this.ctx.excel.sheets[0]);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      created = this.ctx.excel.newSheet(name);
    });
    return new this.ctx.lib.Worksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError('ItemNotFound', `sheet ${name} was not added`);
      return created;
    });
  }
}

type SheetResolver = () => FakeSheet | null;

function noSheet(which: string): never {
  throw new FakeOfficeError('ItemNotFound', `no ${which} worksheet`);
}

export class FakeWorksheet extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    readonly resolve: SheetResolver,
    private orNull = false,
  ) {
    super(ctx);
  }

  /** The sheet, at op time; throws ItemNotFound when it is gone, InvalidObjectPath when it is a null object. */
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError(this.orNull ? 'InvalidObjectPath' : 'ItemNotFound', 'worksheet is a null object');
    return s;
  }

  /** Fills loaded properties right now (used from inside queued ops). */
  fill(paths: string[]): void {
    const s = this.resolve();
    this.setNull(!s);
    if (!s) return this.ctx.respond(null);
    const out: Record<string, unknown> = {};
    for (const p of paths) {
      if (p === 'name') this.loaded.set('name', (out.name = s.name));
      else if (p === 'visibility') this.loaded.set('visibility', (out.visibility = s.visibility));
      else if (p === 'id') this.loaded.set('id', (out.id = s.id));
      else if (p === 'protection/protected') this.protectionProxy().setLoaded((out.protected = s.protected) as boolean);
    }
    this.ctx.respond(out);
  }

  private protectionCache: FakeWorksheetProtection | null = null;
  private protectionProxy(): FakeWorksheetProtection {
    return (this.protectionCache ??= new FakeWorksheetProtection(this.ctx, this));
  }
  get protection(): FakeWorksheetProtection {
    return this.protectionProxy();
  }

  /** Worksheet.notes, ExcelApi 1.18 (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes). */
  get notes(): FakeNoteCollection {
    this.ctx.hostNeeds(18, 'Worksheet.notes');
    return new FakeNoteCollection(this.ctx, this);
  }

  /**
   * Worksheet.pageLayout, ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-pagelayout:
   * "Gets the PageLayout object of the worksheet"). An older library has no such member; an older host fails the
   * batch with ApiNotFound when it reaches the first use.
   */
  get pageLayout(): FakePageLayout {
    this.ctx.hostNeeds(9, 'Worksheet.pageLayout');
    return new FakePageLayout(this.ctx, this);
  }

  /** Worksheet.comments, ExcelApi 1.10: threaded comments (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-comments). */
  get comments(): FakeCommentCollection {
    this.ctx.hostNeeds(10, 'Worksheet.comments');
    return new FakeCommentCollection(this.ctx, this);
  }

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      this.sheet().name = value;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(value: string) {
    // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities: no undo on Windows and Mac.
    this.ctx.excel.undoStackClearingCalls.push('Worksheet.visibility');
    this.ctx.enqueue(() => {
      this.sheet().visibility = value as FakeSheet['visibility'];
    });
  }

  load(spec?: unknown): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(() => this.fill(paths.length ? paths : ['name', 'visibility', 'id']));
    return this;
  }

  /**
   * Worksheet.getNext / getPrevious (ExcelApi 1.5): "Gets the worksheet that follows [precedes] this one. If there
   * are no worksheets following this one, this method will throw an error"; the OrNullObject forms return "an
   * object with its isNullObject property set to true" instead (learn.microsoft.com/javascript/api/excel/
   * excel.worksheet, and application-specific-api-model#ornullobject-methods-and-properties). Called on a worksheet
   * that is itself a null object, they fail like any other use of a null object but loading it (see sheet()): the
   * documentation does not say what Excel does then, so nothing may rely on it.
   */
  getNext(visibleOnly = false): FakeWorksheet {
    this.ctx.hostNeeds(5, 'Worksheet.getNext');
    return new this.ctx.lib.Worksheet(this.ctx, () => this.neighbour(1, visibleOnly) ?? noSheet('next'));
  }

  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    this.ctx.hostNeeds(5, 'Worksheet.getNextOrNullObject');
    return new this.ctx.lib.Worksheet(this.ctx, () => this.neighbour(1, visibleOnly), true);
  }

  getPrevious(visibleOnly = false): FakeWorksheet {
    this.ctx.hostNeeds(5, 'Worksheet.getPrevious');
    return new this.ctx.lib.Worksheet(this.ctx, () => this.neighbour(-1, visibleOnly) ?? noSheet('previous'));
  }

  getPreviousOrNullObject(visibleOnly = false): FakeWorksheet {
    this.ctx.hostNeeds(5, 'Worksheet.getPreviousOrNullObject');
    return new this.ctx.lib.Worksheet(this.ctx, () => this.neighbour(-1, visibleOnly), true);
  }

  /** The sheet `step` tabs away (visible ones only, if asked), or null past either end. */
  private neighbour(step: 1 | -1, visibleOnly: boolean): FakeSheet | null {
    const s = this.sheet();
    const tabs = this.ctx.excel.sheets;
    for (let i = tabs.indexOf(s) + step; i >= 0 && i < tabs.length; i += step) if (!visibleOnly || tabs[i].visibility === 'Visible') return tabs[i];
    return null;
  }

  getRange(address?: string): FakeRange {
    return new this.ctx.lib.Range(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, box: address ? parseBox(address) : { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLS - 1 }, whole: !address };
    });
  }

  /** "If the entire worksheet is blank, this function will return the top left cell (i.e. it will not throw an error)." */
  getUsedRange(valuesOnly = false): FakeRange {
    return new this.ctx.lib.Range(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, box: this.ctx.excel.usedBox(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.hostNeeds(4, 'Worksheet.getUsedRangeOrNullObject');
    return new this.ctx.lib.Range(
      this.ctx,
      () => {
        const s = this.sheet();
        const box = this.ctx.excel.usedBox(s, valuesOnly);
        return box ? { sheet: s, box } : null;
      },
      true,
    );
  }

  /**
   * Worksheet.findAllOrNullObject (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-
   * worksheet-findallornullobject-member(1)): "Finds all occurrences of the given string based on the criteria
   * specified and returns them as a RangeAreas object, comprising one or more rectangular ranges"; when nothing
   * matches, a null object (findAll throws ItemNotFound instead). WorksheetSearchCriteria
   * (learn.microsoft.com/javascript/api/excel/excel.worksheetsearchcriteria): completeMatch "matches the entire
   * contents of the cell", else a substring of them (the default); matchCase false by default. What "contents" are
   * for a formula cell, and whether hidden cells are searched, is not documented: the fake takes a formula cell's
   * formula text (as Excel's Find dialog does by default, "Look in: Formulas") and leaves hidden rows and columns out
   * (the unkind answer); the adapter relies on neither: it searches no sheet that holds a formula or hides a row or a
   * column. Wildcards (* ? ~ in the Find dialog) are not modelled: the adapter searches single Chinese characters.
   */
  findAllOrNullObject(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean } = {}): FakeRangeAreas {
    this.ctx.hostNeeds(9, 'Worksheet.findAllOrNullObject');
    return new FakeRangeAreas(this.ctx, () => {
      const s = this.sheet();
      const fold = (t: string) => (criteria.matchCase ? t : t.toLowerCase());
      const needle = fold(text);
      const cells: { row: number; col: number }[] = [];
      for (const [address, cell] of s.cells) {
        const { row, col } = parseCell(address);
        if (s.hiddenRows?.has(row) || s.hiddenColumns?.has(col)) continue;
        const contents = cell.formula ?? (typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value));
        if (contents === '') continue;
        const hay = fold(contents);
        if (criteria.completeMatch ? hay === needle : hay.includes(needle)) cells.push({ row, col });
      }
      return cells.length ? { sheet: s, areas: areasOf(cells) } : null;
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.activeSheetId = this.sheet().id;
    });
  }

  delete(): void {
    this.ctx.excel.undoStackClearingCalls.push('Worksheet.delete');
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (this.ctx.excel.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      this.ctx.excel.sheets = this.ctx.excel.sheets.filter((x) => x !== s);
      if (this.ctx.excel.activeSheetId === s.id) this.ctx.excel.activeSheetId = this.ctx.excel.sheets[0]?.id ?? null;
    });
  }
}

class FakeWorksheetProtection extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  setLoaded(value: boolean): void {
    this.loaded.set('protected', value);
  }
  get protected(): boolean {
    return this.get('protected');
  }
  load(_spec?: unknown): this {
    this.ctx.enqueue(() => {
      this.loaded.set('protected', this.ws.sheet().protected);
      this.ctx.respond({ protected: this.ws.sheet().protected });
    });
    return this;
  }
}

interface Resolved {
  sheet: FakeSheet;
  box: Box;
  whole?: boolean;
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The cell you're trying to change is on a protected sheet (${sheet.name}).`);
}

function writeCell(sheet: FakeSheet, address: string, change: (cell: FakeCell) => void): void {
  changed(sheet);
  const cell = sheet.cells.get(address) ?? { value: '' };
  change(cell);
  if (isBlankCell(cell)) sheet.cells.delete(address);
  else sheet.cells.set(address, cell);
}

function cellEntries(r: Resolved): [string, FakeCell][] {
  // Whole-sheet ranges touch only cells that exist.
  if (r.whole || cellsIn(r.box) > r.sheet.cells.size) return [...r.sheet.cells.entries()].filter(([address]) => {
    const { row, col } = parseCell(address);
    return inside(r.box, row, col);
  });
  const out: [string, FakeCell][] = [];
  for (let row = r.box.top; row <= r.box.bottom; row++)
    for (let col = r.box.left; col <= r.box.right; col++) {
      const address = a1(row, col);
      const c = r.sheet.cells.get(address);
      if (c) out.push([address, c]);
    }
  return out;
}

function matrixAt<T>(matrix: T[][], box: Box, row: number, col: number): T {
  const line = matrix.length === 1 ? matrix[0] : matrix[row - box.top];
  if (!line) throw new FakeOfficeError('InvalidArgument', 'matrix does not match the range');
  const v = line.length === 1 ? line[0] : line[col - box.left];
  if (v === undefined) throw new FakeOfficeError('InvalidArgument', 'matrix does not match the range');
  return v;
}

function checkShape(matrix: unknown[][], box: Box): void {
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  const single = matrix.length === 1 && matrix[0].length === 1;
  if (!single && (matrix.length !== rows || matrix.some((line) => line.length !== cols)))
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
}

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!']);

/**
 * What Excel does with a value set through Range.values (learn.microsoft.com/javascript/api/excel/excel.range#values):
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula", unless the cell is formatted as text ("@"); a typed "14.30%" becomes 0.143 and "134.5" a number.
 */
function coerceTyped(value: unknown, numberFormat: string | undefined): { value: FakeValue; formula?: string; numberFormat?: string; error?: boolean } {
  if (typeof value === 'string') {
    if (numberFormat !== '@') {
      const pct = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
      if (pct) return { value: Number(pct[1]) / 100, numberFormat: numberFormat && numberFormat !== 'General' ? numberFormat : '0.00%' };
      if (/^\s*[-+]?\d+(?:\.\d+)?\s*$/.test(value)) return { value: Number(value) };
      if (/^[=+-]/.test(value)) return formulaCell(value.startsWith('=') ? value : `=${value}`);
      if (ERROR_VALUES.has(value)) return { value, error: true };
    }
    return { value };
  }
  return { value: value as FakeValue };
}

/** A formula written by the add-in. The fake does not recalculate: a HYPERLINK shows its label, anything else nothing. */
function formulaCell(formula: string): { value: FakeValue; formula: string } {
  const link = /^=HYPERLINK\(".*","(.*)"\)$/i.exec(formula);
  return { value: link ? link[1].replace(/""/g, '"') : '', formula };
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === '' || cell.value === undefined) return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

export class FakeRange extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    readonly resolve: () => Resolved | null,
    private orNull = false,
  ) {
    super(ctx);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, this);
  }

  /** The range at op time. Any use of a null object but loading it fails: what Excel does then is not documented. */
  at(): Resolved {
    const r = this.resolve();
    if (!r) throw new FakeOfficeError(this.orNull ? 'InvalidObjectPath' : 'ItemNotFound', 'range is a null object');
    return r;
  }

  private derived(resolve: (r: Resolved) => Resolved | null, orNull = false): FakeRange {
    return new this.ctx.lib.Range(this.ctx, () => resolve(this.at()), orNull);
  }

  load(spec?: unknown): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(() => this.fill(paths));
    return this;
  }

  /** Fills loaded properties right now (from inside a queued op: this range's load, or a RangeCollection's). */
  fill(paths: string[]): void {
    {
      const r = this.resolve();
      this.setNull(!r);
      if (!r) return this.ctx.respond(null);
      const { sheet, box } = r;
      const cellOf = (row: number, col: number) => sheet.cells.get(a1(row, col));
      const out: Record<string, unknown> = {};
      for (const p of paths.length ? paths : ['address', 'values']) {
        const matrix = ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(p);
        if (matrix && cellsIn(box) > RANGE_READ_LIMIT_CELLS) throw new FakeOfficeError('RangeExceedsLimit', `${cellsIn(box)} cells in one read`);
        let v: unknown;
        if (p === 'address') v = `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
        else if (p === 'values') v = grid(box, (row, col) => cellOf(row, col)?.value ?? '');
        // "If a cell has no formula, its value is returned instead": text typed as "=4辆" comes back as "=4辆".
        else if (p === 'formulas') v = grid(box, (row, col) => cellOf(row, col)?.formula ?? cellOf(row, col)?.value ?? '');
        else if (p === 'numberFormat') v = grid(box, (row, col) => cellOf(row, col)?.numberFormat ?? 'General');
        else if (p === 'valueTypes') v = grid(box, (row, col) => valueType(cellOf(row, col)));
        else if (p === 'rowCount') v = box.bottom - box.top + 1;
        else if (p === 'columnCount') v = box.right - box.left + 1;
        else if (p === 'cellCount') v = cellsIn(box);
        // Range.rowHidden / columnHidden (ExcelApi 1.2, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-
        // range-rowhidden-member): true when all rows (columns) of the range are hidden, false when none is, null when some are.
        else if (p === 'rowHidden') v = hiddenState(sheet.hiddenRows, box.top, box.bottom);
        else if (p === 'columnHidden') v = hiddenState(sheet.hiddenColumns, box.left, box.right);
        else throw new FakeOfficeError('InvalidArgument', `the fake does not load Range.${p}`);
        this.loaded.set(p, v);
        out[p] = v;
      }
      this.ctx.respond(out);
    }
  }

  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }

  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get values(): FakeValue[][] {
    return this.get('values');
  }
  set values(matrix: FakeValue[][]) {
    this.writeEach(matrix, (cell, v) => {
      const typed = coerceTyped(v, cell.numberFormat);
      cell.value = typed.value;
      if (typed.formula) cell.formula = typed.formula;
      else delete cell.formula;
      if (typed.error) cell.error = true;
      else delete cell.error;
      if (typed.numberFormat) cell.numberFormat = typed.numberFormat;
    });
  }
  get formulas(): FakeValue[][] {
    return this.get('formulas');
  }
  set formulas(matrix: FakeValue[][]) {
    this.writeEach(matrix, (cell, v) => {
      delete cell.error;
      if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') {
        const f = formulaCell(v);
        cell.formula = f.formula;
        cell.value = f.value;
      } else {
        const typed = coerceTyped(v, cell.numberFormat);
        delete cell.formula;
        cell.value = typed.value;
        if (typed.formula) cell.formula = typed.formula;
        if (typed.numberFormat) cell.numberFormat = typed.numberFormat;
      }
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(matrix: string[][]) {
    this.writeEach(matrix, (cell, nf) => {
      if (nf === 'General') delete cell.numberFormat;
      else cell.numberFormat = nf;
    });
  }

  /** Queues a write of `matrix` over this range, cell by cell, as Excel applies a 2-D setter at the next sync. */
  private writeEach<T>(matrix: T[][], write: (cell: FakeCell, value: T) => void): void {
    this.ctx.enqueue(() => {
      const r = this.at();
      assertWritable(r.sheet);
      checkShape(matrix, r.box);
      assertWholeMerges(r.sheet, r.box);
      for (let row = r.box.top; row <= r.box.bottom; row++)
        for (let col = r.box.left; col <= r.box.right; col++) {
          const v = matrixAt(matrix, r.box, row, col);
          const m = mergeAt(r.sheet, row, col);
          // Inside a merged area that is written whole, only the top-left cell keeps what is written.
          if (m && (row !== m.top || col !== m.left)) continue;
          writeCell(r.sheet, a1(row, col), (cell) => write(cell, v));
        }
    }, jsonBytes(matrix));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((r) => {
      const box = { top: r.box.top + row, left: r.box.left + column, bottom: r.box.top + row, right: r.box.left + column };
      return { sheet: r.sheet, box: inBounds(box) };
    });
  }

  /** Range.getResizedRange (ExcelApi 1.2): the bottom-right corner moved; outside the grid it fails. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.ctx.hostNeeds(2, 'Range.getResizedRange');
    return this.derived((r) => ({ sheet: r.sheet, box: inBounds({ ...r.box, bottom: r.box.bottom + deltaRows, right: r.box.right + deltaColumns }) }));
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return this.derived((r) => {
      const box = intersect(r.box, typeof other === 'string' ? parseBox(other) : other.at().box);
      if (!box) throw new FakeOfficeError('ItemNotFound', 'the ranges do not intersect');
      return { sheet: r.sheet, box };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    this.ctx.hostNeeds(4, 'Range.getIntersectionOrNullObject');
    return this.derived((r) => {
      const box = intersect(r.box, typeof other === 'string' ? parseBox(other) : other.at().box);
      return box ? { sheet: r.sheet, box } : null;
    }, true);
  }

  /** The used part of this range ("If there are no used cells within the range … isNullObject"). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.hostNeeds(4, 'Range.getUsedRangeOrNullObject');
    return this.derived((r) => {
      const box = this.ctx.excel.usedBox(r.sheet, valuesOnly, r.box);
      return box ? { sheet: r.sheet, box } : null;
    }, true);
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9): the cells that hold a formula ("Formulas") or a constant
   * ("Constants"), optionally of one value type, as RangeAreas; a null object when there are none
   * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells).
   */
  getSpecialCellsOrNullObject(cellType: string, valueType?: string): FakeRangeAreas {
    this.ctx.hostNeeds(9, 'Range.getSpecialCellsOrNullObject');
    return new FakeRangeAreas(this.ctx, () => {
      const r = this.at();
      const cells: { row: number; col: number }[] = [];
      for (const [address, cell] of cellEntries(r)) {
        const isFormula = cell.formula !== undefined;
        const hasValue = cell.value !== '' && cell.value !== undefined;
        if (cellType === 'Formulas' ? !isFormula : cellType === 'Constants' ? isFormula || !hasValue : true) continue;
        if (valueType && !matchesValueType(cell, valueType)) continue;
        cells.push(parseCell(address));
      }
      return cells.length ? { sheet: r.sheet, areas: areasOf(cells) } : null;
    });
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): "Note that if the merged areas count in this range is more than
   * 512, then this method will fail to return the result."
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.hostNeeds(13, 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.ctx, () => {
      const r = this.at();
      const areas = r.sheet.merges.filter((m) => intersect(m, r.box));
      if (areas.length > 512) throw new FakeOfficeError('GeneralException', `${areas.length} merged areas in one request`);
      return areas.length ? { sheet: r.sheet, areas } : null;
    });
  }

  /** Range.getCellProperties (ExcelApi 1.9): each cell's own formatting. A cell without a fill reads white, pattern None. */
  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } }; address?: boolean }): FakeClientResult<unknown[][]> {
    this.ctx.hostNeeds(9, 'Range.getCellProperties');
    const result = new FakeClientResult<unknown[][]>();
    this.ctx.enqueue(() => {
      const { sheet, box } = this.at();
      if (cellsIn(box) > RANGE_READ_LIMIT_CELLS) throw new FakeOfficeError('RangeExceedsLimit', `${cellsIn(box)} cells in one read`);
      const value = grid(box, (row, col) => {
        const address = a1(row, col);
        const fill = sheet.cells.get(address)?.fill;
        const props: Record<string, unknown> = {};
        if (options.address) props.address = `${quoteSheet(sheet.name)}!${address}`;
        if (options.format?.fill) {
          const f: Record<string, unknown> = {};
          if (options.format.fill.color) f.color = fill ? `#${fill}` : '#FFFFFF';
          if (options.format.fill.pattern) f.pattern = fill ? 'Solid' : 'None';
          props.format = { fill: f };
        }
        return props;
      });
      result.set(value);
      this.ctx.respond(value);
    });
    return result;
  }

  /**
   * Range.merge (ExcelApi 1.2, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)):
   * "Merge the range cells into one region in the worksheet"; `across` true merges each row of the range on its own.
   * Only the upper-left value stays (support.microsoft.com, "Merge and unmerge cells"). A range that overlaps a
   * merged area in part cannot be merged (Excel's "We can't do that to a merged cell"; the code it uses is not
   * documented).
   */
  merge(across = false): void {
    this.ctx.hostNeeds(2, 'Range.merge');
    this.ctx.enqueue(() => {
      const r = this.at();
      assertWritable(r.sheet);
      assertWholeMerges(r.sheet, r.box);
      const rows = across ? Array.from({ length: r.box.bottom - r.box.top + 1 }, (_, i) => ({ ...r.box, top: r.box.top + i, bottom: r.box.top + i })) : [r.box];
      r.sheet.merges = r.sheet.merges.filter((m) => !intersect(m, r.box));
      for (const box of rows) {
        for (const [address] of cellEntries({ sheet: r.sheet, box })) {
          const { row, col } = parseCell(address);
          if (row !== box.top || col !== box.left) writeCell(r.sheet, address, (c) => ((c.value = ''), delete c.formula));
        }
        if (box.top !== box.bottom || box.left !== box.right) r.sheet.merges.push(box);
      }
      changed(r.sheet);
    });
  }

  /** Range.unmerge (ExcelApi 1.2): "Unmerge the range cells into separate cells": every merged area it touches. */
  unmerge(): void {
    this.ctx.hostNeeds(2, 'Range.unmerge');
    this.ctx.enqueue(() => {
      const r = this.at();
      assertWritable(r.sheet);
      r.sheet.merges = r.sheet.merges.filter((m) => !intersect(m, r.box));
      changed(r.sheet);
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.at();
      this.ctx.excel.activeSheetId = sheet.id;
      this.ctx.excel.selection = { sheet: sheet.name, address: boxAddress(box) };
    });
  }

  clear(applyTo?: string): void {
    this.ctx.enqueue(() => {
      const r = this.at();
      assertWritable(r.sheet);
      // Range.clear: "Clear range values and formatting" (applyTo All, the default), or one of them.
      if (applyTo !== 'Contents') clearFormats(r);
      for (const [address] of cellEntries(r)) {
        if (applyTo === 'Formats')
          writeCell(r.sheet, address, (c) => {
            delete c.fill;
            delete c.numberFormat;
          });
        else if (applyTo === 'Contents')
          writeCell(r.sheet, address, (c) => {
            c.value = '';
            delete c.formula;
            delete c.error;
          });
        else {
          changed(r.sheet);
          r.sheet.cells.delete(address);
        }
      }
    });
  }
}

function hiddenState(hidden: Set<number> | undefined, first: number, last: number): boolean | null {
  let count = 0;
  for (const i of hidden ?? []) if (i >= first && i <= last) count++;
  return count === 0 ? false : count === last - first + 1 ? true : null;
}

function inBounds(box: Box): Box {
  if (box.top < 0 || box.left < 0 || box.bottom >= SHEET_ROWS || box.right >= SHEET_COLS || box.bottom < box.top || box.right < box.left)
    throw new FakeOfficeError('InvalidArgument', 'The range would fall outside the worksheet grid.');
  return box;
}

function matchesValueType(cell: FakeCell, valueType: string): boolean {
  const t = valueType.split(/[,\s]+/);
  if (cell.error) return t.includes('Errors') || t.includes('All');
  if (typeof cell.value === 'number') return t.includes('Numbers') || t.includes('All');
  if (typeof cell.value === 'boolean') return t.includes('Logical') || t.includes('All');
  return t.includes('Text') || t.includes('All');
}

/** Cells grouped into rectangles: runs along each row, stacked where consecutive rows run alike. */
function areasOf(cells: { row: number; col: number }[]): Box[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(col);
  const runs: Box[] = [];
  for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
    cols.sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      runs.push({ top: row, bottom: row, left: start, right: cols[i - 1] });
      start = cols[i];
    }
  }
  const out: Box[] = [];
  // The area each run may extend, by its columns and last row (a search may answer tens of thousands of runs).
  const open = new Map<string, Box>();
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      out.push(run);
      open.set(key, run);
    }
  }
  return out;
}

/** RangeAreas (ExcelApi 1.9): its address lists each area with its sheet, "Sheet1!A1:B4, Sheet1!D1:D4". */
class FakeRangeAreas extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private resolve: () => { sheet: FakeSheet; areas: Box[] } | null,
  ) {
    super(ctx);
  }
  load(spec?: unknown): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(() => {
      const r = this.resolve();
      this.setNull(!r);
      if (!r) return this.ctx.respond(null);
      const out: Record<string, unknown> = {};
      for (const p of paths.length ? paths : ['address']) {
        if (p === 'address') out.address = r.areas.map((b) => `${quoteSheet(r.sheet.name)}!${boxAddress(b)}`).join(', ');
        else if (p === 'areaCount') out.areaCount = r.areas.length;
        else if (p === 'cellCount') out.cellCount = r.areas.reduce((n, b) => n + cellsIn(b), 0);
        else throw new FakeOfficeError('InvalidArgument', `the fake does not load RangeAreas.${p}`);
        this.loaded.set(p, out[p]);
      }
      this.ctx.respond(out);
    });
    return this;
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  /** RangeAreas.areas (ExcelApi 1.9): "Returns a collection of rectangular ranges that comprise this RangeAreas object." */
  get areas(): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, () => {
      const r = this.resolve();
      if (!r) throw new FakeOfficeError('InvalidObjectPath', 'RangeAreas is a null object');
      return r.areas.map((box) => new this.ctx.lib.Range(this.ctx, () => ({ sheet: r.sheet, box })));
    });
  }
}

/** A RangeCollection (ExcelApi 1.9): load('items/address,items/values') loads each range's properties. */
class FakeRangeCollection extends Proxy {
  private ranges: FakeRange[] | null = null;
  constructor(
    ctx: FakeRequestContext,
    private resolveItems: () => FakeRange[],
  ) {
    super(ctx);
  }
  load(spec?: unknown): this {
    const paths = parseLoad(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      const ranges = this.resolveItems();
      for (const range of ranges) range.fill(paths.length ? paths : ['address']);
      this.ranges = ranges;
      this.ctx.respond([]);
    });
    return this;
  }
  get items(): FakeRange[] {
    if (!this.ranges) throw new FakeOfficeError('PropertyNotLoaded', 'items read before load + sync');
    return this.ranges;
  }
}

/** The formatting of every cell in `r`, created where asked. */
function eachFormat(r: Resolved, change: (f: FakeCellFormat) => void): void {
  assertWritable(r.sheet);
  const formats = (r.sheet.formats ??= new Map());
  for (let row = r.box.top; row <= r.box.bottom; row++)
    for (let col = r.box.left; col <= r.box.right; col++) {
      const address = a1(row, col);
      const f = formats.get(address) ?? {};
      change(f);
      formats.set(address, f);
    }
}

function clearFormats(r: Resolved): void {
  const formats = r.sheet.formats;
  if (formats)
    for (const address of [...formats.keys()]) {
      const { row, col } = parseCell(address);
      if (inside(r.box, row, col)) formats.delete(address);
    }
  if (r.whole) r.sheet.autofitRows?.clear();
}

/**
 * Range.format (learn.microsoft.com/javascript/api/excel/excel.rangeformat), the members the add-in sets, all
 * ExcelApi 1.1 but autofitRows (1.2): columnWidth "Specifies the width of all columns within the range" in points;
 * wrapText "Specifies if Excel wraps the text in the object"; verticalAlignment; font.bold; autofitRows() "Changes the
 * height of the rows of the current range to achieve the best fit, based on the current data in the columns".
 * Setting them queues like any property; reading them is not modelled (the add-in never reads them).
 */
class FakeRangeFormat {
  constructor(
    private ctx: FakeRequestContext,
    private range: FakeRange,
  ) {}
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.ctx, this.range);
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.ctx, this.range);
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const r = this.range.at();
      assertWritable(r.sheet);
      if (!(points >= 0)) throw new FakeOfficeError('InvalidArgument', `column width ${points}`);
      const widths = (r.sheet.columnWidths ??= new Map());
      for (let col = r.box.left; col <= r.box.right; col++) widths.set(col, points);
    });
  }
  set wrapText(value: boolean) {
    this.ctx.enqueue(() => eachFormat(this.range.at(), (f) => (f.wrapText = value)));
  }
  set verticalAlignment(value: string) {
    this.ctx.enqueue(() => eachFormat(this.range.at(), (f) => (f.verticalAlignment = value)));
  }
  autofitRows(): void {
    this.ctx.hostNeeds(2, 'RangeFormat.autofitRows');
    this.ctx.enqueue(() => {
      const r = this.range.at();
      assertWritable(r.sheet);
      const rows = (r.sheet.autofitRows ??= new Set());
      for (let row = r.box.top; row <= r.box.bottom; row++) rows.add(row);
    });
  }
}

class FakeRangeFont {
  constructor(
    private ctx: FakeRequestContext,
    private range: FakeRange,
  ) {}
  set bold(value: boolean) {
    this.ctx.enqueue(() => eachFormat(this.range.at(), (f) => (f.bold = value)));
  }
}

/**
 * Worksheet.pageLayout (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.pagelayout): orientation
 * ("Portrait" | "Landscape"), paperSize (Excel.PaperType, "A4"…), zoom ("The PageLayoutZoomOptions object must be set
 * as a JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)"; scale "between 10 and 400"), and
 * setPrintTitleRows(range) "Sets the rows that contain the cells to be repeated at the top of each page for printing".
 */
class FakePageLayout {
  constructor(
    private ctx: FakeRequestContext,
    private ws: FakeWorksheet,
  ) {}
  private set(change: (p: FakePageLayoutState) => void): void {
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      assertWritable(s);
      change((s.pageLayout ??= {}));
    });
  }
  set orientation(value: string) {
    if (value !== 'Portrait' && value !== 'Landscape') throw new FakeOfficeError('InvalidArgument', `orientation ${value}`);
    this.set((p) => (p.orientation = value));
  }
  set paperSize(value: string) {
    this.set((p) => (p.paperSize = value));
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    if (value.scale !== undefined && (value.scale < 10 || value.scale > 400)) throw new FakeOfficeError('InvalidArgument', `zoom scale ${value.scale}`);
    const copy = { ...value };
    this.set((p) => (p.zoom = copy));
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    throw new FakeOfficeError('PropertyNotLoaded', 'set zoom as a whole object; the fake does not load it');
  }
  setPrintTitleRows(rows: string | FakeRange): void {
    this.set((p) => (p.printTitleRows = typeof rows === 'string' ? rows : boxAddress(rows.at().box)));
  }
}

class FakeRangeFill {
  constructor(
    private ctx: FakeRequestContext,
    private range: FakeRange,
  ) {}
  set color(value: string) {
    this.ctx.enqueue(() => {
      const r = this.range.at();
      assertWritable(r.sheet);
      assertWholeMerges(r.sheet, r.box);
      const hex = value.replace(/^#/, '').toUpperCase();
      for (let row = r.box.top; row <= r.box.bottom; row++)
        for (let col = r.box.left; col <= r.box.right; col++) writeCell(r.sheet, a1(row, col), (c) => (c.fill = hex));
    }, value.length);
  }
  get color(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'use getCellProperties to read fills');
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const r = this.range.at();
      assertWritable(r.sheet);
      assertWholeMerges(r.sheet, r.box);
      for (const [address] of cellEntries(r)) writeCell(r.sheet, address, (c) => delete c.fill);
    });
  }
}

function parseCellAddress(text: string | FakeRange): string | (() => string) {
  if (typeof text !== 'string') return () => a1(text.at().box.top, text.at().box.left);
  const local = text.includes('!') ? text.slice(text.lastIndexOf('!') + 1) : text;
  const { row, col } = parseCell(local);
  return a1(row, col);
}

function addressNow(a: string | (() => string)): string {
  return typeof a === 'string' ? a : a();
}

/** Notes can sit on one cell only, not inside a merged area, and not beside a threaded comment. */
function assertNoteCell(sheet: FakeSheet, address: string): void {
  assertWritable(sheet);
  const { row, col } = parseCell(address);
  const m = mergeAt(sheet, row, col);
  if (m && (m.top !== row || m.left !== col)) throw new FakeOfficeError('InvalidOperation', `Cannot change part of a merged cell (${boxAddress(m)}).`);
  // A cell holds either a note or a threaded comment (support.microsoft.com, "The difference between threaded
  // comments and notes", linked from excel-add-ins-notes); the error code Excel uses is not documented.
  if (sheet.comments.has(address)) throw new FakeOfficeError('InvalidOperation', `cell ${address} has a threaded comment`);
}

class FakeNoteCollection extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  get items(): FakeNote[] {
    return this.get('items');
  }
  load(_spec?: unknown): this {
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      const items = [...s.notes.keys()].map((address) => {
        const note = new FakeNote(this.ctx, this.ws, address, false);
        note.fillContent();
        return note;
      });
      this.loaded.set('items', items);
    });
    return this;
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue(() => {
      result.set(this.ws.sheet().notes.size);
      this.ctx.respond(result.value);
    });
    return result;
  }
  add(cellAddress: string | FakeRange, content: string): FakeNote {
    const address = parseCellAddress(cellAddress);
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      const at = addressNow(address);
      assertNoteCell(s, at);
      if (s.notes.has(at)) throw new FakeOfficeError('InvalidArgument', `cell ${at} already has a note`);
      s.notes.set(at, content);
    }, content.length * 3);
    return new FakeNote(this.ctx, this.ws, address, false);
  }
  getItem(key: string): FakeNote {
    return new FakeNote(this.ctx, this.ws, parseCellAddress(key), false);
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ctx, this.ws, parseCellAddress(key), true);
  }
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private ws: FakeWorksheet,
    private address: string | (() => string),
    private orNull: boolean,
  ) {
    super(ctx);
  }
  private current(): string | undefined {
    return this.ws.sheet().notes.get(addressNow(this.address));
  }
  fillContent(): void {
    const content = this.current();
    this.setNull(content === undefined);
    if (content === undefined) {
      if (!this.orNull) throw new FakeOfficeError('ItemNotFound', `no note at ${addressNow(this.address)}`);
      return this.ctx.respond(null);
    }
    this.loaded.set('content', content);
    this.ctx.respond({ content });
  }
  load(_spec?: unknown): this {
    this.ctx.enqueue(() => this.fillContent());
    return this;
  }
  get content(): string {
    return this.get('content');
  }
  set content(value: string) {
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      const at = addressNow(this.address);
      if (!s.notes.has(at)) throw new FakeOfficeError('ItemNotFound', `no note at ${at}`);
      assertWritable(s);
      s.notes.set(at, value);
    }, value.length * 3);
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      const at = addressNow(this.address);
      if (!s.notes.has(at)) throw new FakeOfficeError('ItemNotFound', `no note at ${at}`);
      assertWritable(s);
      s.notes.delete(at);
    });
  }
}

/** Threaded comments: each thread is tied to a single cell (excel-add-ins-comments). */
class FakeCommentCollection extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue(() => {
      result.set(this.ws.sheet().comments.size);
      this.ctx.respond(result.value);
    });
    return result;
  }
  /** The comment at a position in the collection (its cells in address order). */
  getItemAt(index: number): FakeComment {
    return new FakeComment(this.ctx, () => {
      const s = this.ws.sheet();
      const address = [...s.comments.keys()].sort(byPosition)[index];
      if (!address) throw new FakeOfficeError('ItemNotFound', `no comment at index ${index}`);
      return { sheet: s, address };
    });
  }
  /** "Gets the comment from the specified cell"; it fails when the cell has none (there is no OrNullObject form). */
  getItemByCell(cellAddress: string): FakeComment {
    const address = parseCellAddress(cellAddress) as string;
    return new FakeComment(this.ctx, () => {
      const s = this.ws.sheet();
      if (!s.comments.has(address)) throw new FakeOfficeError('ItemNotFound', `no comment at ${address}`);
      return { sheet: s, address };
    });
  }
  add(cellAddress: string, content: string): void {
    const address = parseCellAddress(cellAddress) as string;
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      assertWritable(s);
      if (s.notes.has(address)) throw new FakeOfficeError('InvalidOperation', `cell ${address} has a note`);
      s.comments.set(address, content);
    });
  }
}

function byPosition(a: string, b: string): number {
  const pa = parseCell(a);
  const pb = parseCell(b);
  return pa.row - pb.row || pa.col - pb.col;
}

class FakeComment extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private resolve: () => { sheet: FakeSheet; address: string },
  ) {
    super(ctx);
  }
  load(_spec?: unknown): this {
    this.ctx.enqueue(() => {
      const { sheet, address } = this.resolve();
      this.loaded.set('content', sheet.comments.get(address));
      this.ctx.respond({ content: sheet.comments.get(address) });
    });
    return this;
  }
  get content(): string {
    return this.get('content');
  }
  getLocation(): FakeRange {
    return new this.ctx.lib.Range(this.ctx, () => {
      const { sheet, address } = this.resolve();
      return { sheet, box: parseBox(address) };
    });
  }
}

class FakeSettingCollection extends Proxy {
  add(key: string, value: unknown): FakeSetting {
    const copy = JSON.parse(JSON.stringify(value));
    this.ctx.enqueue(() => this.ctx.excel.settings.set(key, copy), jsonBytes(value));
    return new FakeSetting(this.ctx, key, false);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, true);
  }
}

class FakeSetting extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private settingKey: string,
    private orNull: boolean,
  ) {
    super(ctx);
  }
  load(spec?: unknown): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(() => {
      const has = this.ctx.excel.settings.has(this.settingKey);
      this.setNull(!has);
      if (!has && !this.orNull) throw new FakeOfficeError('ItemNotFound', `no setting ${this.settingKey}`);
      if (!has) return this.ctx.respond(null);
      this.loaded.set('key', this.settingKey);
      const out: Record<string, unknown> = { key: this.settingKey };
      if (!paths.length || paths.includes('value')) this.loaded.set('value', (out.value = JSON.parse(JSON.stringify(this.ctx.excel.settings.get(this.settingKey)))));
      this.ctx.respond(out);
    });
    return this;
  }
  get key(): string {
    return this.get('key');
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(v: unknown) {
    const copy = JSON.parse(JSON.stringify(v));
    this.ctx.enqueue(() => this.ctx.excel.settings.set(this.settingKey, copy), jsonBytes(v));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.settings.delete(this.settingKey);
    });
  }
}

// ---------- the library's classes, as an office.js of a given version defines them ----------

export interface FakeLibrary {
  Workbook: new (ctx: FakeRequestContext) => FakeWorkbook;
  WorksheetCollection: new (ctx: FakeRequestContext) => FakeWorksheetCollection;
  Worksheet: new (ctx: FakeRequestContext, resolve: SheetResolver, orNull?: boolean) => FakeWorksheet;
  Range: new (ctx: FakeRequestContext, resolve: () => Resolved | null, orNull?: boolean) => FakeRange;
  NoteCollection?: unknown;
  CommentCollection: unknown;
  /** ExcelApi 1.20 added this class with mergeUndoGroup: a library that has one knows the other. */
  CustomFunctionManager?: unknown;
}

const libraries = new Map<number, FakeLibrary>();

/** Subclasses in which every member newer than `minor` is absent, as it is from an older office.js. */
function libraryFor(minor: number): FakeLibrary {
  let lib = libraries.get(minor);
  if (!lib) {
    const gate = <C extends abstract new (...args: never[]) => object>(base: C, name: string): C => {
      const gated = class extends (base as unknown as new (...args: unknown[]) => object) {} as unknown as C;
      for (const [member, since] of Object.entries(SINCE[name] ?? {}))
        if (since > minor) Object.defineProperty(gated.prototype, member, { value: undefined, configurable: true });
      return gated;
    };
    lib = {
      Workbook: gate(FakeWorkbook, 'Workbook'),
      WorksheetCollection: gate(FakeWorksheetCollection, 'WorksheetCollection'),
      Worksheet: gate(FakeWorksheet, 'Worksheet'),
      Range: gate(FakeRange, 'Range'),
      CommentCollection: gate(FakeCommentCollection, 'CommentCollection'),
      ...(minor >= 18 ? { NoteCollection: FakeNoteCollection } : {}),
      ...(minor >= 20 ? { CustomFunctionManager: class CustomFunctionManager {} } : {}),
    };
    libraries.set(minor, lib);
  }
  return lib;
}
