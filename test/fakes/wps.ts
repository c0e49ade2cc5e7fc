// A fake of the WPS 表格 JavaScript object model (window.Application in a WPS 加载项), the part src/wps uses.
// Plain TypeScript with no jest or Node dependencies, so the browser tests can bundle it too.
//
// Every behaviour follows a documentation page; the pages are listed in docs/wps-api.md and named here as
//   [ET:Range.Value2] and so on. It is deliberately no kinder than WPS:
// - every property read, property write and method call counts as one call across the bridge (`calls`): the WPS
//   object model is a synchronous COM-style bridge [wpsjs: et template js/ribbon.js; et-jsapi-declare index.d.ts];
// - one cell's Value2 / Formula is a scalar, an area's is rows of cells; an empty cell reads undefined
//   [ET:Range.Value2] [MS:Range.Value "2-dimensional array"];
// - error cells read back as their CVErr numbers (#DIV/0! is -2146826281) [MS:Cell error values];
// - NumberFormat, Interior.Color/Pattern, HasFormula and MergeCells of an area whose cells differ read null
//   [ET:Range.HasFormula] [ET:Range.MergeCells] [MS:Range.NumberFormat];
// - colours are BGR numbers: RGB(255, 199, 206) = 255 + 199·256 + 206·65536 [ET:Interior.Color];
// - MergeArea is for single cells only [ET:Range.MergeArea];
// - a string put into Value2 is read as if typed: "12" becomes a number, "=A1" a formula, unless the cell is
//   formatted "@" [MS:Range.Value];
// - a 2-D array smaller than the range fills the rest with #N/A [MS:Range.Value];
// - every write to a protected sheet throws and changes nothing [ET:Worksheet.ProtectContents];
// - AddComment on a cell that has a comment throws [ET:Range.AddComment];
// - UsedRange counts cells holding only a format or fill too [MS:Worksheet.UsedRange];
// - Worksheets.Item is 1-based and throws past Count; Worksheets.Add puts the new sheet before the active one and
//   activates it; a structure-protected workbook refuses to add or delete sheets [ET:Worksheets.Item]
//   [ET:Worksheets.Add] [ET:Workbook.ProtectStructure];
// - Worksheet.Delete asks the person to confirm unless Application.DisplayAlerts is false [MS:Worksheet.Delete];
// - PluginStorage is shared by the add-in's pages and not kept when WPS closes [et-jsapi-declare index.d.ts].
import { cellAddress, parseAddress } from '../../src/core/grid';

export type FakeEtValue = number | string | boolean;

export interface FakeEtCell {
  value?: FakeEtValue;
  /** An error value shown as its text ("#DIV/0!"). */
  error?: string;
  formula?: string;
  numberFormat?: string;
  /** BGR number of a solid fill; undefined for none. */
  color?: number;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeEtSheet {
  name: string;
  visible: number;
  protectContents: boolean;
  cells: Map<string, FakeEtCell>;
  merges: Box[];
  comments: Map<string, string>;
  /** Formatting the add-in sets on its own sheets (bold, wrap, vertical alignment), by cell. */
  formats?: Map<string, { bold?: boolean; wrapText?: boolean; verticalAlignment?: number }>;
  /** Column widths in characters, by 0-based column. */
  columnWidths?: Map<number, number>;
  /** Rows (0-based) fitted to their text by Rows.AutoFit(). */
  autofitRows?: Set<number>;
  /** PageSetup as set; undefined: WPS's defaults. */
  pageSetup?: Partial<{ Orientation: number; PaperSize: number; Zoom: number | false; FitToPagesWide: number | false; FitToPagesTall: number | false; PrintTitleRows: string }>;
}

/** CVErr numbers of Excel's error values, as COM (and so WPS) hands them to script. */
export const ERROR_CODES: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export class FakeWpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WpsApiError';
  }
}

