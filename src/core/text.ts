// Reading what people type: labels broken by spaces and line breaks, full-width signs, numbers as text,
// percent text, "—" for not applicable. Everything here is pure string work.
import type { CellValue } from './grid';

/** NFKC folds full-width digits, ％, ＞, （）, ：and ﹦ into their ASCII forms; all white space goes. */
export function normalizeLabel(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (typeof value === 'number') return String(value); // digits, sign, point, exponent: nothing to normalise
  // A table's labels repeat row after row (指标, 单位, ≥): each distinct text is normalised once.
  let normal = NORMALIZED.get(value);
  if (normal === undefined) {
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    normal = value.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
    NORMALIZED.set(value, normal);
  }
  return normal;
}

const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 20_000;

/** Cells that mean "not applicable". */
export function isNotApplicable(text: string): boolean {
  return /^(—+|-+|─+|–+|\/|无|不适用|n\/?a)$/i.test(text);
}

export type NumberState = 'number' | 'text-number' | 'blank' | 'na' | 'invalid';

export interface ParsedNumber {
  state: NumberState;
  /** Percents are fractions: "51.78%" → 0.5178. */
  value: number | null;
  /** Written with a percent sign, as text or through the cell's format. */
  percent: boolean;
  /** Decimals shown after the percent sign, where that can be told. */
  percentDecimals: number | null;
  /** The unit typed after the number: "2370人" → "人", "150万" → "万". */
  unit?: string;
  /** An operator typed before it, as some actuals are ("≥266米"): the number is still the figure. */
  operator?: string;
}

/**
 * Every spelling of a comparison people type (domain.md §1.4), longest first, each with what it means. NFKC has
 * already folded ＞ ＜ ＝ ﹦ into > < =; ≧ ≦ ═ are not folded and are listed themselves.
 */
export const OPERATOR_SPELLINGS: [RegExp, 'ge' | 'le' | 'gt' | 'lt' | 'eq'][] = [
  [/^(≥|≧|>=|=>|大于等于|大于或等于|不低于|不少于|不小于)/, 'ge'],
  [/^(≤|≦|<=|=<|小于等于|小于或等于|不高于|不超过|不多于|不大于)/, 'le'],
  [/^(>|大于|高于|多于)/, 'gt'],
  [/^(<|小于|低于|少于)/, 'lt'],
  [/^(==|=|═|等于)/, 'eq'],
];

export function leadingOperator(text: string): { operator: 'ge' | 'le' | 'gt' | 'lt' | 'eq'; rest: string; spelled: string } | null {
  for (const [re, operator] of OPERATOR_SPELLINGS) {
    const m = re.exec(text);
    if (m) return { operator, rest: text.slice(m[0].length), spelled: m[0] };
  }
  return null;
}

const NUMBER_TEXT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(%|百分比|百分点)?$/;
/** A number followed by its unit: "2370人", "20万元", "266米", "12次", "25.29㎡". The unit holds no digit. */
const NUMBER_WITH_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([^\d.,%+-][^\d]{0,5})$/;

/** Money units and their size in 元, for amounts typed "150万" or "1500000元" beside a (万元) header. */
export const MONEY_UNITS: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 百万元: 1e6, 亿元: 1e8, 亿: 1e8 };

/**
 * Figures at or beyond 10^15 in size are not figures a table can hold: Excel keeps 15 significant digits, China's
 * whole national budget is about 3 × 10^13 元, and 1e308 overflows to Infinity in the first sum. Such a cell, like
 * NaN or Infinity, is read as not a number.
 */
export const MAX_FIGURE = 1e15;

function isUsableNumber(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) < MAX_FIGURE;
}

export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"/g, ''));
}

