// When two figures say the same thing: at the precision each is stated with, amounts in one unit (万元; 元 and 亿元
// converted, never compared as bare numbers), rates at the coarser of the two precisions.
import { roundHalfUp } from '../text';
import type { AmountUnit, Claim, Measure, Subject, Unit } from './types';

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

const MEASURE_NAMES: Record<Measure, { 'zh-CN': string; 'en-US': string }> = {
  initial: { 'zh-CN': '年初预算数', 'en-US': 'initial budget' },
  adjusted: { 'zh-CN': '调整预算数', 'en-US': 'adjusted budget' },
  budget: { 'zh-CN': '预算数', 'en-US': 'budget' },
  executed: { 'zh-CN': '预算执行数', 'en-US': 'amount executed' },
  received: { 'zh-CN': '实际到位资金', 'en-US': 'funds received' },
  balance: { 'zh-CN': '结余资金', 'en-US': 'balance' },
  income: { 'zh-CN': '收入', 'en-US': 'income' },
  rate: { 'zh-CN': '预算执行率', 'en-US': 'execution rate' },
  ratio: { 'zh-CN': '收支比率', 'en-US': 'expenditure-to-income ratio' },
  count: { 'zh-CN': '项目个数', 'en-US': 'number of projects' },
  score: { 'zh-CN': '自评得分', 'en-US': 'self-evaluation score' },
  averageScore: { 'zh-CN': '平均得分', 'en-US': 'average score' },
  grade: { 'zh-CN': '自评等级', 'en-US': 'grade' },
};

/** "预算执行率"; the “三公”经费's rate is its 控制率. */
export function measureName(claim: Pick<Claim, 'measure' | 'subject'>, locale: 'zh-CN' | 'en-US'): string {
  if (claim.measure === 'rate' && claim.subject.kind === 'sangong') return locale === 'zh-CN' ? '控制率' : 'control rate';
  return MEASURE_NAMES[claim.measure][locale];
}

/** A figure of the engine's own, with the unit a claim would carry: "1125.54 万元", "100.00%". */
export function showValue(measure: Measure, value: number, decimals = 2): string {
  if (measure === 'rate' || measure === 'ratio') return `${roundHalfUp(value * 100, decimals).toFixed(decimals)}%`;
  if (measure === 'count') return `${value} 个`;
  if (measure === 'score' || measure === 'averageScore') return `${roundHalfUp(value, 2)} 分`;
  return `${roundHalfUp(value, 4)} 万元`;
}

/** The figure as the report writes it, with its unit converted where it is not 万元: "11255400 元（1125.54 万元）". */
export function showClaim(claim: Claim): string {
  const text = claim.text.replace(/\s+/g, ' ');
  if (isAmountUnit(claim.unit) && claim.unit !== '万元' && typeof claim.value === 'number') {
    return `${text}（${roundHalfUp(claim.value * TO_WAN[claim.unit], 6)} 万元）`;
  }
  return text;
}

export function toWan(claim: Claim): number | null {
  if (typeof claim.value !== 'number' || !isAmountUnit(claim.unit)) return null;
  return claim.value * TO_WAN[claim.unit];
}

const SUBJECT_NAMES_EN: Partial<Record<Subject['kind'], string>> = {
  basic: 'basic expenditure', projects: 'project expenditure', sangong: 'the “three public” expenses',
};

/** "部门整体", "党务经费"; in English the kinds by name, items quoted as typed. */
export function subjectName(subject: Subject, locale: 'zh-CN' | 'en-US'): string {
  if (locale === 'zh-CN') return subject.name;
  if (subject.kind === 'whole') return subject.name === '项目整体' ? 'the project' : 'the department';
  return SUBJECT_NAMES_EN[subject.kind] ?? `“${subject.name}”`;
}

/** A claim's figure for JSON: amounts in 万元, rates as fractions, a grade as its label. */
export function claimValue(claim: Claim): number | string {
  const s = stated(claim);
  return s ? Number(s.value.toFixed(6)) : String(claim.value);
}