export const rgbToBgr = (hex: string): number => {
  const n = parseInt(hex.replace(/^#/, ''), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
};

function parseBox(address: string): Box {
  const local = address.replace(/\$/g, '').slice(address.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  let a: { row: number; col: number };
  let b: { row: number; col: number };
  try {
    a = parseAddress(from);
    b = parseAddress(to);
  } catch {
    throw new FakeWpsError(`无效的单元格引用：${address}`);
  }
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function boxAddress(box: Box): string {
  const abs = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const first = abs(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? first : `${first}:${abs(box.bottom, box.right)}`;
}

const single = (box: Box) => box.top === box.bottom && box.left === box.right;
const inBox = (b: Box, row: number, col: number) => b.top <= row && row <= b.bottom && b.left <= col && col <= b.right;

function eachCell(box: Box, fn: (row: number, col: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(r, c);
}

function isBlank(c: FakeEtCell): boolean {
  return c.value === undefined && c.error === undefined && c.formula === undefined && c.color === undefined && c.numberFormat === undefined;
}

/** What WPS does with a value put into a cell, as if typed [MS:Range.Value]. */
function typed(value: unknown, numberFormat: string | undefined): Pick<FakeEtCell, 'value' | 'formula' | 'numberFormat' | 'error'> {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  const text = String(value);
  if (numberFormat === '@') return { value: text };
  if (text.startsWith('=')) return { formula: text };
  if (text in ERROR_CODES) return { error: text };
  const pct = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  if (pct) return { value: Number(pct[1]) / 100, numberFormat: numberFormat && numberFormat !== 'General' ? numberFormat : `0${pct[1].includes('.') ? '.' + '0'.repeat(pct[1].split('.')[1].length) : ''}%` };
  if (/^\s*-?\d+(?:\.\d+)?\s*$/.test(text)) return { value: Number(text) };
  return { value: text };
}

export class FakeWps {
  /** Calls across the bridge: every property read, property write and method call. */
  calls = 0;
  sheets: FakeEtSheet[] = [];
  workbookName = '部门整体绩效自评表.xlsx';
  protectStructure = false;
  /** No workbook open (WPS shows its start page). */
  noWorkbook = false;
  displayAlerts = true;
  /** Deletes WPS would have asked the person to confirm (Application.DisplayAlerts was true). */
  deletePrompts: string[] = [];
  activeSheet: FakeEtSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  taskPanes: FakeTaskPane[] = [];
  pluginStorage = new Map<string, string | number | boolean>();
  /** false: a WPS whose JSAPI has no Worksheet.PageSetup (reading it throws). */
  pageSetupAvailable = true;
  /** What a formula cell reads back when the fake is asked (tests set the cached results). */
  readonly Application: FakeApplication;

  constructor() {
    this.Application = new FakeApplication(this);
  }

  tick(): void {
    this.calls++;
  }

  addSheet(name: string, rows: (FakeEtValue | null | undefined)[][] = [], origin = 'A1'): FakeEtSheet {
    const sheet: FakeEtSheet = { name, visible: -1, protectContents: false, cells: new Map(), merges: [], comments: new Map() };
    const start = parseAddress(origin);
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        sheet.cells.set(cellAddress(start.row + r, start.col + c), typeof value === 'string' && value.startsWith('=') ? { formula: value } : { value });
      }),
    );
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeEtSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeEtCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  merge(sheet: string, range: string): void {
    this.sheet(sheet).merges.push(parseBox(range));
  }

  /** A plain, comparable copy of everything a person could see in the workbook. */
  dump(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visible: s.visible,
      cells: Object.fromEntries([...s.cells.entries()].filter(([, c]) => !isBlank(c)).sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c }])),
      comments: Object.fromEntries([...s.comments.entries()].sort(([a], [b]) => a.localeCompare(b))),
      merges: s.merges.map(boxAddress),
    }));
  }

  // ---- helpers for the proxies ----

  mergeOf(sheet: FakeEtSheet, row: number, col: number): Box | undefined {
    return sheet.merges.find((m) => inBox(m, row, col));
  }

  writable(sheet: FakeEtSheet): void {
    // [ET:Worksheet.ProtectContents]: a protected sheet takes no change from the object model either.
    if (sheet.protectContents) throw new FakeWpsError(`您试图更改的单元格或图表位于受保护的工作表“${sheet.name}”中。`);
  }

  usedBox(sheet: FakeEtSheet): Box {
    let box: Box | null = null;
    for (const [address, cell] of sheet.cells) {
      if (isBlank(cell)) continue;
      const { row, col } = parseAddress(address);
      box = box ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) } : { top: row, left: col, bottom: row, right: col };
    }
    for (const a of sheet.comments.keys()) {
      const { row, col } = parseAddress(a);
      box = box ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) } : { top: row, left: col, bottom: row, right: col };
    }
    return box ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }
}

