// How a WritePlan's marks land on cells, the same in every door: one fill and one note per cell, the note starting
// with jixiao's prefix so it can be told from a person's own and removed again.
import { type CellMark, NOTE_PREFIX } from '../core';

export const ORIGINAL_NOTE_LABEL = '（原批注）';

const SEVERITY_ORDER: Record<CellMark['severity'], number> = { error: 0, warning: 1, info: 2 };

export interface CellMarks {
  sheet: string;
  cell: string;
  /** The most severe finding's fill (RGB hex), or null for a note only. */
  fill: string | null;
  notes: string[];
}

/** Several findings may point at one cell: one fill (the most severe), one note listing them all. */
export function groupMarks(marks: CellMark[]): CellMarks[] {
  const byCell = new Map<string, CellMark[]>();
  for (const m of marks) {
    const cell = m.cell.replace(/\$/g, '');
    const k = `${m.sheet}\u0000${cell}`;
    byCell.set(k, [...(byCell.get(k) ?? []), { ...m, cell }]);
  }
  return [...byCell.values()].map((list) => {
    list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { sheet: list[0].sheet, cell: list[0].cell, fill: list.find((m) => m.fill)?.fill ?? null, notes: [...new Set(list.map((m) => m.note).filter((n) => n && n.trim()))] };
  });
}

export function isOurNote(text: string): boolean {
  return text.startsWith(NOTE_PREFIX);
}

/** jixiao's note on a marked cell: the engine's note(s), then the person's own note if the cell had one. */
export function markNote(notes: string[], originalNote: string | null): string {
  const body = notes.map((n) => (n.startsWith(NOTE_PREFIX) ? n.slice(NOTE_PREFIX.length).replace(/^\n/, '') : n));
  return [NOTE_PREFIX, ...body, ...(originalNote ? [ORIGINAL_NOTE_LABEL + originalNote] : [])].join('\n');
}
