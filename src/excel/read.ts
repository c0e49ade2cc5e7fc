// Reading a workbook through Office.js within the host's limits.
//
// Excel on the web refuses any response over 5 MB (ResponsePayloadSizeLimitExceeded), and loading values, number
// formats, formulas and fills of every used range in one sync passes that at 55–60k cells. So a read loads what the
// engine needs, in rounds (one context.sync() each) whose answers are planned to stay under RESPONSE_BUDGET:
// - an ordinary sheet (at most SMALL_SHEET_CELLS cells used): values, number formats, formulas, fills and merged
//   areas of its used range;
// - a large sheet (a voucher list beside the table): its values only, in row bands; where the engine finds a table
//   in those values, that table's rows in full;
// - a large sheet first seen in a survey is also searched (Worksheet.findAllOrNullObject, counts only) for each of
//   core's TABLE_MARKS; where reading the cells holding a mark spares a round, those are read instead of its
//   values, and if they head nothing (core's mayHoldTables) the rest of the sheet is left unread: the engine finds
//   nothing there either way. A sheet hiding a row or a column, or holding a formula the survey did not read, is
//   read as before (whether Excel's search looks into hidden cells, or at a formula's result, is not documented);
//   so is every sheet of a read undo makes (it compares cells of its own);
// - formulas are the cells getSpecialCellsOrNullObject(formulas) lists, so text typed as "=4辆" stays text.
// The host remembers each sheet's used range, value density and tables (WorkbookLayout), so the next read plans all
// of this in its first round: one sync for an ordinary workbook, two where a large sheet's values do not fit beside
// the rest or hold a table. A host that knows nothing yet (the ribbon button) surveys, with the sheet list, the
// sheets Office.js can address without being told a name: the first and the last tab and the active sheet
// (WorksheetCollection.getFirst / getLast / getActiveWorksheet, which always answer). Every other sheet waits for
// the next round, by name: its neighbours (getNextOrNullObject) may be null objects, and what Excel does with a
// call on a null object is not documented. So a workbook of up to three sheets, or one whose table is on the
// first, the last or the active sheet, reads like a known one; any other costs one sync more, shared with a large
// sheet's values where those need more than one round anyway.
import { type CellValue, type Grid, TABLE_MARKS, emptyGrid, isJixiaoSheet, mayHoldTables, setCell } from '../core';
import { type Box, boxA1, boxesOf, boxOf, cellsIn, contains, expand, intersect, uncovered } from './boxes';
import type { Capabilities } from './capabilities';

/** Planned size of one response: under the 5 MB limit with room for the estimate to be off. */
export const RESPONSE_BUDGET = 3_900_000;
/** A sheet with more used cells is read values-only first, and in full only where its tables are. */
export const SMALL_SHEET_CELLS = 20_000;
/** Bytes one cell's value takes in a response until a sheet's own density is known. */
const DEFAULT_VALUE_BYTES = 12;
/** Bytes of one cell's number format ("General",) and fill properties ({"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}},). */
const DETAIL_BYTES = 66;
/** Rows and columns read below and right of a known used range, so a sheet that grew a little needs no second round. */
const MARGIN_ROWS = 32;
const MARGIN_COLS = 2;
/** Width assumed for a sheet read for the first time (self-evaluation tables are 8–15 columns wide). */
const WINDOW_COLS = 24;
const MAX_ROUNDS = 24;
/** A load this small joins a full round anyway (the budget keeps that much headroom under 4 MB). */
const SMALL_LOAD_BYTES = 64_000;
/** Room in the first round's response for the settings read with it. */
const SETTINGS_ALLOWANCE = 150_000;
/** The least a never-seen sheet's window takes when a large sheet's missing part is planned to fit beside it. */
const MIN_WINDOW_BYTES = WINDOW_COLS * 200 * (DETAIL_BYTES + 2 * DEFAULT_VALUE_BYTES);
/** Bytes of one area of a search's answer besides its values and its sheet's name (address, keys, brackets). */
const AREA_BYTES = 64;

/**
 * Errors a cold first round's sheet surveys may meet, after which the round is planned again without them: a window
 * that would run off the sheet (InvalidArgument) or an active sheet Office.js cannot hand out (a chart sheet is
 * active; what Excel answers then is not documented).
 */
const ANCHOR_REFUSALS = new Set(['InvalidArgument', 'ItemNotFound', 'InvalidObjectPath', 'InvalidOperation', 'GeneralException']);

export const LAYOUT_SETTING = 'jixiao.layout';
/** workbook.settings key of the last recalculation's record (src/host/undo.ts), written by apply.ts. */
export const RECORD_SETTING = 'jixiao.lastRecalc';