class FakeApplication {
  constructor(private readonly wps: FakeWps) {}
  private storage?: FakePluginStorage;
  ribbonUI?: unknown;
  Enum?: unknown;

  get ActiveWorkbook(): FakeWorkbook | null {
    this.wps.tick();
    return this.wps.noWorkbook ? null : new FakeWorkbook(this.wps);
  }
  get ActiveSheet(): FakeWorksheet | null {
    this.wps.tick();
    return this.wps.noWorkbook || !this.wps.activeSheet ? null : new FakeWorksheet(this.wps, this.wps.activeSheet);
  }
  get DisplayAlerts(): boolean {
    this.wps.tick();
    return this.wps.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.wps.tick();
    this.wps.displayAlerts = v;
  }
  get PluginStorage(): FakePluginStorage {
    this.wps.tick();
    return (this.storage ??= new FakePluginStorage(this.wps));
  }
  /** [WPS:CreateTaskPane] the pane is created hidden; Visible = true shows it. */
  CreateTaskPane(url: string, title?: string): FakeTaskPane {
    this.wps.tick();
    const pane = new FakeTaskPane(this.wps, this.wps.taskPanes.length + 1, url, title ?? '');
    this.wps.taskPanes.push(pane);
    return pane;
  }
  GetTaskPane(id: number): FakeTaskPane {
    this.wps.tick();
    const pane = this.wps.taskPanes.find((p) => p.ID === id && !p.deleted);
    if (!pane) throw new FakeWpsError(`没有 ID 为 ${id} 的任务窗格`);
    return pane;
  }
}

class FakePluginStorage {
  constructor(private readonly wps: FakeWps) {}
  setItem(key: string, value: string | number | boolean): void {
    this.wps.tick();
    this.wps.pluginStorage.set(key, value);
  }
  getItem(key: string): string | number | boolean | null {
    this.wps.tick();
    return this.wps.pluginStorage.get(key) ?? null;
  }
  removeItem(key: string): void {
    this.wps.tick();
    this.wps.pluginStorage.delete(key);
  }
}

export class FakeTaskPane {
  private visible = false;
  deleted = false;
  DockPosition = 2;
  constructor(private readonly wps: FakeWps, readonly ID: number, public url: string, readonly title: string) {}
  get Visible(): boolean {
    this.wps.tick();
    return this.visible;
  }
  set Visible(v: boolean) {
    this.wps.tick();
    this.visible = v;
  }
  Navigate(url: string): void {
    this.wps.tick();
    this.url = url;
  }
  Delete(): void {
    this.wps.tick();
    this.deleted = true;
  }
}

class FakeWorkbook {
  constructor(private readonly wps: FakeWps) {}
  get Name(): string {
    this.wps.tick();
    return this.wps.workbookName;
  }
  get ProtectStructure(): boolean {
    this.wps.tick();
    return this.wps.protectStructure;
  }
  get Worksheets(): FakeWorksheets {
    this.wps.tick();
    return new FakeWorksheets(this.wps);
  }
}

