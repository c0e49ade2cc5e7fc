// The rule catalog: one module per rule id of domain.md §3. Adding a rule is its module, its test and its entry
// in docs/rules.md; the RuleId type, the names shown by every door and the message tables follow from this list.
import { deviationUnexplained } from './deviation-unexplained';
import { directionConflict } from './direction-conflict';
import { gradeMismatch } from './grade-mismatch';
import { missingValue } from './missing-value';
import { notANumber } from './not-a-number';
import { numberAsText } from './number-as-text';
import { overBudget } from './over-budget';
import { overCompletion } from './over-completion';
import { rateMismatch } from './rate-mismatch';
import { rateRounding } from './rate-rounding';
import { reportInconsistent } from './report-inconsistent';
import { reportMismatch } from './report-mismatch';
import type { Rule } from './rule';
import { scoreMismatch } from './score-mismatch';
import { scoreOutOfRange } from './score-out-of-range';
import { sumMismatch } from './sum-mismatch';
import { summaryMismatch } from './summary-mismatch';
import { tableUnreadable } from './table-unreadable';
import { taskTotalMismatch } from './task-total-mismatch';
import { totalMismatch } from './total-mismatch';
import { weightMismatch } from './weight-mismatch';

/** Rules about one table (each is run on every table found) or about a 自评报告's claims (createForReport). */
export const TABLE_RULES = [
  rateMismatch,
  rateRounding,
  sumMismatch,
  taskTotalMismatch,
  scoreMismatch,
  scoreOutOfRange,
  weightMismatch,
  totalMismatch,
  gradeMismatch,
  overBudget,
  overCompletion,
  deviationUnexplained,
  directionConflict,
  notANumber,
  numberAsText,
  missingValue,
  tableUnreadable,
  reportMismatch,
  reportInconsistent,
] as const;

/** Rules about a whole workbook: each is run on every roll-up sheet with the tables beside it. */
export const WORKBOOK_RULES = [summaryMismatch] as const;

/** The catalog, in the order of docs/rules.md. */
export const RULES = [...TABLE_RULES, ...WORKBOOK_RULES] as const;

export type RuleId = (typeof RULES)[number]['id'];

/** What every rule of the catalog has, whatever it inspects. */
export type CatalogRule = Pick<Rule, 'id' | 'meta'>;

const BY_ID = new Map<string, CatalogRule>(RULES.map((r) => [r.id, r as CatalogRule]));

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The rule of an id; every RuleId has one. */
export function ruleById(id: RuleId): CatalogRule {
  return BY_ID.get(id)!;
}

/** Where a rule is explained: its entry in docs/rules.md. */
export function ruleDocs(id: RuleId): string {
  return `docs/rules.md#${id}`;
}

export type { ReportRuleContext, Rule, RuleContext, Severity, WorkbookRule } from './rule';
