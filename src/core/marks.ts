// Marks the add-in leaves in a workbook, and the ledger that lets every one of them be removed again.
import type { CellValue } from './grid';

/** The sheet listing every finding with a link to its cell. */
export const REPORT_SHEET = '校验结果';
/** The sheet listing every cell the last recalc that wrote anything wrote: before, after, why. */
export const CHANGE_SHEET = '修改记录';
/** A very hidden sheet recording each marked cell's original fill and note, so 清除标记 restores them exactly. */
export const LEDGER_SHEET = 'jixiao_marks';

/** Every sheet jixiao writes, as the add-in doors name them: what 生成提交版 deletes there. */
export const OWN_SHEETS: readonly string[] = [REPORT_SHEET, CHANGE_SHEET, LEDGER_SHEET];

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

/** Sheets that jixiao itself writes, by name: how the Excel door tells them today. The .xlsx doors go by the
 *  signature below instead, so that a person's own sheet of that name is theirs. */
export function isJixiaoSheet(name: string): boolean {
  return OWN_SHEETS.includes(name);
}

/**
 * Workbook defined names that sign jixiao's own sheets: a sheet is jixiao's report (or ledger) only when the name
 * refers to it, never by its name alone. Excel keeps a defined name pointing at its sheet when the sheet is renamed
 * or moved, and drops it to #REF! when the sheet is deleted.
 */
export const REPORT_SIGNATURE = 'jixiao_report';
export const LEDGER_SIGNATURE = 'jixiao_ledger';
export const CHANGE_SIGNATURE = 'jixiao_changes';

/** What a signature name refers to: the sheet's A1, as Excel writes a reference ('it''s'!$A$1). */
export function signatureRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** The sheet a reference names ('校验结果'!$A$1, Sheet1!A1:B2), or null for a reference without one. */
export function sheetOfRef(ref: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref.trim());
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^#REF!/i.test(ref.trim())) return null; // the sheet was deleted
  const plain = /^([^!'[\]]+)!/.exec(ref.trim());
  return plain ? plain[1] : null;
}

export interface SignedName {
  name: string;
  /** Its references, as written in the workbook. */
  refs: string[];
}

export interface OwnSheets {
  /** jixiao's 校验结果 sheet, by its current name, or null. */
  report: string | null;
  /** jixiao's ledger sheet, or null; only a very hidden sheet is trusted as one. */
  ledger: string | null;
  /** jixiao's 修改记录 sheet, or null. */
  changes: string | null;
}

/** Which sheets a workbook's signature names mark as jixiao's own. */
export function ownSheets(names: SignedName[], sheets: { name: string; state: string }[]): OwnSheets {
  const signed = (signature: string) => {
    const ref = names.find((n) => n.name.toLowerCase() === signature)?.refs[0];
    const sheet = ref ? sheetOfRef(ref) : null;
    return sheets.find((s) => sheet !== null && sameSheetName(s.name, sheet)) ?? null;
  };
  const report = signed(REPORT_SIGNATURE);
  const ledger = signed(LEDGER_SIGNATURE);
  const changes = signed(CHANGE_SIGNATURE);
  return {
    report: report?.name ?? null,
    ledger: ledger && ledger.state === 'veryHidden' && ledger !== report ? ledger.name : null,
    changes: changes && changes !== report && changes !== ledger ? changes.name : null,
  };
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `base` if no sheet holds that name, else base(2), base(3)…: where jixiao writes beside a person's own sheet. */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const names = [...taken];
  const free = (name: string) => !names.some((t) => sameSheetName(t, name));
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}(${n})`)) return `${base}(${n})`;
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
