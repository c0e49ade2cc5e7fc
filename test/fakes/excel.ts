// A fake of the part of the Excel JavaScript object model that src/excel uses. Plain TypeScript with no jest or
// Node dependencies, so browser tests can bundle it too.
//
// It keeps Office.js's batching semantics: every property set, method call and load is queued and only runs at
// context.sync(), in order; a loaded property read before its sync throws PropertyNotLoaded. sync() calls are
// counted on the FakeExcel, which is what the adapter's "two syncs per recalculation" tests rely on.
import { cellAddress, parseAddress } from '../../src/core/grid';

export type FakeValue = number | string | boolean;

export interface FakeCell {
  value: FakeValue;
  /** Formula text ("=G11/D11") when the cell holds a formula; `value` is then its cached result. */
  formula?: string;
  numberFormat?: string;
  /** RGB hex without '#', or undefined for no fill. */
  fill?: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  notes: Map<string, string>;
}

export interface FakeOptions {
  /** ExcelApi minor versions the fake host claims (default 20: mergeUndoGroup and notes both exist). */
  apiMinor?: number;
}

export class FakeOfficeError extends Error {
  constructor(public code: string, message?: string) {
    super(message ?? code);
    this.name = 'OfficeExtension.Error';
  }
}

// ---------- addresses ----------

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const a1 = cellAddress;

function parseCell(text: string): { row: number; col: number } {
  try {
    return parseAddress(text);
  } catch {
    throw new FakeOfficeError('InvalidArgument', `bad address ${text}`);
  }
}