interface Block<T> {
  box: Box;
  rows: T[][];
}

export interface SheetRead {
  name: string;
  visibility: string;
  protected: boolean;
  /** The cells that hold a value, or null for a blank sheet. */
  used: Box | null;
  /** Values, in the blocks they were read in; together they cover `used`. */
  values: Block<CellValue>[];
  /** Number formats and fills where the sheet was read in full (all of an ordinary sheet, a large sheet's tables). */
  numberFormats: Block<string>[];
  fills: Block<string | null>[];
  /** Formula text of every formula cell read in full, by "row:col". */
  formulas: Map<string, string>;
  /** Merged areas (A1 ranges), or null where Excel cannot list them. */
  merges: string[] | null;
  /** Text of every note on the sheet (locations unknown), or null where notes are not supported. */
  notes: string[] | null;
  /** How many threaded comments the sheet holds (0 where Excel has none). */
  threadedComments: number;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  structureProtected: boolean;
  /** Stored values of the workbook.settings keys asked for (absent keys are missing). */
  settings: Record<string, unknown>;
  /** How many context.sync() calls the read took. */
  syncs: number;
}

// ---------------------------------------------------------------------------------------------------------------
// What the host remembers between reads

export interface SheetLayout {
  used: Box | null;
  /** Bytes per cell of the sheet's values in a response, as last measured. */
  valueBytes: number;
  /** Tables the engine found on the sheet last time. */
  tables: Box[];
}

/** The workbook's sheets as last read: names in tab order and where their content is. */
export class WorkbookLayout {
  private order: string[] | null = null;
  private sheets = new Map<string, SheetLayout>();

  get names(): string[] | null {
    return this.order ? [...this.order] : null;
  }
  sheet(name: string): SheetLayout | undefined {
    return this.sheets.get(name);
  }
  set(names: string[], sheets: Map<string, SheetLayout>): void {
    this.order = [...names];
    this.sheets = new Map(sheets);
  }
  /** The tables the engine found on a sheet, so the next read of a large sheet loads their rows at once. */
  setTables(name: string, tables: Box[]): void {
    const s = this.sheets.get(name);
    if (s) s.tables = tables;
  }
  /** After jixiao wrote a sheet: expect it, holding `used`, on the next read. */
  expect(name: string, used: Box | null): void {
    if (!this.order) return;
    if (!this.order.includes(name)) this.order.push(name);
    this.sheets.set(name, { used, valueBytes: this.sheets.get(name)?.valueBytes ?? DEFAULT_VALUE_BYTES, tables: [] });
  }
  /** After jixiao removed a sheet. */
  forget(name: string): void {
    if (this.order) this.order = this.order.filter((n) => n !== name);
    this.sheets.delete(name);
  }
  clear(): void {
    this.order = null;
    this.sheets.clear();
  }

  /** A compact copy for workbook.settings, so a host starting cold (the ribbon) can plan its first read. */
  toHint(): string {
    const sheets = (this.order ?? []).map((name) => {
      const s = this.sheets.get(name);
      return [name, s?.used ? boxA1(s.used) : '', Math.round((s?.valueBytes ?? DEFAULT_VALUE_BYTES) * 10) / 10, (s?.tables ?? []).map(boxA1)];
    });
    return JSON.stringify({ v: 1, sheets });
  }

  /** Takes a hint as a plan for sheets that still exist; the read checks every used range anyway. */
  adoptHint(raw: unknown, listed: string[]): void {
    for (const [name, layout] of parseHint(raw)) if (listed.includes(name) && !this.sheets.has(name)) this.sheets.set(name, layout);
  }

  /**
   * Starts from a hint before anything is read (the workbook's settings as Office loaded them with the add-in): the
   * first read then needs no discovery sync. A sheet renamed or deleted since makes that read start over.
   */
  seed(raw: unknown): void {
    if (this.order) return;
    const hinted = parseHint(raw);
    if (!hinted.length) return;
    this.set(hinted.map(([name]) => name), new Map(hinted));
  }
}