/**
 * A number format that shows a date or time ("yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "[$-804]aaaa", "h:mm"): a score
 * written into such a cell would show as 1900/1/10. Quoted text, escaped characters and [colour]/[locale] sections
 * do not count; elapsed times ([h]) do.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhsa]/i.test(bare.replace(/General/gi, ''));
}

/** Decimals a number format shows: "0.00%" → 2, "0%" → 0. */
export function formatDecimals(format: string | null | undefined): number | null {
  if (!format || format === 'General') return null;
  const m = /0\.(0+)/.exec(format);
  if (m) return m[1].length;
  return /0/.test(format) ? 0 : null;
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export function parseNumber(raw: CellValue | undefined, format?: string | null): ParsedNumber {
  if (raw === null || raw === undefined || raw === '') return { state: 'blank', value: null, percent: false, percentDecimals: null };
  if (typeof raw === 'number') {
    if (!isUsableNumber(raw)) return { state: 'invalid', value: null, percent: false, percentDecimals: null };
    const percent = isPercentFormat(format);
    return { state: 'number', value: raw, percent, percentDecimals: percent ? formatDecimals(format) : null };
  }
  if (typeof raw === 'boolean') return { state: 'invalid', value: null, percent: false, percentDecimals: null };
  let text = normalizeLabel(raw);
  if (text === '') return { state: 'blank', value: null, percent: false, percentDecimals: null };
  if (isNotApplicable(text)) return { state: 'na', value: null, percent: false, percentDecimals: null };
  const op = leadingOperator(text);
  if (op && op.rest !== '') text = op.rest;
  const qualifier = op && op.rest !== '' ? { operator: op.spelled } : {};
  const m = NUMBER_TEXT.exec(text);
  const invalid: ParsedNumber = { state: 'invalid', value: null, percent: false, percentDecimals: null };
  if (m) {
    const digits = m[1].replace(/,/g, '');
    const n = Number(digits);
    if (!isUsableNumber(n)) return invalid;
    if (m[2]) return { state: 'text-number', value: n / 100, percent: true, percentDecimals: decimalsOf(digits), ...qualifier };
    return { state: 'text-number', value: n, percent: false, percentDecimals: null, ...qualifier };
  }
  const u = NUMBER_WITH_UNIT.exec(text);
  if (u) {
    const n = Number(u[1].replace(/,/g, ''));
    return isUsableNumber(n) ? { state: 'text-number', value: n, percent: false, percentDecimals: null, unit: u[2], ...qualifier } : invalid;
  }
  return invalid;
}

/** How many of `to` one `from` is, for two money units ("万" → "万元": 1; "元" → "万元": 0.0001); null otherwise. */
export function moneyFactor(from: string, to: string): number | null {
  const a = MONEY_UNITS[from];
  const b = MONEY_UNITS[to];
  return a && b ? a / b : null;
}

/** Round half up to `decimals` places, exact on decimal inputs such as 1.005. */
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  if (Math.abs(x) >= MAX_FIGURE) return x; // no decimals left to round at this size
  const sign = x < 0 ? -1 : 1;
  const text = String(Math.abs(x));
  // Shifting by editing the exponent keeps 1.005 exact; a number JS already prints with an exponent (1e-7, 1e+21)
  // cannot take a second one, and is shifted arithmetically instead.
  if (text.includes('e')) return sign * (Math.round(Math.abs(x) * 10 ** decimals) / 10 ** decimals);
  const shifted = Number(`${text}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

/** What a message shows for a value that cannot be computed: never "NaN" or "Infinity". */
const NOT_COMPUTABLE = '（无法计算）';

/** 0.143 → "14.30%". */
export function formatPercent(fraction: number, decimals = 2): string {
  if (!Number.isFinite(fraction)) return NOT_COMPUTABLE;
  return `${roundHalfUp(fraction * 100, decimals).toFixed(decimals)}%`;
}

/** 9 → "9", 6.666 → "6.67", 89.974 → "89.974" (amounts keep up to 4 decimals). */
export function formatNumber(x: number, maxDecimals = 2): string {
  if (!Number.isFinite(x)) return NOT_COMPUTABLE;
  const r = roundHalfUp(x, maxDecimals);
  return String(r);
}

export function sumOf(values: (number | null | undefined)[]): number {
  // Sum in integer ten-thousandths so 959.96 + 248 is 1207.96, not 1207.9600000000001.
  let total = 0;
  for (const v of values) if (typeof v === 'number') total += Math.round(v * 10000);
  return total / 10000;
}
