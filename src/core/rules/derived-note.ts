// Shared tail of the messages about derived cells: a formula is never overwritten, and recalc may write a
// different value when other corrections change this one too.
import type { Derived } from '../derive';
import type { Locale } from '../engine';
import { formatNumber, formatPercent, roundHalfUp } from '../text';

export function showDerived(d: Derived, value: number | string | null): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return d.isRate ? formatPercent(value) : formatNumber(value);
}

export function derivedTail(d: Derived, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (d.formula) return zh ? '（该单元格是公式，重算不改写，请检查公式）' : ' (the cell holds a formula; recalc leaves it, check the formula)';
  if (d.final !== null && d.final !== d.asRead && !(typeof d.final === 'number' && typeof d.asRead === 'number' && Math.abs(d.final - d.asRead) < 1e-9)) {
    return zh ? `；其他更正后重算为 ${showDerived(d, d.final)}` : `; after the other corrections recalc writes ${showDerived(d, d.final)}`;
  }
  return '';
}

export function derivedExpected(d: Derived): number | string | null {
  const v = d.final ?? d.asRead;
  if (typeof v === 'number') return roundHalfUp(v, d.isRate ? 4 : 2);
  return v;
}