function parseHint(raw: unknown): [string, SheetLayout][] {
  if (typeof raw !== 'string') return [];
  try {
    const hint = JSON.parse(raw) as { v?: number; sheets?: [string, string, number, string[]][] };
    if (hint.v !== 1 || !Array.isArray(hint.sheets)) return [];
    return hint.sheets
      .filter((s) => Array.isArray(s) && typeof s[0] === 'string')
      .map(([name, used, valueBytes, tables]) => [name, { used: used ? boxOf(used) : null, valueBytes: Number(valueBytes) || DEFAULT_VALUE_BYTES, tables: (tables ?? []).map(boxOf) }]);
  } catch {
    // A damaged hint is no hint.
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Loads

const FILL = { format: { fill: { color: true, pattern: true } } };

interface FullHandles {
  range: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  formulaCells: Excel.RangeAreas;
  merges: Excel.RangeAreas | null;
  box?: Box;
}

interface SheetState {
  name: string;
  visibility: string;
  protected: boolean;
  layout: SheetLayout | undefined;
  /** The used range as surveyed this read (undefined: not yet). */
  used?: Box | null;
  valuesCovered: Box[];
  fullCovered: Box[];
  read: SheetRead;
  /** Tables located in this read's values (large sheets). */
  located?: Box[];
  /** Cells and bytes of the values read so far: the sheet's own density, for planning what is left. */
  measured: { cells: number; bytes: number };
  extrasQueued: boolean;
  /** What a search of the sheet for TABLE_MARKS found (queued with its survey, kept for a large sheet). */
  search?: SheetSearch;
  /** 'queued' once the marked cells' values are asked for, 'absent' once they show the sheet holds no table,
   *  'maybe' once they do not (its values are then read as any large sheet's). */
  marks?: 'queued' | 'read' | 'absent' | 'maybe';
}

interface SheetSearch {
  /** Some row or column of the used range is hidden, or some formula lies outside what the survey read in full:
   *  whether Excel's search finds hidden cells, and a formula's result, is not documented, so such a sheet is read. */
  unsure: boolean;
  finds: { areas: Excel.RangeAreas; cells: number; count: number }[];
}

function toValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function fillOf(props: Excel.CellProperties | undefined): string | null {
  const fill = props?.format?.fill;
  if (!fill || fill.pattern === 'None' || !fill.color) return null;
  return fill.color.replace(/^#/, '').toUpperCase();
}

function queueFull(range: Excel.Range, caps: Capabilities): FullHandles {
  range.load('address,values,numberFormat,formulas');
  const fills = range.getCellProperties(FILL);
  const formulaCells = range.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType);
  formulaCells.load('address');
  const merges = caps.merges ? range.getMergedAreasOrNullObject() : null;
  merges?.load('address');
  return { range, fills, formulaCells, merges };
}

function collectFull(s: SheetState, h: FullHandles): Box {
  const box = h.box ?? boxOf(h.range.address);
  s.read.values.push({ box, rows: h.range.values.map((row) => row.map(toValue)) });
  measure(s, box, h.range.values as CellValue[][]);
  s.read.numberFormats.push({ box, rows: h.range.numberFormat.map((row) => row.map((f) => (typeof f === 'string' ? f : 'General'))) });
  s.read.fills.push({ box, rows: h.fills.value.map((row) => row.map(fillOf)) });
  if (!h.formulaCells.isNullObject) {
    for (const area of boxesOf(h.formulaCells.address)) {
      const part = intersect(area, box);
      if (!part) continue;
      for (let r = part.top; r <= part.bottom; r++)
        for (let c = part.left; c <= part.right; c++) {
          const f = h.range.formulas[r - box.top]?.[c - box.left];
          if (typeof f === 'string' && f.startsWith('=')) s.read.formulas.set(`${r}:${c}`, f);
        }
    }
  }
  if (h.merges && !h.merges.isNullObject) {
    const known = new Set(s.read.merges ?? []);
    for (const m of boxesOf(h.merges.address)) known.add(boxA1(m));
    s.read.merges = [...known];
  } else if (h.merges && !s.read.merges) s.read.merges = [];
  s.fullCovered.push(box);
  s.valuesCovered.push(box);
  return box;
}

/**
 * The part of `need` this round takes, in bands, at `cellBytes` a cell with `left` bytes of budget: as many rows as
 * fit; all of it when it is small enough for the headroom; at least one row when nothing else is queued (so every
 * round makes progress); else nothing.
 */
function cut(need: Box, cellBytes: number, left: number, queued: number): Box[] {
  const rowBytes = cellBytes * (need.right - need.left + 1);
  if (cellsIn(need) * cellBytes <= Math.max(left, SMALL_LOAD_BYTES)) return [need];
  const rows = Math.floor(left / rowBytes);
  if (rows >= 1) return [{ ...need, bottom: need.top + rows - 1 }];
  return queued === 0 ? [{ ...need, bottom: need.top }] : [];
}

/** A known used range with room to grow down and right. */
function grown(used: Box): Box {
  const g = expand(used, MARGIN_ROWS, MARGIN_COLS);
  return { top: used.top, left: used.left, bottom: g.bottom, right: g.right };
}

function valueBytesOf(s: SheetState): number {
  if (s.measured.cells >= 200) return s.measured.bytes / s.measured.cells;
  return s.layout?.valueBytes ?? DEFAULT_VALUE_BYTES;
}

/** Adds a block of values to what is known of the sheet's density. */
function measure(s: SheetState, box: Box, rows: CellValue[][]): void {
  s.measured.cells += cellsIn(box);
  s.measured.bytes += utf8Estimate(JSON.stringify(rows));
}

function isLarge(s: SheetState, used: Box): boolean {
  return cellsIn(used) > SMALL_SHEET_CELLS && !isJixiaoSheet(s.name);
}

/** The rows of each table, across the whole used width: what a large sheet needs in full. */
function tableRows(tables: Box[], used: Box): Box[] {
  return tables.map((t) => intersect({ top: t.top, bottom: t.bottom, left: used.left, right: used.right }, used)).filter((b): b is Box => b !== null);
}

/** A Grid of a sheet's values only: what the engine needs to find where its tables are. */
export function valuesGrid(sheet: SheetRead): Grid {
  const grid = emptyGrid(sheet.name);
  for (const block of sheet.values) {
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) setCell(grid, block.box.top + r, block.box.left + c, { value });
      }),
    );
  }
  return grid;
}

