// The rule contract, in ESLint's spirit: a rule is `meta` (severity, a short name, a one-line description and its
// messages in every language, keyed by message id) and `create(context)`, which only inspects the table and calls
// `context.report`. The words live in `meta.messages`; the values filled into them are structured (src/core/values)
// and turned into words by src/core/present, so a rule never builds a sentence.
import type { Claim, Inconsistency, Mismatch } from '../claims';
import type { TableCalc } from '../derive';
import type { RollupCalc } from '../rollup/calc';
import type { Locale } from '../locale';
import type { Table } from '../model';
import type { GradeBand, Profile } from '../profile';
import type { MessageData, MessageValue, Quantity, TableText } from '../values';

export type Severity = 'error' | 'warning' | 'info';

/** The placeholders of a message: "{subject}应为 {expected}" → 'subject' | 'expected'. */
export type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Placeholders<Rest> : never;

/** The data a message needs: one value for each of its placeholders, no more. */
export type DataOf<S extends string> = { [K in Placeholders<S>]: MessageValue };

export type Messages = Record<string, string>;

/** A finding as a rule reports it: the message id picks the data it must carry. */
export type RuleReport<M extends Messages> = {
  [K in keyof M & string]: {
    messageId: K;
    data: DataOf<M[K]>;
    cell: string;
    /** The cells the finding was computed from (never empty where there are any). */
    related: string[];
    /** What the cell should hold and what it holds, as numbers with their unit or as text. */
    expected: Quantity | TableText | null;
    actual: Quantity | TableText | null;
    /** true only when recalc writes `cell` itself. */
    fixable: boolean;
  };
}[keyof M & string];

export interface RuleContext<M extends Messages> {
  table: Table;
  calc: TableCalc;
  profile: Profile;
  bands: GradeBand[];
  report(r: RuleReport<M>): void;
}

/** A finding about a 自评报告's claim: the claim it quotes, and the table cell it names where there is one. */
export type ReportRuleReport<M extends Messages> = {
  [K in keyof M & string]: {
    messageId: K;
    data: DataOf<M[K]>;
    claim: Claim;
    sheet?: string | null;
    cell?: string | null;
    related: string[];
    expected: Quantity | TableText | null;
    actual: Quantity | TableText | null;
  };
}[keyof M & string];

/** A rule's view of a 自评报告: its claims, what they contradict in themselves, the table figures beside them. */
export interface ReportRuleContext<M extends Messages> {
  claims: Claim[];
  inconsistencies: Inconsistency[];
  counterparts: Mismatch[];
  /** The bands chosen in the options, else those the report states for itself, else the profile's. */
  bands: GradeBand[];
  report(r: ReportRuleReport<M>): void;
}

export interface RuleMeta<M extends Messages> {
  severity: Severity;
  /** A few words, shown by the pane, the CLI and the 校验结果 sheet: "执行率/得分率不符". */
  name: Record<Locale, string>;
  /** One line: what the rule checks. */
  description: Record<Locale, string>;
  /** Every message in every language, each with the same placeholders. */
  messages: Record<Locale, { [K in keyof M]: string }>;
}

export interface Rule<Id extends string = string, M extends Messages = Messages> {
  id: Id;
  meta: RuleMeta<M>;
  /** Inspects one table (rules about the report alone have none). */
  create?(context: RuleContext<M>): void;
  /** Inspects a 自评报告's claims, when the run has one. */
  createForReport?(context: ReportRuleContext<M>): void;
}

type PlaceholderMismatch = 'has other placeholders than its zh-CN message';

/** Each en-US message has exactly the placeholders of its zh-CN message, and there is no other. */
type Translation<M extends Messages, E> = {
  [K in keyof E]: K extends keyof M
    ? E[K] extends string
      ? [Placeholders<E[K]>] extends [Placeholders<M[K]>]
        ? [Placeholders<M[K]>] extends [Placeholders<E[K]>]
          ? E[K]
          : PlaceholderMismatch
        : PlaceholderMismatch
      : never
    : never;
};

/** A rule's meta as declared: the zh-CN messages fix the ids and placeholders, the en-US ones are held to them. */
type DeclaredMeta<M extends Messages, E> = {
  severity: Severity;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  messages: { 'zh-CN': M; 'en-US': E & Translation<M, E> };
};

/**
 * Declares a rule. The zh-CN messages fix the message ids and their placeholders; the compiler then holds the en-US
 * messages and every `context.report` to them.
 */
export function defineRule<const Id extends string, const M extends Messages, const E extends { [K in keyof M]: string }>(rule: {
  id: Id;
  meta: DeclaredMeta<M, E>;
  create?(context: RuleContext<M>): void;
  createForReport?(context: ReportRuleContext<M>): void;
}): Rule<Id, M> {
  return rule as Rule<Id, M>;
}

/** What a workbook rule inspects: a roll-up sheet with what its tables say (src/core/rollup). */
export interface RollupContext<M extends Messages> {
  rollup: RollupCalc;
  report(r: RuleReport<M>): void;
}

/** A rule about a workbook rather than one table (a roll-up against its tables): the same meta, another context. */
export interface WorkbookRule<Id extends string = string, M extends Messages = Messages> {
  id: Id;
  meta: RuleMeta<M>;
  check(context: RollupContext<M>): void;
}

/** Declares a workbook rule, held to its messages as defineRule holds a table rule. */
export function defineWorkbookRule<const Id extends string, const M extends Messages, const E extends { [K in keyof M]: string }>(rule: {
  id: Id;
  meta: DeclaredMeta<M, E>;
  check(context: RollupContext<M>): void;
}): WorkbookRule<Id, M> {
  return rule as WorkbookRule<Id, M>;
}

/** The placeholders of a message, at run time (for the catalog's own test). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** A report finding as the engine receives it from any rule. */
export interface AnyReportFinding {
  messageId: string;
  data: MessageData;
  claim: Claim;
  sheet?: string | null;
  cell?: string | null;
  related: string[];
  expected: Quantity | TableText | null;
  actual: Quantity | TableText | null;
}

/** A report as the engine receives it from any rule. */
export interface AnyReport {
  messageId: string;
  data: MessageData;
  cell: string;
  related: string[];
  expected: Quantity | TableText | null;
  actual: Quantity | TableText | null;
  fixable: boolean;
}

export const TOLERANCE_SCORE = 0.005;
export const TOLERANCE_AMOUNT = 0.005;