class FakeWorksheets {
  constructor(private readonly wps: FakeWps) {}
  get Count(): number {
    this.wps.tick();
    return this.wps.sheets.length;
  }
  /** [ET:Worksheets.Item] 1-based index or name. */
  Item(index: number | string): FakeWorksheet {
    this.wps.tick();
    const s = typeof index === 'number' ? this.wps.sheets[index - 1] : this.wps.sheets.find((x) => x.name === index);
    if (!s || (typeof index === 'number' && index < 1)) throw new FakeWpsError(`下标越界：${index}`);
    return new FakeWorksheet(this.wps, s);
  }
  /** [ET:Worksheets.Add] before the active sheet unless Before/After is given; the new sheet becomes active. */
  Add(before?: FakeWorksheet | null, after?: FakeWorksheet | null): FakeWorksheet {
    this.wps.tick();
    if (this.wps.protectStructure) throw new FakeWpsError('工作簿有保护，不能插入工作表。');
    let n = this.wps.sheets.length + 1;
    while (this.wps.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const sheet: FakeEtSheet = { name: `Sheet${n}`, visible: -1, protectContents: false, cells: new Map(), merges: [], comments: new Map() };
    const anchor = after ?? before ?? (this.wps.activeSheet ? new FakeWorksheet(this.wps, this.wps.activeSheet) : null);
    const at = anchor ? this.wps.sheets.indexOf(anchor.sheet) + (after ? 1 : 0) : this.wps.sheets.length;
    this.wps.sheets.splice(at, 0, sheet);
    this.wps.activeSheet = sheet;
    return new FakeWorksheet(this.wps, sheet);
  }
}

export class FakeWorksheet {
  constructor(private readonly wps: FakeWps, readonly sheet: FakeEtSheet) {}
  private alive(): FakeEtSheet {
    if (!this.wps.sheets.includes(this.sheet)) throw new FakeWpsError('工作表已被删除');
    return this.sheet;
  }
  get Name(): string {
    this.wps.tick();
    return this.alive().name;
  }
  set Name(value: string) {
    this.wps.tick();
    const s = this.alive();
    if (!value || value.length > 31 || /[\\/?*[\]:]/.test(value)) throw new FakeWpsError(`工作表名称无效：${value}`);
    if (this.wps.sheets.some((x) => x !== s && x.name.toLowerCase() === value.toLowerCase())) throw new FakeWpsError(`工作表名称“${value}”已被占用`);
    s.name = value;
  }
  get Visible(): number {
    this.wps.tick();
    return this.alive().visible;
  }
  set Visible(value: number) {
    this.wps.tick();
    const s = this.alive();
    if (value !== -1 && this.wps.sheets.filter((x) => x.visible === -1 && x !== s).length === 0) throw new FakeWpsError('工作簿中至少要有一张可见的工作表');
    s.visible = value;
  }
  get ProtectContents(): boolean {
    this.wps.tick();
    return this.alive().protectContents;
  }
  get UsedRange(): FakeRange {
    this.wps.tick();
    return new FakeRange(this.wps, this.alive(), this.wps.usedBox(this.alive()));
  }
  get Cells(): FakeRange {
    this.wps.tick();
    return new FakeRange(this.wps, this.alive(), { top: 0, left: 0, bottom: 1048575, right: 16383 }, true);
  }
  get Comments(): { readonly Count: number } {
    this.wps.tick();
    const wps = this.wps;
    const s = this.alive();
    return {
      get Count() {
        wps.tick();
        return s.comments.size;
      },
    };
  }
  Range(address: string): FakeRange {
    this.wps.tick();
    return new FakeRange(this.wps, this.alive(), parseBox(address));
  }
  /** [MS:Worksheet.PageSetup] [MS:PageSetup.Orientation] [MS:PageSetup.PaperSize] [MS:PageSetup.Zoom] ("If this
   *  property is False, the FitToPagesWide and FitToPagesTall properties control how the worksheet is scaled")
   *  [MS:PageSetup.FitToPagesTall] ("If this property is False, Excel scales the worksheet according to the
   *  FitToPagesWide property") [MS:PageSetup.PrintTitleRows]; WPS documents the same object [ET:PageSetup]. */
  get PageSetup(): FakePageSetup {
    this.wps.tick();
    if (!this.wps.pageSetupAvailable) throw new FakeWpsError('PageSetup 不可用');
    return new FakePageSetup(this.wps, this.alive());
  }
  Activate(): void {
    this.wps.tick();
    this.wps.activeSheet = this.alive();
  }
  Delete(): void {
    this.wps.tick();
    const s = this.alive();
    if (this.wps.protectStructure) throw new FakeWpsError('工作簿有保护，不能删除工作表。');
    if (this.wps.displayAlerts) this.wps.deletePrompts.push(s.name);
    this.wps.sheets = this.wps.sheets.filter((x) => x !== s);
    if (this.wps.activeSheet === s) this.wps.activeSheet = this.wps.sheets.find((x) => x.visible === -1) ?? null;
  }
}

class FakeComment {
  constructor(private readonly wps: FakeWps, private readonly sheet: FakeEtSheet, private readonly address: string) {}
  Text(text?: string): string {
    this.wps.tick();
    if (text !== undefined) {
      this.wps.writable(this.sheet);
      this.sheet.comments.set(this.address, text);
    }
    return this.sheet.comments.get(this.address) ?? '';
  }
  Delete(): void {
    this.wps.tick();
    this.wps.writable(this.sheet);
    this.sheet.comments.delete(this.address);
  }
}

class FakeInterior {
  constructor(private readonly wps: FakeWps, private readonly range: FakeRange) {}
  private uniform<T>(fn: (c: FakeEtCell | undefined) => T): T | null {
    const values = new Set<T>();
    this.range.cells((c) => values.add(fn(c)));
    return values.size === 1 ? [...values][0] : null;
  }
  /** [ET:Interior.Color] BGR; a cell with no fill reads white (16777215) with Pattern xlNone. */
  get Color(): number | null {
    this.wps.tick();
    return this.uniform((c) => c?.color ?? 16777215);
  }
  set Color(value: number | null) {
    this.wps.tick();
    this.range.write((c) => {
      c.color = Number(value);
    });
  }
  get Pattern(): number | null {
    this.wps.tick();
    return this.uniform((c) => (c?.color === undefined ? -4142 : 1));
  }
  set Pattern(value: number | null) {
    this.wps.tick();
    this.range.write((c) => {
      if (value === -4142) delete c.color;
      else c.color ??= 16777215;
    });
  }
  get ColorIndex(): number | null {
    this.wps.tick();
    return this.uniform((c) => (c?.color === undefined ? -4142 : 0));
  }
  set ColorIndex(value: number | null) {
    this.wps.tick();
    if (value !== -4142) throw new FakeWpsError('the fake only clears fills through ColorIndex');
    this.range.write((c) => delete c.color);
  }
}

class FakePageSetup {
  constructor(private readonly wps: FakeWps, private readonly sheet: FakeEtSheet) {}
  private set<K extends keyof NonNullable<FakeEtSheet['pageSetup']>>(key: K, value: NonNullable<FakeEtSheet['pageSetup']>[K]): void {
    this.wps.tick();
    this.wps.writable(this.sheet);
    (this.sheet.pageSetup ??= {})[key] = value;
  }
  set Orientation(value: number) {
    // xlPortrait 1, xlLandscape 2 [MS:XlPageOrientation]
    if (value !== 1 && value !== 2) throw new FakeWpsError(`Orientation ${value}`);
    this.set('Orientation', value);
  }
  set PaperSize(value: number) {
    this.set('PaperSize', value);
  }
  set Zoom(value: number | false) {
    // "The Zoom property … must be a value from 10 to 400 percent" or False [MS:PageSetup.Zoom]
    if (value !== false && (value < 10 || value > 400)) throw new FakeWpsError(`Zoom ${value}`);
    this.set('Zoom', value);
  }
  set FitToPagesWide(value: number | false) {
    this.set('FitToPagesWide', value);
  }
  set FitToPagesTall(value: number | false) {
    this.set('FitToPagesTall', value);
  }
  set PrintTitleRows(value: string) {
    this.set('PrintTitleRows', value);
  }
}

export class FakeRange {
  constructor(private readonly wps: FakeWps, readonly sheet: FakeEtSheet, readonly box: Box, private readonly whole = false) {}

