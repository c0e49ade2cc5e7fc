import { type Finding, showFindingValue } from '../core';

/** A finding's expected/actual in the pane, rounded as the CLI and the 校验结果 sheet round it; "—" when unknown. */
export function formatFindingValue(finding: Finding, value: number | string | null): string {
  return value === null || value === undefined ? '—' : showFindingValue(value, finding.rule);
}
