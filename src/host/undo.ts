// The safe-undo rule, shared by every door: 撤销本次写入 puts back only the cells that still hold what the
// recalculation wrote. A cell a person changed since is theirs now: it is left as it is and listed.
import type { CellValue } from '../core';

export interface CellBefore {
  value: CellValue;
  /** The formula the cell held, if any. */
  formula: string | null;
  /** The number format to put back, where the recalculation changed it; null leaves the format alone. */
  numberFormat: string | null;
}

/** One cell a recalculation wrote: what it held before and what was written. */
export interface WrittenCell {
  sheet: string;
  cell: string;
  before: CellBefore;
  after: CellValue;
}

export interface SafeUndoPlan {
  restore: WrittenCell[];
  /** Cells changed since the recalculation: left as they are. */
  kept: WrittenCell[];
}

/** Values equal as a person reads them: numbers to 1e-9 (a bridge may round the last bit), text trimmed. */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return typeof a === typeof b && String(a).trim() === String(b).trim();
}

/** Splits a recalculation's record into cells to restore and cells changed since; `now` reads a cell as it is. */
export function planSafeUndo(record: WrittenCell[], now: (sheet: string, cell: string) => CellValue | undefined): SafeUndoPlan {
  const restore: WrittenCell[] = [];
  const kept: WrittenCell[] = [];
  for (const w of record) (sameCellValue(now(w.sheet, w.cell), w.after) ? restore : kept).push(w);
  return { restore, kept };
}
