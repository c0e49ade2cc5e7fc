import type { Finding } from '../core';

export function formatNumber(value: number, digits = 2): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return String(rounded);
}

/** A finding's expected/actual as a person reads it: rates as percentages, scores as numbers. */
export function formatFindingValue(finding: Finding, value: number | string | null): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return finding.rule.startsWith('rate-') ? `${(value * 100).toFixed(2)}%` : formatNumber(value, 4);
}
