// How a rate cell reads: a fraction with its displayed decimals. A bare number with no percent sign is read as
// whichever of fraction or percent number lies nearer the computed rate (0.5178 or 51.78).
import type { Figure } from './model';

/**
 * A bare number above this reads as a percent number (95 means 95%), one at or below it as a fraction (0.95, or 1.2
 * for 120%). Rates and percent actuals above 150% are rare enough that this is the one cut-off for every door.
 */
export const PERCENT_NUMBER_ABOVE = 1.5;

/** True when a bare number (no % sign, no "(%)" header) may be a percent number rather than a fraction. */
export function mayBePercentNumber(x: number): boolean {
  return Math.abs(x) > PERCENT_NUMBER_ABOVE;
}

export interface ShownRate {
  fraction: number;
  /** Decimals shown after the percent sign. */
  decimals: number;
}

function decimals(x: number): number {
  const s = String(x);
  if (s.includes('e')) return 4;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function shownRate(f: Figure, expected: number | null): ShownRate | null {
  if (f.value === null) return null;
  if (f.percent) return { fraction: f.value, decimals: f.percentDecimals ?? 2 };
  if (f.percentColumn) return { fraction: f.value / 100, decimals: Math.min(decimals(f.value), 4) };
  const asFraction = f.value;
  const asPercentNumber = f.value / 100;
  const ref = expected ?? asFraction;
  return Math.abs(asPercentNumber - ref) < Math.abs(asFraction - ref) && mayBePercentNumber(f.value)
    ? { fraction: asPercentNumber, decimals: Math.min(decimals(f.value), 4) }
    : { fraction: asFraction, decimals: Math.max(0, Math.min(decimals(f.value) - 2, 4)) };
}

export type RateVerdict = 'same' | 'rounding' | 'mismatch';

/** Equal at the shown precision; within one unit of the last shown decimal (23.36% for 23.3548%); or wrong. */
export function compareRate(shown: ShownRate, expected: number): RateVerdict {
  const d = shown.decimals;
  const scale = 10 ** d;
  const a = Math.round(shown.fraction * 100 * scale);
  const b = Math.round(Number((expected * 100).toFixed(10)) * scale);
  if (a === b) return 'same';
  return Math.abs(shown.fraction * 100 - expected * 100) <= 1 / scale + 1e-9 ? 'rounding' : 'mismatch';
}
