// Marks the add-in leaves in a workbook, and the ledger that lets every one of them be removed again.
import type { CellValue } from './grid';

/** The sheet listing every finding with a link to its cell. */
export const REPORT_SHEET = '校验结果';
/** A very hidden sheet recording each marked cell's original fill and note, so 清除标记 restores them exactly. */
export const LEDGER_SHEET = 'jixiao_marks';

export const LEDGER_HEADER = ['sheet', 'cell', 'originalFill', 'originalNote'];

/**
 * In Excel the ledger is kept in workbook.settings under this key (ledgerToRows() as JSON), because adding, hiding or
 * deleting a sheet clears the user's undo stack there. .xlsx doors (CLI, file mode) cannot see add-in settings, so
 * marks left by the add-in are removed by the add-in's 清除标记.
 */
export const LEDGER_SETTING = 'jixiao.ledger';

/** Every note jixiao writes starts with this line, so its own notes can be told from a person's. */
export const NOTE_PREFIX = '绩效自评助手：';

export interface LedgerEntry {
  sheet: string;
  cell: string;
  /** The cell's own fill before jixiao marked it: an RGB hex like "FFFF00", or null for no fill. */
  originalFill: string | null;
  /** The cell's own note before jixiao marked it, or null. */
  originalNote: string | null;
}

/** Sheets that jixiao itself writes; the engine never looks for tables in them. */
export function isJixiaoSheet(name: string): boolean {
  return name === REPORT_SHEET || name === LEDGER_SHEET;
}

export function ledgerToRows(entries: LedgerEntry[]): string[][] {
  return [LEDGER_HEADER, ...entries.map((e) => [e.sheet, e.cell, e.originalFill ?? '', e.originalNote ?? ''])];
}

export function ledgerFromRows(rows: CellValue[][]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const row of rows.slice(1)) {
    const [sheet, cell, fill, note] = row.map((v) => (v === null || v === undefined ? '' : String(v)));
    if (!sheet || !cell) continue;
    entries.push({ sheet, cell, originalFill: fill || null, originalNote: note || null });
  }
  return entries;
}

/** A link Excel follows inside the workbook; ExcelJS's own internal hyperlinks are broken (its issue #3027).
 *  It shows the cell's address only: the 校验结果 sheet names the sheet in its own column. */
export function cellLinkFormula(sheet: string, cell: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const label = cell;
  return `HYPERLINK("#${quoted.replace(/"/g, '""')}!${cell}","${label}")`;
}