export interface ReadOptions {
  /** workbook.settings keys to load with the read. */
  settingKeys?: string[];
  /** Keys whose presence only is wanted (their value, which may be large, is not loaded): `true` in `settings`. */
  presenceKeys?: string[];
  /** Where the engine finds tables in a grid of values (A1 ranges): used for large sheets. */
  locate?: (grid: Grid) => string[];
  /** Bytes one response may take (tests lower it). */
  budget?: number;
  /**
   * A large sheet that holds no table may be left unread but for its cells holding a mark (caps.findAll): for reads
   * whose every use is the engine's (check, recalc, export). Undo compares cells of its own, which must be read.
   */
  proveAbsence?: boolean;
}

/** A round to plan again: at half the size (`halve`), or after a change of plan. */
class RetryRound extends Error {
  constructor(readonly halve: boolean) {
    super('retry');
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * Reads every sheet in as few syncs as the layout allows (see the top of this file). A sheet deleted or renamed
 * since the layout was learned restarts the read without it; a response that Excel finds too large is planned
 * again at half the size.
 */
export async function readWorkbook(context: Excel.RequestContext, layout: WorkbookLayout, caps: Capabilities, options: ReadOptions = {}): Promise<WorkbookRead> {
  try {
    return await new Reader(context, layout, caps, options).read();
  } catch (error) {
    // A sheet the read addressed by name is gone (renamed or deleted since its name was learned): start over once.
    if (errorCode(error) !== 'ItemNotFound') throw error;
    layout.clear();
    return new Reader(context, layout, caps, options).read();
  }
}

class Reader {
  private syncs = 0;
  private budget: number;
  private states: SheetState[] = [];
  private structureProtected = false;
  private settings: Record<string, unknown> = {};
  /** Whether a cold first round surveys the sheets it can reach without names (false after Excel refused one). */
  private anchors = true;

  constructor(
    private context: Excel.RequestContext,
    private layout: WorkbookLayout,
    private caps: Capabilities,
    private options: ReadOptions,
  ) {
    this.budget = options.budget ?? RESPONSE_BUDGET;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  async read(): Promise<WorkbookRead> {
    const keys = [...(this.options.settingKeys ?? [])];
    let headKeys: string[] | null = keys;
    let done = false;
    const names = this.layout.names;
    if (names) {
      // Warm: the sheets the layout knows are read in the first round, the sheet list with them.
      this.states = names.map((name) => newState(name, 'Visible', false, this.layout.sheet(name)));
    } else {
      // Cold: the sheet names, the layout hint a previous recalculation left, and the sheets reachable without a name.
      await this.round(() => this.tryColdRound([...keys, LAYOUT_SETTING]));
      this.layout.adoptHint(this.settings[LAYOUT_SETTING], this.states.filter((s) => s.used === undefined).map((s) => s.name));
      if (!keys.includes(LAYOUT_SETTING)) delete this.settings[LAYOUT_SETTING];
      for (const s of this.states) s.layout = this.layout.sheet(s.name);
      headKeys = null;
      // Every sheet may have been surveyed whole already.
      done = this.settle();
    }
    for (let round = 0; !done && round < MAX_ROUNDS; round++) {
      const head = headKeys;
      done = await this.round(() => this.tryRound(head));
      headKeys = null;
    }
    this.remember();
    return { sheets: this.states.map((s) => s.read), structureProtected: this.structureProtected, settings: this.settings, syncs: this.syncs };
  }

  /** Queues the sheet list, structure protection and settings; returns what reads them after the sync. */
  private queueHead(keys: string[]): () => void {
    const collection = this.context.workbook.worksheets;
    collection.load('items/name,items/visibility,items/protection/protected');
    const protection = this.context.workbook.protection;
    protection.load('protected');
    const presence = this.options.presenceKeys ?? [];
    const items = [...keys, ...presence].map((key) => {
      const item = this.context.workbook.settings.getItemOrNullObject(key);
      if (presence.includes(key)) item.load('key');
      else item.load('value');
      return { key, item };
    });
    return () => {
      this.structureProtected = protection.protected;
      for (const { key, item } of items) if (!item.isNullObject) this.settings[key] = presence.includes(key) ? true : item.value;
      const previous = new Map(this.states.map((s) => [s.name, s]));
      this.states = collection.items.map((ws) => {
        const name = ws.name;
        const visibility = String(ws.visibility);
        const state = previous.get(name) ?? newState(name, visibility, ws.protection.protected, this.layout.sheet(name));
        state.visibility = state.read.visibility = visibility;
        state.protected = state.read.protected = ws.protection.protected;
        return state;
      });
    };
  }

  /**
   * The first round of a cold read: the head, and a survey of the first, the last and the active sheet (one, two or
   * three sheets: they may coincide), each sharing the budget as a never-seen sheet does. Should Excel refuse one of
   * these (a window running off the sheet; an active sheet Office.js cannot give), the round is planned again with
   * the head alone.
   */
  private async tryColdRound(keys: string[]): Promise<void> {
    const collectHead = this.queueHead(keys);
    const collectors: { sheet: Excel.Worksheet; take: (s: SheetState) => void }[] = [];
    if (this.anchors) {
      const sheets = this.context.workbook.worksheets;
      // ExcelApi 1.5, below the 1.9 every read needs anyway (getCellProperties, getSpecialCellsOrNullObject).
      const anchors = [sheets.getActiveWorksheet(), sheets.getFirst(), sheets.getLast()];
      const cells = this.windowCells(this.budget - SETTINGS_ALLOWANCE, anchors.length);
      for (const sheet of anchors) {
        sheet.load('name');
        const survey = this.queueSurvey(sheet, cells);
        const extras = this.queueExtras(sheet);
        collectors.push({ sheet, take: (s) => (survey(s), extras(s)) });
      }
    }
    try {
      await this.sync();
    } catch (error) {
      const code = errorCode(error);
      if (this.anchors && ANCHOR_REFUSALS.has(code ?? '')) {
        this.anchors = false;
        throw new RetryRound(false);
      }
      throw error;
    }
    collectHead();
    const byName = new Map(this.states.map((s) => [s.name, s]));
    for (const { sheet, take } of collectors) {
      const s = byName.get(sheet.name);
      // The same sheet may be first, last and active: its first survey is taken.
      if (s && s.used === undefined) take(s);
    }
  }

  /** Cells of the window each of `sheets` never-seen sheets gets from `left` bytes. */
  private windowCells(left: number, sheets: number): number {
    return Math.max(WINDOW_COLS * 40, Math.floor(left / Math.max(1, sheets) / (DETAIL_BYTES + 2 * DEFAULT_VALUE_BYTES)));
  }

  /** A never-seen sheet's used range and a window of it from its top-left, in one go; the collector takes them in. */
  private queueSurvey(sheet: Excel.Worksheet, cells: number): (s: SheetState) => void {
    const used = sheet.getUsedRange(true);
    used.load('address');
    const window = used.getIntersection(used.getCell(0, 0).getResizedRange(Math.floor(cells / WINDOW_COLS) - 1, WINDOW_COLS - 1));
    const h = queueFull(window, this.caps);
    const search = this.options.proveAbsence && this.caps.findAll ? this.queueSearch(sheet, used) : null;
    return (s) => {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- collectors run after the round's sync
      const box = boxOf(used.address);
      const got = collectFull(s, h);
      if (search && isLarge(s, box)) s.search = search(s);
      // getUsedRange answers A1 for a blank sheet: blank when A1 holds nothing either.
      const blank = cellsIn(box) === 1 && s.read.values[s.read.values.length - 1]?.rows[0]?.[0] === null && !s.read.formulas.size;
      s.used = blank ? null : box;
      if (blank) s.read.values = s.read.values.filter((b) => b.box !== got);
    };
  }

  /**
   * How many cells of the sheet hold each of TABLE_MARKS (numbers only: the cells themselves may be many), whether
   * its used range hides a row or a column, and how many formulas it holds. Small answers whatever the sheet.
   */
  private queueSearch(sheet: Excel.Worksheet, used: Excel.Range): (s: SheetState) => SheetSearch {
    used.load('rowHidden,columnHidden');
    const formulas = used.getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType);
    formulas.load('cellCount');
    const finds = TABLE_MARKS.map((mark) => {
      const areas = sheet.findAllOrNullObject(mark, { completeMatch: false, matchCase: false });
      areas.load('cellCount,areaCount');
      return areas;
    });
    return (s) => {
      const hidden = used.rowHidden !== false || used.columnHidden !== false;
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- collectors run after the round's sync
      const formulaCount = formulas.isNullObject ? 0 : formulas.cellCount;
      return {
        // The survey read its window in full: formulas there are known, with their results.
        unsure: hidden || formulaCount > s.read.formulas.size,
        finds: finds.filter((f) => !f.isNullObject).map((areas) => ({ areas, cells: areas.cellCount, count: areas.areaCount })),
      };
    };
  }

  /** Bytes of the marked cells' values of a searched sheet, planned at twice the sheet's density a cell. */
  private marksBytes(s: SheetState): number {
    const name = utf8Estimate(s.name) + 4;
    return sum(s.search?.finds ?? [], (f) => f.count * (AREA_BYTES + name) + f.cells * 2 * valueBytesOf(s));
  }

  /** Whether a large sheet's marked cells are to be read instead of its values: they can be, and that spares a round. */
  private readsMarks(s: SheetState, valuesBytes: number, left: number): boolean {
    if (!s.search || s.search.unsure || s.marks || s.located) return false;
    return valuesBytes > left && this.marksBytes(s) <= left;
  }

  /** A sheet's notes and threaded-comment count, where Excel has them. */
  private queueExtras(sheet: Excel.Worksheet): (s: SheetState) => void {
    const notes = this.caps.notes ? sheet.notes : null;
    notes?.load('items/content');
    const comments = this.caps.notes && this.caps.threadedComments ? sheet.comments.getCount() : null;
    return (s) => {
      s.extrasQueued = true;
      s.read.notes = notes ? notes.items.map((n) => n.content) : null;
      s.read.threadedComments = comments ? comments.value : 0;
    };
  }

  /**
   * One round: queue what is still missing within the budget, sync, take the answers in. `headKeys` is set on the
   * first round of a warm read, whose sheets come from the layout and whose head is queued with them.
   */
  private async round<T>(attemptRound: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await attemptRound();
      } catch (error) {
        const code = errorCode(error);
        const payload = code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
        if (attempt < 3 && (error instanceof RetryRound || payload)) {
          if (payload || (error as RetryRound).halve) this.budget = Math.floor(this.budget / 2);
          continue;
        }
        throw error;
      }
    }
  }

