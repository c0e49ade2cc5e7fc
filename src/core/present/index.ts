// The presentation layer: the engine's structured values turned into words, for findings, the CLI, the pane and the
// 校验结果 sheet. Pure, like the rest of the core; each door picks a Locale and asks here.
import type { Locale } from '../locale';
import type { Finding } from '../report';
import type { RuleId } from '../rules';
import { RULE_NAMES } from '../rules/names';
import { operatorSign } from '../target';
import type { CellValue } from '../grid';
import { formatDecimals, formatNumber, formatPercent, isPercentFormat } from '../text';
import type { MessageData, MessageValue, Quantity, Shown } from '../values';
import { enUS } from './en-US';
import type { Wording } from './wording';
import { zhCN } from './zh-CN';

export type { CliWording, SeverityCounts, Wording } from './wording';

export const WORDING: Record<Locale, Wording> = { 'zh-CN': zhCN, 'en-US': enUS };

/** 0.143 as a rate → "14.30%"; 89.974 as an amount → "89.974"; 6.666 as a score → "6.67". */
export function formatQuantity(q: Quantity): string {
  return q.unit === 'percent' ? formatPercent(q.value, q.decimals) : formatNumber(q.value, q.decimals);
}

function showCell(s: Shown, w: Wording): string {
  const { raw } = s;
  if (raw === null || raw === '') return w.blank;
  if (typeof raw === 'number') return s.percent ? formatPercent(raw, s.percentDecimals ?? 2) : formatNumber(raw, 4);
  const t = String(raw).trim();
  return t === '' ? w.blank : w.cellText(t);
}

export function renderValue(value: MessageValue, locale: Locale): string {
  const w = WORDING[locale];
  const show = (v: MessageValue): string => renderValue(v, locale);
  switch (value.type) {
    case 'text':
      return w.quote(value.text);
    case 'quantity':
      return formatQuantity(value);
    case 'shown':
      return showCell(value, w);
    case 'subject':
      return w.subject(value.kind, value.name);
    case 'term':
      return w.terms[value.term];
    case 'operator':
      return operatorSign(value.operator);
    case 'parts':
      return value.parts.map((p) => `${show(p.label)} ${formatQuantity(p.value)}`).join(' + ');
    case 'calc':
      return w.calculation(value, show);
    case 'note':
      return w.note(value, show);
    case 'claim-about':
      return w.claimAbout(value);
    case 'report-place':
      return w.reportPlace(value);
    case 'written':
      return w.written(value);
    case 'measured':
      return w.measured(value);
    case 'claim-terms':
      return value.terms.map((t) => `${t.label.type === 'text' ? w.quote(t.label.text) : w.claimAbout(t.label)} ${w.written(t.figure)}`).join(` ${value.op} `);
  }
}

/** Fills a template's {placeholders}; one without a value stays visible as {name}, which the rule tests catch. */
export function fillTemplate(template: string, data: MessageData, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? renderValue(data[key], locale) : whole));
}

/** The rule's short name: "执行率/得分率不符", "Rate mismatch". */
export function ruleName(rule: RuleId, locale: Locale): string {
  return RULE_NAMES[rule][locale];
}

/** A finding's expected or actual value as the table would show it: a rate as a percentage, a number in a cell
 *  formatted as a percentage under that format ("96%", never "0.96" beside it), text as typed. */
export function findingValue(finding: Pick<Finding, 'unit'>, value: number | string | null, locale: Locale, numFmt?: string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return WORDING[locale].cellText(value);
  if (finding.unit === 'rate') return formatPercent(value);
  return isPercentFormat(numFmt) ? formatCell(value, numFmt, locale) : formatNumber(value, 4);
}

/** A cell's value as Excel shows it under its number format ("0.00%" → 14.30%, "0%" → 14%); text as typed. */
export function formatCell(value: CellValue | undefined, numFmt: string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return WORDING[locale].blank;
  if (typeof value !== 'number') return String(value);
  if (!isPercentFormat(numFmt)) return formatNumber(value, 4);
  const decimals = formatDecimals(numFmt);
  return decimals === null ? `${formatNumber(value * 100, 4)}%` : formatPercent(value, decimals);
}
