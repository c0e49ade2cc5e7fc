// A Grid is one worksheet as plain data: what every adapter (Office.js, ExcelJS, WPS, .docx tables) produces and the
// engine reads. It holds only the rows that hold something, so memory and time follow the cells that exist: a stray
// cell at A1048576 or XFD1 costs one row, never a 1,048,576 × 16,384 rectangle. Rows and columns are 0-based from A1.
// Code outside this module reads a Grid only through the functions below, never through its fields.

export type CellValue = number | string | boolean | null;

/** One filled row. Its arrays are as long as its last filled column; holes and nulls are blank cells. */
export interface GridRow {
  /** Cell values; for a formula cell, its cached result. */
  values: CellValue[];
  /** Number formats ("0.00%", "General", …) where known. */
  formats?: (string | null | undefined)[];
  /** Formula text ("=G11/D11") where the cell holds a formula, else null. */
  formulas?: (string | null | undefined)[];
}

export interface Grid {
  /** The worksheet's name, as shown on its tab. */
  sheet: string;
  /** Filled rows by 0-based row index. */
  rows: Map<number, GridRow>;
  /** Merged ranges as A1 ranges ("A12:A30"), where the adapter knows them. Optional: the engine also infers
   *  merged labels from blank cells. */
  merges?: string[];
}