  /** Calls fn on each cell of the range (only existing cells for a whole-sheet range). */
  cells(fn: (c: FakeEtCell | undefined, row: number, col: number) => void): void {
    if (this.whole) {
      for (const [a, c] of this.sheet.cells) {
        const { row, col } = parseAddress(a);
        fn(c, row, col);
      }
      return;
    }
    eachCell(this.box, (r, c) => fn(this.sheet.cells.get(cellAddress(r, c)), r, c));
  }

  /** Changes each cell of the range; refused as a whole on a protected sheet. */
  write(change: (c: FakeEtCell, row: number, col: number) => void): void {
    this.wps.writable(this.sheet);
    const apply = (row: number, col: number) => {
      const a = cellAddress(row, col);
      const c = this.sheet.cells.get(a) ?? {};
      change(c, row, col);
      if (isBlank(c)) this.sheet.cells.delete(a);
      else this.sheet.cells.set(a, c);
    };
    if (this.whole) for (const a of [...this.sheet.cells.keys()]) apply(parseAddress(a).row, parseAddress(a).col);
    else eachCell(this.box, apply);
  }

  private matrix<T>(fn: (c: FakeEtCell | undefined) => T): T | T[][] {
    if (single(this.box)) return fn(this.sheet.cells.get(cellAddress(this.box.top, this.box.left)));
    const out: T[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const line: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) line.push(fn(this.sheet.cells.get(cellAddress(r, c))));
      out.push(line);
    }
    return out;
  }

