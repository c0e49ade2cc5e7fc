// 撤销本次写入, decided without any host, shared by every door. The safe-undo rule: undo puts back only the cells that
// still hold what the recalculation wrote; a cell a person changed since is theirs now, left as it is and listed.
// planSafeUndo applies it to written cells (the WPS door keeps them in its runtime); the Excel door keeps a fuller
// RecalcRecord in the workbook (cells, fills, notes, 校验结果, the ledger), so the task pane and the ribbon button,
// which run apart, undo the same thing, and planUndo / ledgerAfterUndo apply the same rule to all of it.
import type { CellValue, LedgerEntry } from '../core';

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

// ---------------------------------------------------------------------------------------------------------------
// The record a recalculation leaves in the workbook

export interface CellContent {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

export interface CellChange {
  sheet: string;
  cell: string;
  before: CellContent;
  /** What the recalculation wrote: its value, and the number format it set (absent: it left the format). */
  after: { value: CellValue; numberFormat?: string };
}

/** A fill or a note the recalculation changed (null: none). */
export interface MarkChange {
  sheet: string;
  cell: string;
  before: string | null;
  after: string | null;
}

/** A sheet jixiao rewrote whole (校验结果): as it was, or that it did not exist. */
export interface SheetContents {
  name: string;
  existed: boolean;
  top?: number;
  left?: number;
  values?: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: string[][];
  /** Its merged areas ("A2:I2"), where it had any: the group lines of jixiao's own sheets. */
  merges?: string[];
  /** A fingerprint of what the recalculation wrote there, to tell on undo whether someone changed it since. */
  afterDigest?: string;
}

export interface RecalcRecord {
  v: 1;
  /** When the recalculation ran (ISO 8601). */
  at: string;
  cells: CellChange[];
  fills: MarkChange[];
  notes: MarkChange[];
  sheets: SheetContents[];
  /** The ledger of marks before the recalculation. */
  ledgerBefore: LedgerEntry[];
  /** Stored settings the recalculation replaced, with their values before (absent: there was none). */
  settings: { key: string; before?: unknown }[];
}

/** What the workbook holds now, as far as the door has read it (undefined: not read). */
export interface CurrentState {
  cell(sheet: string, cell: string): { value: CellValue; formula: string | null } | undefined;
  fill(sheet: string, cell: string): string | null | undefined;
  note(sheet: string, cell: string): string | null | undefined;
}

/** A derived cell changed since the recalculation: left as it is. */
export interface KeptCell {
  sheet: string;
  cell: string;
  /** What the recalculation wrote there. */
  wrote: CellValue;
  /** What it holds now. */
  now: CellValue;
  /** Its formula now, where a person typed one. */
  formula: string | null;
}

export interface UndoPlan {
  cells: CellChange[];
  fills: MarkChange[];
  notes: MarkChange[];
  kept: KeptCell[];
}

export interface UndoOutcome {
  /** Derived cells put back as they were. */
  restored: number;
  /** Derived cells changed since, left as they are. */
  kept: KeptCell[];
}

const key = (sheet: string, cell: string) => `${sheet.toLocaleLowerCase()}\u0000${cell}`;

/** What to put back: each change whose cell still holds what the recalculation left; everything else stays. */
export function planUndo(record: RecalcRecord, now: CurrentState): UndoPlan {
  const plan: UndoPlan = { cells: [], fills: [], notes: [], kept: [] };
  for (const c of record.cells) {
    const current = now.cell(c.sheet, c.cell);
    if (current && current.formula === null && sameCellValue(current.value, c.after.value)) plan.cells.push(c);
    else plan.kept.push({ sheet: c.sheet, cell: c.cell, wrote: c.after.value, now: current?.value ?? null, formula: current?.formula ?? null });
  }
  // A fill or note someone changed since is theirs too; it is left without comment (it is not a figure).
  for (const f of record.fills) if (now.fill(f.sheet, f.cell) === f.after) plan.fills.push(f);
  for (const n of record.notes) if ((now.note(n.sheet, n.cell) ?? null) === n.after) plan.notes.push(n);
  return plan;
}

/**
 * The ledger after the undo: cells whose mark was put back take their entry from before the recalculation (or
 * none); cells whose mark stayed keep the entry they have now, so 清除标记 can still remove it.
 */
export function ledgerAfterUndo(current: LedgerEntry[], record: RecalcRecord, plan: UndoPlan): LedgerEntry[] {
  const undone = new Set([...plan.fills, ...plan.notes.filter((n) => !record.fills.some((f) => key(f.sheet, f.cell) === key(n.sheet, n.cell)))].map((m) => key(m.sheet, m.cell)));
  const before = new Map(record.ledgerBefore.map((e) => [key(e.sheet, e.cell), e]));
  const out: LedgerEntry[] = [];
  const seen = new Set<string>();
  for (const e of current) {
    const k = key(e.sheet, e.cell);
    seen.add(k);
    if (!undone.has(k)) out.push(e);
    else if (before.has(k)) out.push(before.get(k)!);
  }
  for (const [k, e] of before) if (undone.has(k) && !seen.has(k)) out.push(e);
  return out;
}

/** A record from workbook storage, or null when there is none or it cannot be read. */
export function parseRecord(raw: unknown): RecalcRecord | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const r = value as Partial<RecalcRecord> | null;
  if (!r || r.v !== 1 || !Array.isArray(r.cells) || !Array.isArray(r.fills) || !Array.isArray(r.notes) || !Array.isArray(r.sheets)) return null;
  return { v: 1, at: String(r.at ?? ''), cells: r.cells, fills: r.fills, notes: r.notes, sheets: r.sheets, ledgerBefore: Array.isArray(r.ledgerBefore) ? r.ledgerBefore : [], settings: Array.isArray(r.settings) ? r.settings : [] };
}
