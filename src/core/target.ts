// Targets (年度指标值) in every form they are typed: "≥90%", "≤90万元", "≥100百分比", "=100", the operator in its own
// column, the operator in 指标值 with the value in 度量单位, or text ("合理", "按期完成") for qualitative indicators.
import type { Direction, Operator, Target } from './model';
import { leadingOperator, normalizeLabel } from './text';

/** The operator a text starts with, in any of its spellings (text.ts OPERATOR_SPELLINGS), and what follows it. */
export function parseOperator(text: string): { operator: Operator; rest: string } | null {
  const hit = leadingOperator(normalizeLabel(text));
  return hit && { operator: hit.operator, rest: hit.rest };
}

export function isOperatorOnly(text: string): boolean {
  const p = parseOperator(text);
  return !!p && p.rest === '';
}

export function operatorDirection(op: Operator): Direction {
  return op === 'le' || op === 'lt' ? 'reverse' : 'positive';
}

export function operatorSign(op: Operator): string {
  return { ge: '≥', gt: '>', le: '≤', lt: '<', eq: '=' }[op];
}

/** 指标方向 column text → direction. */
export function parseDirection(text: string): Direction | null {
  const t = normalizeLabel(text);
  if (/^正向|^越大越好/.test(t)) return 'positive';
  if (/^反向|^越小越好/.test(t)) return 'reverse';
  return null;
}

/** Indicator names that are 反向 by nature when no operator says otherwise. */
export function reverseByName(name: string): boolean {
  return /成本|控制率|调整率|差异率|投诉率|事故率|发生率|超支率|结余率/.test(normalizeLabel(name));
}

const QUALITATIVE_UNIT = /定性/;

/**
 * A deadline rather than a quantity: "9月前", "12月底前", "2021年12月完成", "2022年底前", "按期完成", "及时". Such a
 * 时效 target is judged like a qualitative one, never as the number 2021 or 9.
 */
export function isTimeTarget(text: string): boolean {
  const t = normalizeLabel(text).replace(/^(在|于)/, '');
  if (/^(按期|按时|如期|及时|准时)/.test(t)) return true;
  return /^(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?(底|末|初|中旬|上旬|下旬|内)?(之?前|以前)?(完成|前完成|全部完成)?$/.test(t) && /\d(年|月|日)/.test(t);
}

/** The month a time target or actual names, for comparing one with the other: "9月前" → { month: 9 }. */
export function monthOf(text: string): { year: number | null; month: number } | null {
  const m = /(?:(\d{4})年)?(\d{1,2})月/.exec(normalizeLabel(text));
  return m ? { year: m[1] ? Number(m[1]) : null, month: Number(m[2]) } : null;
}

/**
 * Builds the target from the cells of one indicator row.
 * @param operatorText 指标性质 / 指标符号 column, if the table has one
 * @param valueText 指标值 / 年度指标值
 * @param unitText 度量单位 / 计量单位
 */
export function parseTarget(operatorText: string, valueText: string, unitText: string, name = ''): Target {
  let opText = normalizeLabel(operatorText);
  let value = normalizeLabel(valueText);
  let unit = normalizeLabel(unitText);
  const none: Target = { kind: 'none', operator: null, value: null, percent: false, unit: '', text: '' };

  if (QUALITATIVE_UNIT.test(opText) || QUALITATIVE_UNIT.test(unit)) {
    if (QUALITATIVE_UNIT.test(opText)) opText = '';
    if (QUALITATIVE_UNIT.test(unit)) unit = '';
    const text = `${value}${unit}`;
    return text ? { ...none, kind: 'qualitative', text } : none;
  }
  // Seed 002: the operator sits in 指标值 and the value in 度量单位 ("≥" | "90%").
  if (isOperatorOnly(value)) {
    opText = opText || value;
    value = unit;
    unit = '';
  }
  let operator: Operator | null = null;
  const fromOpColumn = opText ? parseOperator(opText) : null;
  if (fromOpColumn) operator = fromOpColumn.operator;
  const inline = parseOperator(value);
  if (inline) {
    operator = operator ?? inline.operator;
    value = inline.rest;
  }
  const text = `${operator ? operatorSign(operator) : ''}${value}${unit && !value.endsWith(unit) ? unit : ''}`;
  // No value: "≥ %" (seed 002's placeholders), or only the unit column filled ("%" beside an empty 年初指标值).
  if (value === '' || value === '%') return { ...none, text };

  if (isTimeTarget(value)) return { ...none, kind: 'qualitative', text, timely: true };
  const m = /^([+-]?\d+(?:\.\d+)?)(.*)$/.exec(value.replace(/,/g, ''));
  if (!m) return { ...none, kind: 'qualitative', text };
  let suffix = m[2] || unit;
  if (!operator) {
    if (/^(.*?)(及以上|以上)$/.test(suffix)) operator = 'ge';
    else if (/^(.*?)(及以下|以下|以内|内)$/.test(suffix)) operator = 'le';
    else if (/前$|后$|底$|初$|月$|日$|年$/.test(suffix)) return { ...none, kind: 'qualitative', text };
  }
  suffix = suffix.replace(/(及以上|以上|及以下|以下|以内)$/, '');
  const percent = /^(%|百分比|百分点)/.test(suffix) || (!m[2] && /^(%|百分比)/.test(unit));
  const number = Number(m[1]);
  const explicitOperator = operator !== null;
  if (!operator) operator = reverseByName(name) ? 'le' : 'ge';
  return {
    kind: 'quantitative',
    operator,
    value: percent ? number / 100 : number,
    percent,
    unit: percent ? '%' : suffix,
    text,
    explicitOperator,
  };
}