  /** Assigns a scalar to every cell, or a 2-D array cell by cell (#N/A where the array is too small). */
  private assign(value: unknown, put: (c: FakeEtCell, v: unknown) => void): void {
    const rows = Array.isArray(value) ? (value as unknown[]).map((line) => (Array.isArray(line) ? line : [line])) : null;
    this.write((c, row, col) => {
      if (!rows) return put(c, value);
      const line = rows.length === 1 ? rows[0] : rows[row - this.box.top];
      const v = line === undefined ? undefined : line.length === 1 ? line[0] : line[col - this.box.left];
      if (v === undefined && (line === undefined || col - this.box.left >= line.length)) {
        delete c.value;
        delete c.formula;
        c.error = '#N/A';
        return;
      }
      put(c, v);
    });
  }

  Address(): string {
    this.wps.tick();
    return boxAddress(this.box);
  }

  /** [ET:Range.Value2] */
  get Value2(): FakeEtValue | undefined | (FakeEtValue | undefined)[][] {
    this.wps.tick();
    return this.matrix((c) => (c?.error ? ERROR_CODES[c.error] : c?.value));
  }
  set Value2(value: unknown) {
    this.wps.tick();
    this.putTyped(value);
  }

  private putTyped(value: unknown): void {
    this.assign(value, (c, v) => {
      const t = typed(v, c.numberFormat);
      c.value = t.value;
      c.formula = t.formula;
      c.error = t.error;
      if (c.value === undefined) delete c.value;
      if (c.formula === undefined) delete c.formula;
      if (c.error === undefined) delete c.error;
      if (t.numberFormat) c.numberFormat = t.numberFormat;
    });
  }

  /** [ET:Range.Formula] formula text, or the constant as text; "" for an empty cell. */
  get Formula(): string | string[][] {
    this.wps.tick();
    return this.matrix((c) => c?.formula ?? c?.error ?? (c?.value === undefined ? '' : String(c.value)));
  }
  set Formula(value: unknown) {
    this.wps.tick();
    this.putTyped(value);
  }

  get HasFormula(): boolean | null {
    this.wps.tick();
    const kinds = new Set<boolean>();
    this.cells((c) => kinds.add(c?.formula !== undefined));
    return kinds.size === 1 ? [...kinds][0] : null;
  }

  /** [MS:Range.NumberFormat] null when the cells' formats differ. */
  get NumberFormat(): string | null {
    this.wps.tick();
    const formats = new Set<string>();
    this.cells((c) => formats.add(c?.numberFormat ?? 'General'));
    return formats.size === 1 ? [...formats][0] : null;
  }
  set NumberFormat(value: string | null) {
    this.wps.tick();
    this.write((c) => {
      if (!value || value === 'General') delete c.numberFormat;
      else c.numberFormat = value;
    });
  }

