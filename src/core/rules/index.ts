// The rule catalog: one module per rule id of domain.md §3.
import type { Rule } from './rule';
import { rateMismatch } from './rate-mismatch';
import { rateRounding } from './rate-rounding';
import { sumMismatch } from './sum-mismatch';
import { taskTotalMismatch } from './task-total-mismatch';
import { scoreMismatch } from './score-mismatch';
import { scoreOutOfRange } from './score-out-of-range';
import { weightMismatch } from './weight-mismatch';
import { totalMismatch } from './total-mismatch';
import { gradeMismatch } from './grade-mismatch';
import { overBudget } from './over-budget';
import { overCompletion } from './over-completion';
import { deviationUnexplained } from './deviation-unexplained';
import { directionConflict } from './direction-conflict';
import { notANumber } from './not-a-number';
import { numberAsText } from './number-as-text';
import { missingValue } from './missing-value';
import { reportMismatch } from './report-mismatch';
import { reportInconsistent } from './report-inconsistent';

export const RULES: Rule[] = [
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
  reportMismatch,
  reportInconsistent,
];

export type { ReportRuleContext, Rule, RuleContext } from './rule';
