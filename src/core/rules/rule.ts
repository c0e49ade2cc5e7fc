// A rule inspects one table and reports findings; its text lives apart from its logic, in zh-CN and en-US
// tables keyed by message id (the ESLint model).
import type { TableCalc } from '../derive';
import type { Figure, Table } from '../model';
import type { GradeBand, Profile } from '../profile';
import type { RuleId, Severity } from '../report';
import type { Locale } from '../engine';
import { formatNumber, formatPercent } from '../text';

export type MessageData = Record<string, string | number>;

export interface RuleReport {
  cell: string;
  related?: string[];
  messageId: string;
  data: MessageData;
  expected: number | string | null;
  actual: number | string | null;
  fixable?: boolean;
}

export interface RuleContext {
  table: Table;
  calc: TableCalc;
  profile: Profile;
  bands: GradeBand[];
  locale: Locale;
  report(r: RuleReport): void;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** One line: what the rule checks. */
  description: Record<Locale, string>;
  messages: Record<Locale, Record<string, string>>;
  check(ctx: RuleContext): void;
}

export function fillMessage(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (key in data ? String(data[key]) : `{${key}}`));
}

/** A figure as the table shows it: "1.43%", "134.5", "（空）". */
export function shown(f: Figure | null | undefined): string {
  if (!f || f.raw === null || f.raw === '') return '（空）';
  if (typeof f.raw === 'number' && f.percent) return formatPercent(f.raw, f.percentDecimals ?? 2);
  if (typeof f.raw === 'number') return formatNumber(f.raw, 4);
  return String(f.raw).trim();
}

export { num } from '../model';

export const TOLERANCE_SCORE = 0.005;
export const TOLERANCE_AMOUNT = 0.005;