  /** [ET:Range.MergeCells] true when every cell is merged, false when none is, else null. */
  get MergeCells(): boolean | null {
    this.wps.tick();
    const kinds = new Set<boolean>();
    eachCell(this.box, (r, c) => kinds.add(!!this.wps.mergeOf(this.sheet, r, c)));
    return kinds.size === 1 ? [...kinds][0] : null;
  }
  set MergeCells(value: boolean | null) {
    this.wps.tick();
    this.wps.writable(this.sheet);
    this.sheet.merges = this.sheet.merges.filter((m) => !(m.top <= this.box.bottom && this.box.top <= m.bottom && m.left <= this.box.right && this.box.left <= m.right));
    if (value) this.sheet.merges.push({ ...this.box });
  }

  /** [ET:Range.MergeArea] single cells only. */
  get MergeArea(): FakeRange {
    this.wps.tick();
    if (!single(this.box)) throw new FakeWpsError('MergeArea 属性只应用于单个单元格区域');
    return new FakeRange(this.wps, this.sheet, this.wps.mergeOf(this.sheet, this.box.top, this.box.left) ?? this.box);
  }

  get Interior(): FakeInterior {
    this.wps.tick();
    return new FakeInterior(this.wps, this);
  }

  /** [ET:Range.Comment] the top-left cell's comment, or null. */
  get Comment(): FakeComment | null {
    this.wps.tick();
    const a = cellAddress(this.box.top, this.box.left);
    return this.sheet.comments.has(a) ? new FakeComment(this.wps, this.sheet, a) : null;
  }

  /** [ET:Range.AddComment] fails on a cell that already has one. */
  AddComment(text = ''): FakeComment {
    this.wps.tick();
    this.wps.writable(this.sheet);
    const a = cellAddress(this.box.top, this.box.left);
    if (this.sheet.comments.has(a)) throw new FakeWpsError('该单元格已有批注');
    this.sheet.comments.set(a, text);
    return new FakeComment(this.wps, this.sheet, a);
  }

  ClearComments(): void {
    this.wps.tick();
    this.wps.writable(this.sheet);
    for (const a of [...this.sheet.comments.keys()]) {
      const { row, col } = parseAddress(a);
      if (this.whole || inBox(this.box, row, col)) this.sheet.comments.delete(a);
    }
  }

  Clear(): void {
    this.wps.tick();
    this.wps.writable(this.sheet);
    this.write((c) => {
      for (const k of Object.keys(c)) delete (c as Record<string, unknown>)[k];
    });
    if (this.sheet.formats) for (const a of [...this.sheet.formats.keys()]) if (this.whole || inBox(this.box, parseAddress(a).row, parseAddress(a).col)) this.sheet.formats.delete(a);
    if (this.whole) this.sheet.autofitRows?.clear();
    this.sheet.merges = this.whole ? [] : this.sheet.merges.filter((m) => !(m.top >= this.box.top && m.bottom <= this.box.bottom && m.left >= this.box.left && m.right <= this.box.right));
    for (const a of [...this.sheet.comments.keys()]) {
      const { row, col } = parseAddress(a);
      if (this.whole || inBox(this.box, row, col)) this.sheet.comments.delete(a);
    }
  }

  private format(change: (f: NonNullable<FakeEtSheet['formats']> extends Map<string, infer F> ? F : never) => void): void {
    this.wps.writable(this.sheet);
    const formats = (this.sheet.formats ??= new Map());
    eachCell(this.box, (r, c) => {
      const a = cellAddress(r, c);
      const f = formats.get(a) ?? {};
      change(f);
      formats.set(a, f);
    });
  }

  /** [MS:Range.Merge] "Creates a merged cell from the specified Range object"; only the upper-left value stays. */
  Merge(across = false): void {
    this.wps.tick();
    this.wps.writable(this.sheet);
    const boxes = across ? Array.from({ length: this.box.bottom - this.box.top + 1 }, (_, i) => ({ ...this.box, top: this.box.top + i, bottom: this.box.top + i })) : [this.box];
    this.sheet.merges = this.sheet.merges.filter((m) => !(m.top <= this.box.bottom && this.box.top <= m.bottom && m.left <= this.box.right && this.box.left <= m.right));
    for (const b of boxes) {
      eachCell(b, (r, c) => {
        if (r !== b.top || c !== b.left) this.sheet.cells.delete(cellAddress(r, c));
      });
      if (!single(b)) this.sheet.merges.push(b);
    }
  }

