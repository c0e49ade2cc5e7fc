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
import { tableUnreadable } from './table-unreadable';
import { taskTotalMismatch } from './task-total-mismatch';
import { totalMismatch } from './total-mismatch';
import { weightMismatch } from './weight-mismatch';

export const RULES = [
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

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r as Rule]));

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The rule of an id; every RuleId has one. */
export function ruleById(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

/** Where a rule is explained: its entry in docs/rules.md. */
export function ruleDocs(id: RuleId): string {
  return `docs/rules.md#${id}`;
}

export type { ReportRuleContext, Rule, RuleContext, Severity } from './rule';