  private async tryRound(headKeys: string[] | null): Promise<boolean> {
    const collectHead = headKeys ? this.queueHead(headKeys) : null;
    const sheets = this.context.workbook.worksheets;
    // The stored settings come back with the first round (the ledger grows with the marks): room is kept for them.
    let left = this.budget - (collectHead ? SETTINGS_ALLOWANCE : 0);
    const collectors: (() => void)[] = [];
    const wsOf = new Map<string, Excel.Worksheet>();
    const ws = (name: string) => wsOf.get(name) ?? wsOf.set(name, sheets.getItem(name)).get(name)!;
    let queued = 0;

    const unknown = this.states.filter((s) => s.used === undefined && !s.layout);
    // Sheets never seen share the budget equally: each gets a window of its used range from the top-left. The values
    // a large sheet still lacks compete with those windows: the windows get what those values leave, and at least an
    // equal share with each such sheet, so a voucher list that needs more rounds anyway does not wait a round while
    // a small sheet's window holds the budget. The windows are set aside first, whatever the tab order.
    const lacking = this.states.filter((s) => s.used && isLarge(s, s.used) && !s.located && uncovered(s.used, s.valuesCovered).length);
    const valuesBytes = (s: SheetState) => sum(uncovered(s.used!, s.valuesCovered), cellsIn) * valueBytesOf(s);
    // What a large sheet lacks costs its values, or its marked cells where it was searched and they cost less.
    const lackingBytes = sum(lacking, (s) => (s.search && !s.search.unsure && !s.marks ? Math.min(valuesBytes(s), this.marksBytes(s)) : valuesBytes(s)));
    const windowBytes =
      left - lackingBytes >= MIN_WINDOW_BYTES * unknown.length ? left - lackingBytes : (left * unknown.length) / (unknown.length + lacking.length || 1);
    const windowCells = this.windowCells(windowBytes, unknown.length);
    left -= unknown.length * windowCells * (DETAIL_BYTES + 2 * DEFAULT_VALUE_BYTES);
    for (const s of this.states) {
      const sheet = ws(s.name);
      if (s.used === undefined) {
        if (s.layout) {
          // Survey the used range now; plan from the layout.
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load('address');
          collectors.push(() => {
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- collectors run after the round's sync
            s.used = used.isNullObject ? null : boxOf(used.address);
          });
        } else {
          const survey = this.queueSurvey(sheet, windowCells);
          queued++;
          collectors.push(() => survey(s));
        }
      }
      if (!s.extrasQueued) {
        const extras = this.queueExtras(sheet);
        collectors.push(() => extras(s));
      }
      // What this sheet still needs, from what is known of its used range.
      const known = s.used !== undefined ? s.used : (s.layout?.used ?? null);
      if (!known) continue;
      const expected = s.used !== undefined ? known : grown(known);
      const large = isLarge(s, known);
      const vb = valueBytesOf(s);
      const fullBytes = DETAIL_BYTES + 2 * vb;
      // A large sheet seen for the first time whose rest fits this round in full is read in full: that spares the
      // round that would first locate its tables in its values.
      const whole = large && !s.layout && !s.located && sum(uncovered(expected, s.fullCovered), cellsIn) * fullBytes <= left;
      // A large sheet's tables across its known width: blank margin columns would cost their fills for every row.
      const full: Box[] = large && !whole ? tableRows(s.located ?? s.layout?.tables.map((t) => expand(t, 4, 0)) ?? [], known) : [expected];
      const planned: Box[] = [];
      for (const need of full.flatMap((b) => uncovered(b, s.fullCovered))) {
        for (const band of cut(need, fullBytes, left, queued)) {
          const h = queueFull(ws(s.name).getRange(boxA1(band)), this.caps);
          h.box = band;
          planned.push(band);
          left -= cellsIn(band) * fullBytes;
          queued++;
          collectors.push(() => void collectFull(s, h));
        }
      }
      if (large && s.used && this.readsMarks(s, sum(uncovered(expected, [...s.valuesCovered, ...planned]), cellsIn) * vb, left)) {
        // The cells holding a mark, instead of the values: settle() judges from them whether the rest matters.
        left -= this.marksBytes(s);
        queued++;
        s.marks = 'queued';
        const lists = s.search!.finds.map((f) => f.areas.areas.load('items/address,items/values'));
        collectors.push(() => {
          for (const list of lists)
            for (const area of list.items) {
              const box = boxOf(area.address);
              // Not counted as covered: they may be tens of thousands of single cells, and the sheet is covered whole
              // (absent) or read in bands over them (maybe).
              s.read.values.push({ box, rows: (area.values as CellValue[][]).map((row) => row.map(toValue)) });
            }
          s.marks = 'read';
        });
      } else if (large) {
        for (const need of uncovered(expected, [...s.valuesCovered, ...planned])) {
          for (const band of cut(need, vb, left, queued)) {
            const range = ws(s.name).getRange(boxA1(band));
            range.load('values');
            left -= cellsIn(band) * vb;
            queued++;
            collectors.push(() => {
              // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- collectors run after the round's sync
              const values = range.values as CellValue[][];
              s.read.values.push({ box: band, rows: values.map((row) => row.map(toValue)) });
              measure(s, band, values);
              s.valuesCovered.push(band);
            });
          }
        }
      }
    }

    try {
      await this.sync();
    } catch (error) {
      // A window that would run off the sheet (content only near its last row or column): survey those first.
      if (errorCode(error) === 'InvalidArgument' && unknown.length) {
        for (const s of unknown) s.layout = { used: { top: 0, left: 0, bottom: 0, right: 0 }, valueBytes: DEFAULT_VALUE_BYTES, tables: [] };
        throw new RetryRound(false);
      }
      throw error;
    }
    for (const c of collectors) c();
    collectHead?.();
    return this.settle();
  }

