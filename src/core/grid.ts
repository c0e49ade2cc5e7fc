// A Grid is one worksheet as plain data: what every adapter (Office.js, ExcelJS) produces and the engine reads.
// Rows and columns are 0-based from A1; an adapter whose used range starts elsewhere pads with nulls.

export type CellValue = number | string | boolean | null;

export interface Grid {
  /** The worksheet's name, as shown on its tab. */
  sheet: string;
  /** Cell values; for a formula cell, its cached result. */
  values: CellValue[][];
  /** Number formats ("0.00%", "General", …) where known. */
  formats?: (string | null | undefined)[][];
  /** Formula text ("=G11/D11") where the cell holds a formula, else null. */
  formulas?: (string | null | undefined)[][];
  /** Merged ranges as A1 ranges ("A12:A30"), where the adapter knows them. Optional: the engine also infers
   *  merged labels from blank cells, because Office.js cannot read merges without clearing the undo stack. */
  merges?: string[];
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

export function valueAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

export function formatAt(grid: Grid, row: number, col: number): string | null {
  return grid.formats?.[row]?.[col] ?? null;
}

export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const f = grid.formulas?.[row]?.[col];
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function colCount(grid: Grid): number {
  let n = 0;
  for (const row of grid.values) if (row && row.length > n) n = row.length;
  return n;
}
