// Reading a workbook through Office.js: every sheet's used range (values, number formats, formulas, fills) and
// notes, queued into ONE context.sync(). Only sheet names must be known in advance; the caller keeps them from the
// previous read (SheetNameCache), and a sheet added since then costs one catch-up sync.
import { type CellValue, type Grid, gridFromRows, isJixiaoSheet, parseAddress } from '../core';

export interface Capabilities {
  /** ExcelApi 1.18: Worksheet.notes. Without it, marks are fills only. */
  notes: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup }) makes one recalculation one Ctrl+Z. */
  undoGroup: boolean;
}

export interface SheetRead {
  name: string;
  visibility: string;
  protected: boolean;
  /** 0-based row/column of the used range's top-left cell. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Formula text where the cell holds a formula, else null. */
  formulas: (string | null)[][];
  numberFormats: string[][];
  /** Each cell's own fill: RGB hex ("FFFF00") or null for none. */
  fills: (string | null)[][];
  /** Text of every note on the sheet (locations unknown), or null where notes are not supported. */
  notes: string[] | null;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  structureProtected: boolean;
  /** Stored values of the workbook.settings keys asked for (absent keys are missing). */
  settings: Record<string, unknown>;
  /** How many context.sync() calls the read took. */
  syncs: number;
}

/** Remembers the workbook's sheet names between operations, so a read needs no discovery round trip. */
export class SheetNameCache {
  private names: string[] | null = null;
  get(): string[] | null {
    return this.names ? [...this.names] : null;
  }
  set(names: string[]): void {
    this.names = [...names];
  }
  clear(): void {
    this.names = null;
  }
}

interface SheetHandles {
  used: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  notes: Excel.NoteCollection | null;
}

function queueSheet(context: Excel.RequestContext, name: string, caps: Capabilities): SheetHandles {
  const ws = context.workbook.worksheets.getItem(name);
  // valuesOnly: a column formatted to row 1,048,576 must not turn into a million-row read.
  const used = ws.getUsedRange(true);
  used.load('address,values,numberFormat,formulas');
  const props = used.getCellProperties({ format: { fill: { color: true, pattern: true } } });
  const notes = caps.notes ? ws.notes.load('items/content') : null;
  return { used, props, notes };
}

/** "'自评表'!B3:I52" → 0-based top/left. */
export function rangeOrigin(address: string): { top: number; left: number } {
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0];
  if (!/^\$?[A-Za-z]+\$?\d+$/.test(local)) return { top: 0, left: 0 };
  const { row, col } = parseAddress(local);
  return { top: row, left: col };
}

function fillOf(props: Excel.CellProperties | undefined): string | null {
  const fill = props?.format?.fill;
  if (!fill || fill.pattern === 'None' || !fill.color) return null;
  return fill.color.replace(/^#/, '').toUpperCase();
}

function toValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function collectSheet(name: string, visibility: string, isProtected: boolean, h: SheetHandles): SheetRead {
  const { top, left } = rangeOrigin(h.used.address);
  const values = h.used.values.map((row) => row.map(toValue));
  const formulas = h.used.formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
  const numberFormats = h.used.numberFormat.map((row) => row.map((f) => (typeof f === 'string' ? f : 'General')));
  const fills = h.props.value.map((row) => row.map(fillOf));
  const notes = h.notes ? h.notes.items.map((n) => n.content) : null;
  return { name, visibility, protected: isProtected, top, left, values, formulas, numberFormats, fills, notes };
}

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ItemNotFound';
}

/**
 * Reads every sheet in one sync when `cache` knows the sheet names (the usual case: the task pane read the
 * workbook when it opened). Sheets unknown to the cache are read in one more sync; a sheet deleted or renamed
 * since the cache was filled restarts the read without the cache.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  cache: SheetNameCache,
  caps: Capabilities,
  settingKeys: string[] = [],
): Promise<WorkbookRead> {
  let syncs = 0;
  const attempt = async (known: string[]): Promise<WorkbookRead> => {
    const collection = context.workbook.worksheets;
    collection.load('items/name,items/visibility,items/protection/protected');
    const protection = context.workbook.protection;
    protection.load('protected');
    const settingItems = settingKeys.map((key) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load('value');
      return { key, item };
    });
    const handles = new Map<string, SheetHandles>();
    for (const name of known) handles.set(name, queueSheet(context, name, caps));
    syncs++;
    await context.sync();

    const listed = collection.items.map((ws) => ({ name: ws.name, visibility: String(ws.visibility), protected: ws.protection.protected }));
    const missing = listed.filter((s) => !handles.has(s.name));
    if (missing.length) {
      for (const s of missing) handles.set(s.name, queueSheet(context, s.name, caps));
      syncs++;
      await context.sync();
    }
    cache.set(listed.map((s) => s.name));
    return {
      sheets: listed.map((s) => collectSheet(s.name, s.visibility, s.protected, handles.get(s.name)!)),
      structureProtected: protection.protected,
      settings: Object.fromEntries(settingItems.filter((s) => !s.item.isNullObject).map((s) => [s.key, s.item.value])),
      syncs,
    };
  };
  const known = cache.get();
  try {
    return await attempt(known ?? []);
  } catch (error) {
    if (!known || !isItemNotFound(error)) throw error;
    cache.clear();
    return attempt([]);
  }
}

/** The engine's view of a sheet: the used range placed at its origin, with formats and formulas. */
export function sheetToGrid(sheet: SheetRead): Grid {
  // "General" is every blank cell's format: leave it out, so blank cells stay absent from the Grid.
  const formats = sheet.numberFormats.map((row) => row.map((f) => (f === 'General' ? null : f)));
  return gridFromRows(sheet.name, sheet.values, { formats, formulas: sheet.formulas, top: sheet.top, left: sheet.left });
}

/** Grids for the engine: every sheet except jixiao's own. */
export function workbookGrids(read: WorkbookRead): Grid[] {
  return read.sheets.filter((s) => !isJixiaoSheet(s.name)).map(sheetToGrid);
}

/** A cell of a read sheet by A1 address, or undefined outside the used range. */
export function cellOf(sheet: SheetRead, row: number, col: number): { value: CellValue; formula: string | null; numberFormat: string; fill: string | null } | undefined {
  const r = row - sheet.top;
  const c = col - sheet.left;
  if (r < 0 || c < 0 || r >= sheet.values.length || c >= (sheet.values[r]?.length ?? 0)) return undefined;
  return { value: sheet.values[r][c], formula: sheet.formulas[r]?.[c] ?? null, numberFormat: sheet.numberFormats[r]?.[c] ?? 'General', fill: sheet.fills[r]?.[c] ?? null };
}