  /** After a round: locate tables in large sheets whose values are complete; true when nothing is missing. */
  private settle(): boolean {
    let missing = false;
    for (const s of this.states) {
      if (s.used === undefined) {
        missing = true;
        continue;
      }
      s.read.used = s.used;
      if (!s.used) continue;
      const large = isLarge(s, s.used);
      if (s.marks === 'read') {
        // Every cell holding a mark has been read (with the survey's window): if they head nothing, nothing else on
        // the sheet can (src/core/absence.ts), and the engine's answer on what was read is its answer on the sheet.
        const absent = !mayHoldTables(valuesGrid(s.read));
        s.marks = absent ? 'absent' : 'maybe';
        if (absent) {
          s.located = [];
          s.valuesCovered.push(s.used);
        }
      }
      if (uncovered(s.used, s.valuesCovered).length) {
        missing = true;
        continue;
      }
      if (large && !s.located) {
        const ranges = this.options.locate ? this.options.locate(valuesGrid(s.read)) : [];
        s.located = ranges.map(boxOf);
      }
      const full = large ? tableRows(s.located ?? [], s.used) : [s.used];
      if (full.some((b) => uncovered(b, s.fullCovered).length)) missing = true;
    }
    return !missing;
  }

  /** The layout for next time: used ranges, value density, tables. */
  private remember(): void {
    const sheets = new Map<string, SheetLayout>();
    for (const s of this.states) {
      const { cells, bytes } = s.measured;
      const located = s.located ?? (s.used && !isLarge(s, s.used) ? [] : undefined);
      sheets.set(s.name, { used: s.used ?? null, valueBytes: cells ? Math.max(4, bytes / cells) : DEFAULT_VALUE_BYTES, tables: located ?? s.layout?.tables ?? [] });
    }
    this.layout.set(this.states.map((s) => s.name), sheets);
  }
}

