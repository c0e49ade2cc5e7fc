// locate → parse → score → rules → plan, over every sheet of a workbook.
import type { Grid } from './grid';
import type { Finding, Report, RuleId, WritePlan } from './report';
import type { GradeBand, ProfileName } from './profile';

export type Locale = 'zh-CN' | 'en-US';

export interface IgnoreEntry {
  rule: RuleId;
  sheet: string;
  cell: string;
  reason: string;
}

export interface EngineOptions {
  /** Default national. */
  profile?: ProfileName;
  /** Default: the profile's bands (90 优, 80 良, 60 中, 0 差). */
  gradeBands?: GradeBand[];
  /** Language of messages and of the 校验结果 sheet; default zh-CN. */
  locale?: Locale;
  /** Findings the user chose to ignore: still reported (with `ignored`), never marked, never counted for exit 1. */
  ignores?: IgnoreEntry[];
}

export interface Analysis {
  /** Findings as read, the tables found, and the writes recalc makes. `tables` is empty when no table was found. */
  report: Report;
  /** Findings that remain once the writes are applied: what a person still has to fix. */
  remaining: Finding[];
  /** Writes, marks (for `remaining`, less ignored ones) and the 校验结果 sheet. */
  plan: WritePlan;
}

export function analyzeWorkbook(_grids: Grid[], _options: EngineOptions = {}): Analysis {
  throw new Error('engine under construction');
}

/** The grids as they will read after the writes: a pure copy, inputs untouched. */
export function applyWrites(_grids: Grid[], _writes: WritePlan['writes']): Grid[] {
  throw new Error('engine under construction');
}
