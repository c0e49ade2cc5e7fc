// The loops shared by the rules about derived cells: rates judged at their shown precision, and scores or totals
// that differ from what their own figures give.
import type { Derived, DerivedKind } from '../derive';
import type { RuleContext } from './rule';
import { num, shown, TOLERANCE_SCORE } from './rule';
import { compareRate, type RateVerdict, type ShownRate, shownRate } from './rate-shown';

/** Rate cells whose shown value gets `verdict` against the rate computed from the table as read. */
export function* ratesJudged(ctx: RuleContext, verdict: RateVerdict): Generator<{ d: Derived & { asRead: number }; s: ShownRate }> {
  for (const d of ctx.calc.derived) {
    if (!d.isRate || !d.figure || typeof d.asRead !== 'number') continue;
    const s = shownRate(d.figure, d.asRead);
    if (s && compareRate(s, d.asRead) === verdict) yield { d: d as Derived & { asRead: number }, s };
  }
}

/** Derived numbers of these kinds that differ from what their own figures give (beyond rounding to 2 decimals). */
export function* numbersOff(ctx: RuleContext, kinds: DerivedKind[]): Generator<{ d: Derived & { asRead: number }; entered: number; shown: string }> {
  for (const d of ctx.calc.derived) {
    if (!kinds.includes(d.kind) || typeof d.asRead !== 'number') continue;
    const entered = num(d.figure);
    if (entered === null || Math.abs(entered - d.asRead) <= TOLERANCE_SCORE) continue;
    yield { d: d as Derived & { asRead: number }, entered, shown: shown(d.figure) };
  }
}
