// What the WPS add-in keeps in the workbook itself: the pane's settings and what the last recalculation wrote (for
// 撤销本次写入 under the safe-undo rule). WPS's PluginStorage is not kept when WPS closes (et-jsapi-declare
// index.d.ts), and the undo must work from another session or another computer, so both live in a very hidden sheet
// that travels with the file. One row per item, all text:
//   settings | <JSON, split over columns when longer than a cell holds>
//   write    | sheet | cell | <before JSON> | <after JSON>
import type { CellValue } from '../core';
import type { CellBefore, PaneSettings, WrittenCell } from '../host';
import { parseSettings } from '../host';

export const STATE_SHEET = 'jixiao_state';

/** A cell holds at most 32,767 characters; settings longer than a chunk go on in the next columns. */
const CHUNK = 30000;

export interface WpsState {
  settings: PaneSettings | null;
  lastRecalc: WrittenCell[];
}

function parseJson<T>(text: CellValue | undefined): T | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function stateFromRows(rows: CellValue[][]): WpsState {
  const state: WpsState = { settings: null, lastRecalc: [] };
  for (const row of rows) {
    if (row[0] === 'settings') state.settings = parseSettings(row.slice(1).map((c) => (c === null ? '' : String(c))).join(''));
    if (row[0] !== 'write' || typeof row[1] !== 'string' || typeof row[2] !== 'string') continue;
    const before = parseJson<CellBefore>(row[3]);
    const after = parseJson<CellValue>(row[4]);
    if (!before || after === undefined) continue;
    state.lastRecalc.push({ sheet: row[1], cell: row[2], before: { value: before.value ?? null, formula: before.formula ?? null, numberFormat: before.numberFormat ?? null }, after });
  }
  return state;
}

export function stateToRows(state: WpsState): string[][] {
  const rows: string[][] = [];
  if (state.settings) {
    const json = JSON.stringify(state.settings);
    const chunks: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
    rows.push(['settings', ...chunks]);
  }
  for (const w of state.lastRecalc) rows.push(['write', w.sheet, w.cell, JSON.stringify(w.before), JSON.stringify(w.after)]);
  return rows;
}
