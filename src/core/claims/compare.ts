// When two figures say the same thing: at the precision each is stated with, amounts in one unit (万元; 元 and 亿元
// converted, never compared as bare numbers), rates at the coarser of the two precisions.
import { roundHalfUp } from '../text';
import { amount, type ClaimAbout, type Measured, measured, points, type Quantity, rate, type ReportPlace, reportPlace, type TableText, text, type Written } from '../values';
import type { AmountUnit, Claim, Measure, Unit } from './types';

const TO_WAN: Record<AmountUnit, number> = { 万元: 1, 元: 0.0001, 亿元: 10000 };

export function isAmountUnit(unit: Unit): unit is AmountUnit {
  return unit === '万元' || unit === '元' || unit === '亿元';
}

/** A stated figure reduced to a comparable number: amounts in 万元, rates as fractions, with its half-unit. */
export interface Stated {
  value: number;
  /** Half a unit of the last stated digit, on the same scale as value. */
  half: number;
  decimals: number;
}

export function stated(claim: Claim): Stated | null {
  if (typeof claim.value !== 'number') return null;
  const factor = isAmountUnit(claim.unit) ? TO_WAN[claim.unit] : 1;
  if (claim.unit === '%') return { value: claim.value, half: 0.5 * 10 ** -(claim.decimals + 2), decimals: claim.decimals };
  return { value: claim.value * factor, half: 0.5 * 10 ** -claim.decimals * factor, decimals: claim.decimals };
}

/** A table figure as a Stated: its decimals as shown (up to 4), amounts assumed in the table's unit. */
export function statedNumber(value: number, decimals: number, unit: AmountUnit | null = null): Stated {
  const factor = unit ? TO_WAN[unit] : 1;
  return { value: value * factor, half: 0.5 * 10 ** -decimals * factor, decimals };
}

/** Decimals a number shows, up to 4: 1125.54 → 2, 0.5178 → 4. */
export function decimalsShown(x: number): number {
  const s = String(roundHalfUp(x, 4));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Amounts, counts, scores: the same when each lies within the other's stated precision (1125.5 and 1125.54). */
export function sameAmount(a: Stated, b: Stated): boolean {
  return Math.abs(a.value - b.value) <= Math.max(a.half, b.half) + 1e-9;
}

/** Rates (fractions) at the coarser precision: 23.18% and 23% agree; 100% and 93.07% do not. One unit in the second
 *  decimal (23.36% for 23.35%) is the rounding slip rate-rounding notes in a table, not a contradiction. */
export function sameRate(a: Stated, b: Stated): boolean {
  const d = Math.min(a.decimals, b.decimals);
  const x = roundHalfUp(a.value * 100, d);
  const y = roundHalfUp(b.value * 100, d);
  const unit = 10 ** -d;
  return Math.abs(x - y) < (d >= 2 ? 1.5 : 0.5) * unit;
}

export function sameFigure(measure: Measure, a: Stated, b: Stated): boolean {
  return measure === 'rate' || measure === 'ratio' ? sameRate(a, b) : sameAmount(a, b);
}

/** What a claim is about, for messages. */
export function aboutOf(claim: Pick<Claim, 'subject' | 'measure'>): ClaimAbout {
  return { type: 'claim-about', subject: claim.subject.kind, name: claim.subject.name, measure: claim.measure };
}

/** A claim's measure alone ("预算执行数"), as a term of a calculation. */
export function measureOf(claim: Pick<Claim, 'subject' | 'measure'>): ClaimAbout {
  return { type: 'claim-about', subject: null, name: '', measure: claim.measure };
}

/** A claim's subject alone ("基本支出"). */
export function subjectOf(claim: Pick<Claim, 'subject'>): ClaimAbout {
  return { type: 'claim-about', subject: claim.subject.kind, name: claim.subject.name, measure: null };
}

export function placeOf(claim: Claim): ReportPlace {
  const s = claim.source;
  return s.paragraph !== undefined ? reportPlace({ paragraph: s.paragraph }) : reportPlace({ sheet: s.sheet, cell: s.cell });
}

/** The figure as written, with its amount in 万元 where it is written in 元 or 亿元. */
export function writtenOf(claim: Claim): Written {
  const wan = isAmountUnit(claim.unit) && claim.unit !== '万元' ? toWan(claim) : null;
  return { type: 'written', text: claim.text.replace(/\s+/g, ' '), value: claim.value, unit: claim.unit, wan: wan === null ? null : roundHalfUp(wan, 6) };
}

/** A claim's figure for a finding's expected / actual: amounts in 万元, rates as fractions, a grade as text. */
export function quantityOf(claim: Claim): Quantity | TableText {
  const s = stated(claim);
  if (!s) return text(String(claim.value));
  return valueOf(claim.measure, s.value);
}

export function valueOf(measure: Measure, value: number): Quantity {
  if (measure === 'rate' || measure === 'ratio') return rate(Number(value.toFixed(6)));
  if (measure === 'score' || measure === 'averageScore') return points(value);
  return amount(Number(value.toFixed(6)));
}

export function measuredOf(measure: Measure, value: number): Measured {
  if (measure === 'rate' || measure === 'ratio') return measured(value, 'percent');
  if (measure === 'count') return measured(value, 'count');
  if (measure === 'score' || measure === 'averageScore') return measured(value, 'points');
  return measured(value, 'wan');
}

export function toWan(claim: Claim): number | null {
  if (typeof claim.value !== 'number' || !isAmountUnit(claim.unit)) return null;
  return claim.value * TO_WAN[claim.unit];
}