function sum<T>(items: T[], of: (item: T) => number): number {
  return items.reduce((n, item) => n + of(item), 0);
}

/** About how many bytes a text takes as UTF-8 (Chinese characters take three). */
function utf8Estimate(text: string): number {
  return text.length + 2 * (text.match(/[\u0080-\uffff]/g)?.length ?? 0);
}

function newState(name: string, visibility: string, isProtected: boolean, layout: SheetLayout | undefined): SheetState {
  return {
    name,
    visibility,
    protected: isProtected,
    layout,
    valuesCovered: [],
    fullCovered: [],
    extrasQueued: false,
    measured: { cells: 0, bytes: 0 },
    read: { name, visibility, protected: isProtected, used: null, values: [], numberFormats: [], fills: [], formulas: new Map(), merges: null, notes: null, threadedComments: 0 },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the read

function blockAt<T>(blocks: Block<T>[], row: number, col: number): T | undefined {
  // Later blocks are newer: a cell read twice keeps what was read last.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (contains(b.box, row, col)) return b.rows[row - b.box.top]?.[col - b.box.left];
  }
  return undefined;
}

export interface CellRead {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  /** The cell's own fill (RGB hex) or null for none; undefined where fills were not read. */
  fill: string | null | undefined;
}

/** A cell of a read sheet (0-based). Outside what was read, a blank cell whose fill is unknown. */
export function cellOf(sheet: SheetRead, row: number, col: number): CellRead {
  return {
    value: blockAt(sheet.values, row, col) ?? null,
    formula: sheet.formulas.get(`${row}:${col}`) ?? null,
    numberFormat: blockAt(sheet.numberFormats, row, col) ?? 'General',
    fill: blockAt(sheet.fills, row, col),
  };
}

/** The engine's view of a sheet: values, number formats, formulas and merged areas. */
export function sheetToGrid(sheet: SheetRead): Grid {
  const grid = emptyGrid(sheet.name, sheet.merges ?? undefined);
  for (const block of sheet.values) {
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const at = { row: block.box.top + r, col: block.box.left + c };
        const formula = sheet.formulas.get(`${at.row}:${at.col}`) ?? null;
        const nf = blockAt(sheet.numberFormats, at.row, at.col);
        // "General" is every blank cell's format: leave it out, so blank cells stay absent from the Grid.
        const format = nf && nf !== 'General' ? nf : null;
        if (value === null && !formula && !format) return;
        setCell(grid, at.row, at.col, { value, format, formula });
      }),
    );
  }
  return grid;
}

/** Grids for the engine: every sheet except jixiao's own. */
export function workbookGrids(read: WorkbookRead): Grid[] {
  return read.sheets.filter((s) => !isJixiaoSheet(s.name)).map(sheetToGrid);
}

/** A read sheet by name, as Excel finds sheets: without regard to letter case. */
export function sheetNamed(read: WorkbookRead, name: string): SheetRead | undefined {
  const key = name.toLocaleLowerCase();
  return read.sheets.find((s) => s.name.toLocaleLowerCase() === key);
}

/** Every cell of a sheet's read, row by row, as dense rows from its used range's top-left (jixiao's own small sheets). */
export function denseRows(sheet: SheetRead): { top: number; left: number; values: CellValue[][]; formulas: (string | null)[][]; numberFormats: string[][] } | null {
  if (!sheet.used) return null;
  const u = sheet.used;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = u.top; r <= u.bottom; r++) {
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const n: string[] = [];
    for (let c = u.left; c <= u.right; c++) {
      const cell = cellOf(sheet, r, c);
      v.push(cell.value);
      f.push(cell.formula);
      n.push(cell.numberFormat);
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { top: u.top, left: u.left, values, formulas, numberFormats };
}