function parseBox(address: string): Box {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to] = local.split(':');
  const a = parseCell(from);
  const b = to ? parseCell(to) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function boxAddress(box: Box): string {
  const first = a1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? first : `${first}:${a1(box.bottom, box.right)}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
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

// ---------- the workbook state ----------

export class FakeExcel {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  /** Workbook structure protection (no sheets can be added). */
  structureProtected = false;
  /** While true every sync fails like Excel does when the user is editing a cell. */
  cellEditMode = false;
  /** While true a batch run with mergeUndoGroup fails at its first sync with UndoNotSupported, having done nothing. */
  refuseUndoGroup = false;
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncCount = 0;
  /** Calls Excel documents as clearing the user's undo stack (Worksheet.delete; Worksheet.visibility on desktop). */
  undoStackClearingCalls: string[] = [];
  /** Options passed to each run(), e.g. { mergeUndoGroup: true }. */
  runs: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean }[] = [];
  readonly apiMinor: number;
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.apiMinor = options.apiMinor ?? 20;
  }

  addSheet(name: string, rows: (FakeValue | null | undefined)[][] = [], origin = 'A1'): FakeSheet {
    const sheet: FakeSheet = { id: `{sheet-${this.nextId++}}`, name, visibility: 'Visible', protected: false, cells: new Map(), notes: new Map() };
    const start = parseCell(origin);
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        const cell: FakeCell = { value };
        if (typeof value === 'string' && value.startsWith('=')) {
          cell.formula = value;
          cell.value = '';
        }
        sheet.cells.set(a1(start.row + r, start.col + c), cell);
      }),
    );
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
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

  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Like Excel.run: a fresh context per batch; options recorded. */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>, options: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean } = {}): Promise<T> {
    this.runs.push(options);
    const context = this.context();
    if (options.mergeUndoGroup && this.refuseUndoGroup) context.failWith = 'UndoNotSupported';
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
      })),
      settings: Object.fromEntries(this.settings),
    };
  }

  // internal helpers used by the proxies

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  newSheet(name: string): FakeSheet {
    if (this.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
    return this.addSheet(name);
  }

  usedBox(sheet: FakeSheet, valuesOnly: boolean): Box | null {
    let box: Box | null = null;
    for (const [address, cell] of sheet.cells) {
      const hasValue = cell.formula !== undefined || (cell.value !== '' && cell.value !== null && cell.value !== undefined);
      const hasFormat = cell.fill !== undefined || (cell.numberFormat !== undefined && cell.numberFormat !== 'General');
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const { row, col } = parseCell(address);
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

function isBlankCell(c: FakeCell): boolean {
  return (c.value === '' || c.value === undefined) && c.formula === undefined && c.fill === undefined && (c.numberFormat === undefined || c.numberFormat === 'General');
}

// ---------- proxies ----------

type Op = () => void;

export class FakeRequestContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  /** An error code every sync of this context fails with, before running anything. */
  failWith: string | null = null;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.excel.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.excel.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (this.failWith) throw new FakeOfficeError(this.failWith);
    for (const op of ops) op();
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
    if (!this.loaded.has(name)) throw new FakeOfficeError('PropertyNotLoaded', `${name} read before load + sync`);
    return this.loaded.get(name) as T;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(private ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
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
    this.ctx.enqueue(() => this.loaded.set('protected', this.ctx.excel.structureProtected));
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
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.fill(paths.length ? paths : ['name', 'visibility', 'id']);
        return ws;
      });
      this.loaded.set('items', items);
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.excel.findSheet(name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.findSheet(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheets.find((s) => s.id === this.ctx.excel.activeSheetId) ?? this.ctx.excel.sheets[0]);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      created = this.ctx.excel.newSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError('ItemNotFound', `sheet ${name} was not added`);
      return created;
    });
  }
}

type SheetResolver = () => FakeSheet | null;

export class FakeWorksheet extends Proxy {
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  constructor(ctx: FakeRequestContext, readonly resolve: SheetResolver, private orNull = false) {
    super(ctx);
    this.protection = new FakeWorksheetProtection(ctx, this);
    this.notes = new FakeNoteCollection(ctx, this);
  }

  /** The sheet, at op time; throws ItemNotFound when it is gone. */
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'worksheet is a null object');
    if (this.orNull) {
      /* a null-object-capable proxy that did resolve */
    }
    return s;
  }

  /** Fills loaded properties right now (used from inside queued ops). */
  fill(paths: string[]): void {
    const s = this.resolve();
    this.setNull(!s);
    if (!s) return;
    for (const p of paths) {
      if (p === 'name') this.loaded.set('name', s.name);
      else if (p === 'visibility') this.loaded.set('visibility', s.visibility);
      else if (p === 'id') this.loaded.set('id', s.id);
      else if (p === 'protection/protected') this.protection.setLoaded(s.protected);
    }
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

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, box: address ? parseBox(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 }, whole: !address };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, box: this.ctx.excel.usedBox(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.resolve();
        if (!s) return null;
        const box = this.ctx.excel.usedBox(s, valuesOnly);
        return box ? { sheet: s, box } : null;
      },
      true,
    );
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
  constructor(ctx: FakeRequestContext, private ws: FakeWorksheet) {
    super(ctx);
  }
  setLoaded(value: boolean): void {
    this.loaded.set('protected', value);
  }
  get protected(): boolean {
    return this.get('protected');
  }
  load(_spec?: unknown): this {
    this.ctx.enqueue(() => this.loaded.set('protected', this.ws.sheet().protected));
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
  const cell = sheet.cells.get(address) ?? { value: '' };
  change(cell);
  if (isBlankCell(cell)) sheet.cells.delete(address);
  else sheet.cells.set(address, cell);
}

function cellEntries(r: Resolved): [string, FakeCell][] {
  // Whole-sheet ranges touch only cells that exist.
  if (r.whole) return [...r.sheet.cells.entries()];
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

/** What Excel does with a typed string: "14.30%" becomes 0.143 unless the cell is formatted as text. */
function coerceTyped(value: unknown, numberFormat: string | undefined): { value: FakeValue; formula?: string; numberFormat?: string } {
  if (typeof value === 'string') {
    if (value.startsWith('=') && numberFormat !== '@') return { value: '', formula: value };
    if (numberFormat !== '@') {
      const pct = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
      if (pct) return { value: Number(pct[1]) / 100, numberFormat: numberFormat && numberFormat !== 'General' ? numberFormat : '0.00%' };
      if (/^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return { value: Number(value) };
    }
    return { value };
  }
  return { value: value as FakeValue };
}

export class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeRequestContext, readonly resolve: () => Resolved | null, private orNull = false) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
  }

  at(): Resolved {
    const r = this.resolve();
    if (!r) throw new FakeOfficeError(this.orNull ? 'InvalidObjectPath' : 'ItemNotFound', 'range is a null object');
    return r;
  }

  load(spec?: unknown): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(() => {
      const r = this.resolve();
      this.setNull(!r);
      if (!r) return;
      const { sheet, box } = r;
      const cellOf = (row: number, col: number) => sheet.cells.get(a1(row, col));
      for (const p of paths.length ? paths : ['address', 'values']) {
        if (p === 'address') this.loaded.set('address', `${quoteSheet(sheet.name)}!${boxAddress(box)}`);
        else if (p === 'values') this.loaded.set('values', grid(box, (row, col) => cellOf(row, col)?.value ?? ''));
        else if (p === 'formulas') this.loaded.set('formulas', grid(box, (row, col) => cellOf(row, col)?.formula ?? cellOf(row, col)?.value ?? ''));
        else if (p === 'numberFormat') this.loaded.set('numberFormat', grid(box, (row, col) => cellOf(row, col)?.numberFormat ?? 'General'));
        else if (p === 'rowCount') this.loaded.set('rowCount', box.bottom - box.top + 1);
        else if (p === 'columnCount') this.loaded.set('columnCount', box.right - box.left + 1);
        else throw new FakeOfficeError('InvalidArgument', `the fake does not load Range.${p}`);
      }
    });
    return this;
  }

  get address(): string {
    return this.get('address');
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
      if (typed.numberFormat) cell.numberFormat = typed.numberFormat;
    });
  }
  get formulas(): FakeValue[][] {
    return this.get('formulas');
  }
  set formulas(matrix: FakeValue[][]) {
    this.writeEach(matrix, (cell, v) => {
      if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') {
        cell.formula = v;
        cell.value = '';
      } else {
        const typed = coerceTyped(v, cell.numberFormat);
        delete cell.formula;
        cell.value = typed.value;
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
  private writeEach<T>(matrix: T[][], write: (cell: Parameters<Parameters<typeof writeCell>[2]>[0], value: T) => void): void {
    this.ctx.enqueue(() => {
      const r = this.at();
      assertWritable(r.sheet);
      checkShape(matrix, r.box);
      for (let row = r.box.top; row <= r.box.bottom; row++)
        for (let col = r.box.left; col <= r.box.right; col++) {
          const v = matrixAt(matrix, r.box, row, col);
          writeCell(r.sheet, a1(row, col), (cell) => write(cell, v));
        }
    });
  }

  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } }; address?: boolean }): { value: unknown[][] } {
    const result: { value: unknown[][]; loaded: boolean } = { value: [], loaded: false };
    this.ctx.enqueue(() => {
      const { sheet, box } = this.at();
      result.value = grid(box, (row, col) => {
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
      result.loaded = true;
    });
    return {
      get value() {
        if (!result.loaded) throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult read before sync');
        return result.value;
      },
    };
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
      for (const [address] of cellEntries(r)) {
        if (applyTo === 'Formats') writeCell(r.sheet, address, (c) => {
          delete c.fill;
          delete c.numberFormat;
        });
        else if (applyTo === 'Contents') writeCell(r.sheet, address, (c) => {
          c.value = '';
          delete c.formula;
        });
        else r.sheet.cells.delete(address);
      }
    });
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  constructor(ctx: FakeRequestContext, range: FakeRange) {
    this.fill = new FakeRangeFill(ctx, range);
  }
}

class FakeRangeFill {
  constructor(private ctx: FakeRequestContext, private range: FakeRange) {}
  set color(value: string) {
    this.ctx.enqueue(() => {
      const r = this.range.at();
      assertWritable(r.sheet);
      const hex = value.replace(/^#/, '').toUpperCase();
      for (let row = r.box.top; row <= r.box.bottom; row++)
        for (let col = r.box.left; col <= r.box.right; col++) writeCell(r.sheet, a1(row, col), (c) => (c.fill = hex));
    });
  }
  get color(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'use getCellProperties to read fills');
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const r = this.range.at();
      assertWritable(r.sheet);
      for (const [address] of cellEntries(r)) writeCell(r.sheet, address, (c) => delete c.fill);
    });
  }
}

class FakeNoteCollection extends Proxy {
  constructor(ctx: FakeRequestContext, private ws: FakeWorksheet) {
    super(ctx);
  }
  get items(): FakeNote[] {
    return this.get('items');
  }
  private requireApi(): void {
    if (this.ctx.excel.apiMinor < 18) throw new FakeOfficeError('ApiNotFound', 'Worksheet.notes needs ExcelApi 1.18');
  }
  load(_spec?: unknown): this {
    this.requireApi();
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      this.loaded.set(
        'items',
        [...s.notes.keys()].map((address) => {
          const note = new FakeNote(this.ctx, this.ws, address, false);
          note.fillContent();
          return note;
        }),
      );
    });
    return this;
  }
  add(cellAddress: string, content: string): FakeNote {
    this.requireApi();
    const address = parseCellAddress(cellAddress);
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'protected sheet');
      if (s.notes.has(address)) throw new FakeOfficeError('InvalidArgument', `cell ${address} already has a note`);
      s.notes.set(address, content);
    });
    return new FakeNote(this.ctx, this.ws, address, false);
  }
  getItem(key: string): FakeNote {
    this.requireApi();
    return new FakeNote(this.ctx, this.ws, parseCellAddress(key), false);
  }
  getItemOrNullObject(key: string): FakeNote {
    this.requireApi();
    return new FakeNote(this.ctx, this.ws, parseCellAddress(key), true);
  }
}

function parseCellAddress(text: string): string {
  const local = text.includes('!') ? text.slice(text.lastIndexOf('!') + 1) : text;
  const { row, col } = parseCell(local);
  return a1(row, col);
}

class FakeNote extends Proxy {
  constructor(ctx: FakeRequestContext, private ws: FakeWorksheet, private address: string, private orNull: boolean) {
    super(ctx);
  }
  private current(): string | undefined {
    return this.ws.sheet().notes.get(this.address);
  }
  fillContent(): void {
    const content = this.current();
    this.setNull(content === undefined);
    if (content === undefined) {
      if (!this.orNull) throw new FakeOfficeError('ItemNotFound', `no note at ${this.address}`);
      return;
    }
    this.loaded.set('content', content);
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
      if (!s.notes.has(this.address)) throw new FakeOfficeError('ItemNotFound', `no note at ${this.address}`);
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'protected sheet');
      s.notes.set(this.address, value);
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.ws.sheet();
      if (!s.notes.has(this.address)) throw new FakeOfficeError('ItemNotFound', `no note at ${this.address}`);
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'protected sheet');
      s.notes.delete(this.address);
    });
  }
}

class FakeSettingCollection extends Proxy {
  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue(() => this.ctx.excel.settings.set(key, JSON.parse(JSON.stringify(value))));
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
  constructor(ctx: FakeRequestContext, private key: string, private orNull: boolean) {
    super(ctx);
  }
  load(_spec?: unknown): this {
    this.ctx.enqueue(() => {
      const has = this.ctx.excel.settings.has(this.key);
      this.setNull(!has);
      if (!has && !this.orNull) throw new FakeOfficeError('ItemNotFound', `no setting ${this.key}`);
      if (has) {
        this.loaded.set('value', JSON.parse(JSON.stringify(this.ctx.excel.settings.get(this.key))));
        this.loaded.set('key', this.key);
      }
    });
    return this;
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(v: unknown) {
    this.ctx.enqueue(() => this.ctx.excel.settings.set(this.key, JSON.parse(JSON.stringify(v))));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.settings.delete(this.key);
    });
  }
}