export interface GridCellInput {
  value: CellValue;
  format?: string | null;
  formula?: string | null;
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** 0-based row/col → "I11". */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "I11" or "$I$11" → 0-based row/col. */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** "A12:C30" (or a single "A12") → 0-based corners. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = range.replace(/\$/g, '').split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

// ---------------------------------------------------------------------------------------------------------------
// Building

export function emptyGrid(sheet: string, merges?: string[]): Grid {
  return merges ? { sheet, rows: new Map(), merges } : { sheet, rows: new Map() };
}

const sortedRows = new WeakMap<Grid, number[]>();

/** Sets one cell; a cell with no value, format or formula is left out. */
export function setCell(grid: Grid, row: number, col: number, cell: GridCellInput): void {
  const hasValue = cell.value !== null && cell.value !== undefined && cell.value !== '';
  const format = cell.format ?? null;
  const formula = cell.formula ?? null;
  let target = grid.rows.get(row);
  if (!target) {
    if (!hasValue && format === null && formula === null) return;
    target = { values: [] };
    grid.rows.set(row, target);
    sortedRows.delete(grid);
  }
  target.values[col] = cell.value ?? null;
  if (format !== null || target.formats) (target.formats ??= [])[col] = format;
  if (formula !== null || target.formulas) (target.formulas ??= [])[col] = formula;
}

export interface GridRowsOptions {
  formats?: (string | null | undefined)[][];
  formulas?: (string | null | undefined)[][];
  merges?: string[];
  /** Where rows[0][0] sits on the sheet (0-based). */
  top?: number;
  left?: number;
}

/** A Grid from rows of cells, as a test or a dense adapter has them; blank cells are left out. */
export function gridFromRows(sheet: string, values: CellValue[][], options: GridRowsOptions = {}): Grid {
  const grid = emptyGrid(sheet, options.merges);
  const top = options.top ?? 0;
  const left = options.left ?? 0;
  const height = Math.max(values.length, options.formats?.length ?? 0, options.formulas?.length ?? 0);
  for (let r = 0; r < height; r++) {
    const vs = values[r] ?? [];
    const fs = options.formats?.[r];
    const xs = options.formulas?.[r];
    const width = Math.max(vs.length, fs?.length ?? 0, xs?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = vs[c] ?? null;
      const format = fs?.[c] ?? null;
      const formula = xs?.[c] ?? null;
      if ((value === null || value === '') && format === null && formula === null) continue;
      setCell(grid, top + r, left + c, { value, format, formula });
    }
  }
  return grid;
}

/** A copy that shares every row but those it is told to change: the engine's "as it will read after the writes". */
export function withCells(grid: Grid, cells: { row: number; col: number; value: CellValue; format?: string }[]): Grid {
  if (cells.length === 0) return grid;
  const copy: Grid = { ...grid, rows: new Map(grid.rows) };
  const copied = new Set<number>();
  for (const { row, col, value, format } of cells) {
    if (!copied.has(row)) {
      const old = copy.rows.get(row);
      copy.rows.set(row, old ? { values: [...old.values], formats: old.formats && [...old.formats], formulas: old.formulas && [...old.formulas] } : { values: [] });
      copied.add(row);
    }
    const target = copy.rows.get(row)!;
    target.values[col] = value;
    if (format !== undefined) (target.formats ??= [])[col] = format;
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

export function valueAt(grid: Grid, row: number, col: number): CellValue {
  return grid.rows.get(row)?.values[col] ?? null;
}

export function formatAt(grid: Grid, row: number, col: number): string | null {
  return grid.rows.get(row)?.formats?.[col] ?? null;
}

export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const f = grid.rows.get(row)?.formulas?.[col];
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

interface MergeIndex {
  /** Merged ranges by each row they cover (ranges up to TALL rows high). */
  byRow: Map<number, ReturnType<typeof parseRange>[]>;
  /** Taller ranges, scanned one by one (whole-column merges are rare). */
  tall: ReturnType<typeof parseRange>[];
}
const TALL = 4096;
const mergeIndexes = new WeakMap<Grid, MergeIndex>();

function mergeIndex(grid: Grid): MergeIndex {
  let index = mergeIndexes.get(grid);
  if (!index) {
    index = { byRow: new Map(), tall: [] };
    for (const range of grid.merges ?? []) {
      let m: ReturnType<typeof parseRange>;
      try {
        m = parseRange(range);
      } catch {
        continue; // a merge the adapter could not name is no merge
      }
      if (m.top === m.bottom && m.left === m.right) continue;
      if (m.bottom - m.top >= TALL) {
        index.tall.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        const list = index.byRow.get(r);
        if (list) list.push(m);
        else index.byRow.set(r, [m]);
      }
    }
    mergeIndexes.set(grid, index);
  }
  return index;
}

/** The merged range holding (row, col), where the adapter knows merges; null outside every merge. */
export function mergeAt(grid: Grid, row: number, col: number): { top: number; left: number; bottom: number; right: number } | null {
  if (!grid.merges?.length) return null;
  const index = mergeIndex(grid);
  const inside = (m: ReturnType<typeof parseRange>) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right;
  return index.byRow.get(row)?.find(inside) ?? index.tall.find(inside) ?? null;
}

/** The cell that holds the value of (row, col): the top-left cell of its merged range, or the cell itself. A merged
 *  area shows one value and takes writes, fills and notes in its top-left cell only. */
export function mergeAnchor(grid: Grid, row: number, col: number): { row: number; col: number } {
  const m = mergeAt(grid, row, col);
  return m ? { row: m.top, col: m.left } : { row, col };
}

/** The filled rows' indices, top to bottom. */
export function filledRows(grid: Grid): readonly number[] {
  let rows = sortedRows.get(grid);
  if (!rows) {
    rows = [...grid.rows.keys()].sort((a, b) => a - b);
    sortedRows.set(grid, rows);
  }
  return rows;
}

/** Filled rows from `from` to `to`, inclusive, top to bottom. */
export function filledRowsBetween(grid: Grid, from: number, to: number): readonly number[] {
  const rows = filledRows(grid);
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < rows.length && rows[i] <= to; i++) out.push(rows[i]);
  return out;
}

/** The non-blank values of a row, left to right, with their columns. */
export function rowEntries(grid: Grid, row: number): { col: number; value: Exclude<CellValue, null> }[] {
  const values = grid.rows.get(row)?.values;
  const out: { col: number; value: Exclude<CellValue, null> }[] = [];
  if (!values) return out;
  values.forEach((value, col) => {
    if (value !== null && value !== '') out.push({ col, value });
  });
  return out;
}

/** How far right the row reaches (its last cell with anything in it, + 1). */
export function rowWidth(grid: Grid, row: number): number {
  const r = grid.rows.get(row);
  if (!r) return 0;
  return Math.max(r.values.length, r.formats?.length ?? 0, r.formulas?.length ?? 0);
}

/** Rows up to the last filled one (its index + 1). Loop over filledRows() instead of 0…rowCount(). */
export function rowCount(grid: Grid): number {
  const rows = filledRows(grid);
  return rows.length ? rows[rows.length - 1] + 1 : 0;
}

/** Columns up to the widest row's last cell (+ 1). */
export function colCount(grid: Grid): number {
  let n = 0;
  for (const row of grid.rows.keys()) n = Math.max(n, rowWidth(grid, row));
  return n;
}

/** How many cells hold a value. */
export function cellCount(grid: Grid): number {
  let n = 0;
  for (const row of grid.rows.keys()) n += rowEntries(grid, row).length;
  return n;
}

/** The values of rows top…bottom, columns left…right, as a dense block (for small regions only: a preview, a test). */
export function regionValues(grid: Grid, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c++) row.push(valueAt(grid, r, c));
    out.push(row);
  }
  return out;
}
