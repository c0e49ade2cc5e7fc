// A rule inspects one table and reports findings; its text lives apart from its logic, in zh-CN and en-US
// tables keyed by message id (the ESLint model).
import type { TableCalc } from '../derive';
import type { Claim, Inconsistency, Mismatch } from '../claims';
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

/** A rule's view of a 自评报告: its claims, what they contradict in themselves and the table figures beside them. */
export interface ReportRuleContext {
  claims: Claim[];
  inconsistencies: Inconsistency[];
  counterparts: Mismatch[];
  /** The report's own grade bands where it states them, else the options' or the profile's. */
  bands: GradeBand[];
  locale: Locale;
  report(r: ReportRuleReport): void;
}

export interface ReportRuleReport {
  /** The claim the finding quotes. */
  claim: Claim;
  /** The table cell it names, where there is one. */
  sheet?: string | null;
  cell?: string | null;
  related?: string[];
  messageId: string;
  data: MessageData;
  expected: number | string | null;
  actual: number | string | null;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** One line: what the rule checks. */
  description: Record<Locale, string>;
  messages: Record<Locale, Record<string, string>>;
  /** Checks one table. */
  check?(ctx: RuleContext): void;
  /** Checks a report's claims, against themselves and the tables. */
  checkReport?(ctx: ReportRuleContext): void;
}

/** Where a claim stands, for messages: "第 53 段", "表1 C5". */
export function claimPlace(claim: Claim, locale: Locale): string {
  const s = claim.source;
  if (s.paragraph !== undefined) return locale === 'zh-CN' ? `第 ${s.paragraph} 段` : `paragraph ${s.paragraph}`;
  return locale === 'zh-CN' ? `${s.sheet ?? ''} ${s.cell ?? ''} 单元格` : `${s.sheet ?? ''} ${s.cell ?? ''}`;
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
