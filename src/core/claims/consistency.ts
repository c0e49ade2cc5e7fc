// What a report contradicts in itself (report-inconsistent): two figures for the same thing; a rate that is not its
// own amounts' quotient at the precision it is stated with; parts that do not add up to their total; a balance that
// is not received − spent; 基本支出 + 项目支出 that is not the whole.
import { sameGrade } from '../profile';
import { compareRate } from '../rate';
import { sameFigure, stated, toWan } from './compare';
import type { Claim, Measure } from './types';

export type Inconsistency =
  | { kind: 'conflict'; claim: Claim; earlier: Claim }
  | { kind: 'rate'; claim: Claim; expected: number; numerator: Claim; denominator: Claim }
  | { kind: 'parts'; claim: Claim; expected: number; parts: Claim[] }
  | { kind: 'balance'; claim: Claim; expected: number; received: Claim; executed: Claim }
  | { kind: 'structure'; claim: Claim; expected: number; basic: Claim; projects: Claim };

/** The paragraph, or the report table, a claim stands in: a rate's own amounts are stated in the same one. */
function blockOf(c: Claim): string {
  return c.source.paragraph !== undefined ? `p${c.source.paragraph}` : `t${c.source.sheet}`;
}

function same(a: Claim, b: Claim): boolean {
  if (a.measure === 'grade') return sameGrade(String(a.value), String(b.value));
  const x = stated(a);
  const y = stated(b);
  return !!x && !!y && sameFigure(a.measure, x, y);
}

function conflicts(claims: Claim[]): Inconsistency[] {
  const first = new Map<string, Claim>();
  const out: Inconsistency[] = [];
  for (const c of claims) {
    const key = `${c.subject.key}\u0000${c.measure}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, c);
    else if (!same(earlier, c)) out.push({ kind: 'conflict', claim: c, earlier });
  }
  return out;
}

function byBlock(claims: Claim[]): Map<string, Claim[]> {
  const blocks = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = blocks.get(blockOf(c));
    if (list) list.push(c);
    else blocks.set(blockOf(c), [c]);
  }
  return blocks;
}

/** The last claim before `c` in its block, of its subject, with one of the measures (in order of preference). */
function ownAmount(block: Claim[], c: Claim, measures: Measure[]): Claim | null {
  const mine = block.filter((x) => x.order < c.order && x.subject.key === c.subject.key);
  for (const m of measures) {
    const hit = mine.filter((x) => x.measure === m).pop();
    if (hit) return hit;
  }
  return null;
}

/** 预算数 is the adjusted budget when stated, else the budget, else the initial one (domain.md §2). */
export const BUDGET_BASE: Measure[] = ['adjusted', 'budget', 'initial'];

function rates(claims: Claim[]): Inconsistency[] {
  const out: Inconsistency[] = [];
  const blocks = byBlock(claims);
  for (const c of claims) {
    if ((c.measure !== 'rate' && c.measure !== 'ratio') || typeof c.value !== 'number') continue;
    const block = blocks.get(blockOf(c))!;
    const numerator = ownAmount(block, c, ['executed']);
    const denominator = ownAmount(block, c, c.measure === 'ratio' ? ['income'] : BUDGET_BASE);
    const top = numerator && toWan(numerator);
    const bottom = denominator && toWan(denominator);
    if (top === null || !bottom) continue;
    const expected = top / bottom;
    if (compareRate({ fraction: c.value, decimals: c.decimals }, expected) === 'mismatch') {
      out.push({ kind: 'rate', claim: c, expected, numerator: numerator!, denominator: denominator! });
    }
  }
  return out;
}

const sumHalves = (list: Claim[]) => list.reduce((s, c) => s + (stated(c)?.half ?? 0), 0);
const within = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance + 1e-9;

function parts(claims: Claim[]): Inconsistency[] {
  const out: Inconsistency[] = [];
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!c.partOf) continue;
    const key = `${blockOf(c)}\u0000${c.subject.parent}\u0000${c.partOf}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const blocks = byBlock(claims);
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const total = blocks.get(blockOf(list[0]))!.find((x) => x.subject.key === list[0].subject.parent && x.measure === list[0].partOf);
    const value = total && toWan(total);
    if (value === null || value === undefined) continue;
    const expected = list.reduce((s, c) => s + (toWan(c) ?? 0), 0);
    if (!within(expected, value, sumHalves([total!, ...list]))) out.push({ kind: 'parts', claim: total!, expected, parts: list });
  }
  return out;
}

function balances(claims: Claim[]): Inconsistency[] {
  const out: Inconsistency[] = [];
  const blocks = byBlock(claims);
  for (const c of claims) {
    if (c.measure !== 'balance' || c.subject.kind === 'part') continue;
    const pick = (m: Measure) => blocks.get(blockOf(c))!.find((x) => x.subject.key === c.subject.key && x.measure === m) ?? null;
    const received = pick('received');
    const executed = pick('executed');
    if (!received || !executed) continue;
    const expected = toWan(received)! - toWan(executed)!;
    if (!within(expected, toWan(c)!, sumHalves([c, received, executed]))) out.push({ kind: 'balance', claim: c, expected, received, executed });
  }
  return out;
}

/** 资金结构: the whole's budget or spending is its 基本支出 plus its 项目支出 (seed 001: 3484.29 + 6108.89 = 9593.18). */
function structure(claims: Claim[]): Inconsistency[] {
  const out: Inconsistency[] = [];
  for (const measure of ['initial', 'adjusted', 'executed'] as Measure[]) {
    const pick = (key: string) => claims.find((x) => x.subject.key === key && x.measure === measure) ?? null;
    const whole = pick('whole');
    const basic = pick('basic');
    const projects = pick('projects');
    if (!whole || !basic || !projects) continue;
    const expected = toWan(basic)! + toWan(projects)!;
    if (!within(expected, toWan(whole)!, sumHalves([whole, basic, projects]))) out.push({ kind: 'structure', claim: whole, expected, basic, projects });
  }
  return out;
}

export function inconsistencies(claims: Claim[]): Inconsistency[] {
  return [...conflicts(claims), ...rates(claims), ...parts(claims), ...balances(claims), ...structure(claims)];
}
