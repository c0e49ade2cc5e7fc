// What the rules about derived cells share: rates judged at their shown precision, scores or totals that differ
// from what their own figures give, and the values their messages carry.
import type { Derived, DerivedKind } from '../derive';
import { num } from '../model';
import { compareRate, type RateVerdict, type ShownRate, shownRate } from '../rate';
import { roundHalfUp } from '../text';
import { type Note, noNote, points, type Quantity, rate, type TableText, text } from '../values';
import type { Messages, RuleContext } from './rule';
import { TOLERANCE_SCORE } from './rule';

export type Settled = Derived & { asRead: number };

/** Rate cells whose shown value gets `verdict` against the rate computed from the table as read. */
export function* ratesJudged<M extends Messages>(ctx: RuleContext<M>, verdict: RateVerdict): Generator<{ d: Settled; s: ShownRate }> {
  for (const d of ctx.calc.derived) {
    if (!d.isRate || !d.figure || typeof d.asRead !== 'number') continue;
    const s = shownRate(d.figure, d.asRead);
    if (s && compareRate(s, d.asRead) === verdict) yield { d: d as Settled, s };
  }
}

/** Derived numbers of these kinds that differ from what their own figures give (beyond rounding to 2 decimals). */
export function* numbersOff<M extends Messages>(ctx: RuleContext<M>, kinds: DerivedKind[]): Generator<{ d: Settled; entered: number }> {
  for (const d of ctx.calc.derived) {
    if (!kinds.includes(d.kind) || typeof d.asRead !== 'number') continue;
    const entered = num(d.figure);
    if (entered === null || Math.abs(entered - d.asRead) <= TOLERANCE_SCORE) continue;
    yield { d: d as Settled, entered };
  }
}

/** A derived cell's value: a rate as a percentage, a score to 2 decimals, a grade as text. */
export function derivedValue(d: Derived, value: number | string): Quantity | TableText {
  if (typeof value === 'string') return text(value);
  return d.isRate ? rate(value) : points(value);
}

/** A formula is never overwritten; recalc may write another value when other corrections change this one too. */
export function derivedNote(d: Derived): Note {
  if (d.formula) return { type: 'note', kind: 'formula' };
  const { final, asRead } = d;
  if (final === null || final === asRead) return noNote;
  if (typeof final === 'number' && typeof asRead === 'number' && Math.abs(final - asRead) < 1e-9) return noNote;
  return { type: 'note', kind: 'recalc-writes', value: derivedValue(d, final) };
}

/** What recalc writes (or, for a formula, what it should show): rates to 4 decimals of the fraction, scores to 2. */
export function derivedExpected(d: Derived): Quantity | TableText | null {
  const v = d.final ?? d.asRead;
  if (v === null) return null;
  if (typeof v === 'string') return text(v);
  return d.isRate ? rate(roundHalfUp(v, 4)) : points(roundHalfUp(v, 2));
}
