// Rectangles of cells (0-based, inclusive) and the A1 text Office.js hands back for them.
import { parseRange, rangeAddress } from '../core';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLS = 16_384;

export function cellsIn(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

export function boxA1(box: Box): string {
  return rangeAddress(box.top, box.left, box.bottom, box.right);
}

/** "'自评表'!B3:I52", "Sheet1!A1" or "B3:I52" → its box. */
export function boxOf(address: string): Box {
  const local = address.slice(address.lastIndexOf('!') + 1).trim();
  return parseRange(local);
}

/**
 * A RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4") → its boxes. Sheet names may hold commas inside their quotes,
 * so the list is split only at commas outside quotes.
 */
export function boxesOf(address: string): Box[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean).map(boxOf);
}

export function intersect(a: Box, b: Box): Box | null {
  const box = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

export function contains(box: Box, row: number, col: number): boolean {
  return box.top <= row && row <= box.bottom && box.left <= col && col <= box.right;
}

/** `box` grown by `rows` and `cols` on every side, kept on the sheet. */
export function expand(box: Box, rows: number, cols: number): Box {
  return {
    top: Math.max(0, box.top - rows),
    left: Math.max(0, box.left - cols),
    bottom: Math.min(SHEET_ROWS - 1, box.bottom + rows),
    right: Math.min(SHEET_COLS - 1, box.right + cols),
  };
}

/** The parts of `box` that none of `covered` holds, as rectangles. */
export function uncovered(box: Box, covered: Box[]): Box[] {
  let rest: Box[] = [box];
  for (const c of covered) {
    const next: Box[] = [];
    for (const r of rest) {
      const x = intersect(r, c);
      if (!x) {
        next.push(r);
        continue;
      }
      if (r.top < x.top) next.push({ ...r, bottom: x.top - 1 });
      if (x.bottom < r.bottom) next.push({ ...r, top: x.bottom + 1 });
      if (r.left < x.left) next.push({ top: x.top, bottom: x.bottom, left: r.left, right: x.left - 1 });
      if (x.right < r.right) next.push({ top: x.top, bottom: x.bottom, left: x.right + 1, right: r.right });
    }
    rest = next;
    if (!rest.length) break;
  }
  return rest;
}

/** `box` cut into bands of at most `rows` rows, top to bottom. */
export function bands(box: Box, rows: number): Box[] {
  const out: Box[] = [];
  const step = Math.max(1, Math.floor(rows));
  for (let top = box.top; top <= box.bottom; top += step) out.push({ ...box, top, bottom: Math.min(box.bottom, top + step - 1) });
  return out;
}