  /** [MS:Range.ColumnWidth] "One unit of column width is equal to the width of one character in the Normal style";
   *  set for every column of the range. */
  set ColumnWidth(value: number) {
    this.wps.tick();
    this.wps.writable(this.sheet);
    if (!(value >= 0 && value <= 255)) throw new FakeWpsError(`ColumnWidth ${value}`);
    const widths = (this.sheet.columnWidths ??= new Map());
    for (let c = this.box.left; c <= this.box.right; c++) widths.set(c, value);
  }

  /** [MS:Range.WrapText] */
  set WrapText(value: boolean) {
    this.wps.tick();
    this.format((f) => (f.wrapText = value));
  }

  /** [MS:Range.VerticalAlignment] xlTop -4160. */
  set VerticalAlignment(value: number) {
    this.wps.tick();
    this.format((f) => (f.verticalAlignment = value));
  }

  /** [MS:Range.Font] [MS:Font.Bold] */
  get Font(): { Bold: boolean } {
    this.wps.tick();
    const tick = () => this.wps.tick();
    const bold = (value: boolean) => this.format((f) => (f.bold = value));
    return {
      get Bold(): boolean {
        throw new FakeWpsError('the fake does not read Font.Bold');
      },
      set Bold(value: boolean) {
        tick();
        bold(value);
      },
    };
  }

  /** [MS:Range.Rows] [MS:Range.AutoFit] "Changes the width of the columns in the range or the height of the rows in
   *  the range to achieve the best fit". */
  get Rows(): { AutoFit(): void } {
    this.wps.tick();
    return {
      AutoFit: () => {
        this.wps.tick();
        this.wps.writable(this.sheet);
        const rows = (this.sheet.autofitRows ??= new Set());
        for (let r = this.box.top; r <= this.box.bottom; r++) rows.add(r);
      },
    };
  }

  get Row(): number {
    this.wps.tick();
    return this.box.top + 1;
  }

  get Column(): number {
    this.wps.tick();
    return this.box.left + 1;
  }

  /**
   * [MS:Range.Find] the fake answers What "*" (any cell holding a value or formula, LookIn xlFormulas), in row or
   * column order, forwards (xlNext 1) or backwards (xlPrevious 2), starting after `after` and wrapping round.
   */
  Find(what: string, after?: FakeRange, _lookIn?: number, _lookAt?: number, searchOrder = 1, searchDirection = 1): FakeRange | null {
    this.wps.tick();
    if (what !== '*') throw new FakeWpsError('the fake finds "*" only');
    const filled: { row: number; col: number }[] = [];
    this.cells((c, row, col) => {
      if (c && (c.value !== undefined || c.formula !== undefined || c.error !== undefined) && inBox(this.box, row, col)) filled.push({ row, col });
    });
    if (!filled.length) return null;
    const rank = (p: { row: number; col: number }) => (searchOrder === 2 ? p.col * 1048576 + p.row : p.row * 16384 + p.col);
    filled.sort((a, b) => rank(a) - rank(b));
    const start = after ? rank({ row: after.box.top, col: after.box.left }) : rank({ row: this.box.top, col: this.box.left });
    const found = searchDirection === 2 ? [...filled].reverse().find((p) => rank(p) < start) ?? filled[filled.length - 1] : filled.find((p) => rank(p) > start) ?? filled[0];
    return new FakeRange(this.wps, this.sheet, { top: found.row, left: found.col, bottom: found.row, right: found.col });
  }

  Select(): void {
    this.wps.tick();
    if (this.wps.activeSheet !== this.sheet) throw new FakeWpsError('只能在活动工作表上选择单元格');
    this.wps.selection = { sheet: this.sheet.name, address: boxAddress(this.box).replace(/\$/g, '') };
  }

  Activate(): void {
    this.Select();
  }
}
