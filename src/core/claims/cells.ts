// Figures a report states in a table of label | value pairs, as Word reports lay out their 资金情况 (seed 004):
//   资金情况（万元） | 预算安排资金 | 5257.66 | 实际到位资金 | 5257.66
//                   | 其中：市级资金 | 0      | 其中：市级资金 | 0
//                   | 县级资金       | 5257.66 | 县级资金      | 5257.66
//                   | 实际支出资金   | 5257.66 | 结余资金      | 0
//                   | 预算执行率     | 100%
// A label's value is the next filled cell to its right; "其中：" rows (and the rows after them in the same column) are
// parts of the label above them.
import { cellAddress, filledRows, formatAt, type Grid, mergeAt, rowEntries } from '../grid';
import { formatDecimals, formatPercent, normalizeLabel, parseNumber } from '../text';
import { mayBePercentNumber } from '../rate';
import type { AmountUnit, Claim, Measure, Subject } from './types';

const LABELS: [Measure, RegExp][] = [
  ['initial', /^(年初预算数|年初预算|年初预算资金)$/],
  ['adjusted', /^(调整预算数|调整后预算数|全年预算数|调整后预算)$/],
  ['budget', /^(预算安排资金|预算安排|预算资金|预算数|预算金额)$/],
  ['received', /^(实际到位资金|到位资金|资金到位数)$/],
  ['executed', /^(实际支出资金|实际支出|支出资金|预算执行数|执行数|全年执行数|实际执行数)$/],
  ['balance', /^(结余资金|结余|结转结余资金)$/],
  ['rate', /^(预算执行率|执行率|资金执行率)$/],
];

const PART = /^其中[:：]?(.+)$/;

function labelText(value: unknown): string {
  return normalizeLabel(typeof value === 'string' ? value : '').replace(/[(（][^)）]*[)）]$/, '').replace(/[:：]$/, '');
}

function measureOf(label: string): Measure | null {
  for (const [measure, re] of LABELS) if (re.test(label)) return measure;
  return null;
}

/** 单位：元 anywhere in the table, or a (元) label, says amounts are in 元; otherwise 万元 (the usual unit). */
function amountUnit(grid: Grid): AmountUnit {
  for (const row of filledRows(grid)) {
    for (const { value } of rowEntries(grid, row)) {
      if (typeof value !== 'string') continue;
      const t = normalizeLabel(value);
      if (/单位[:：]?万元|\(万元\)|（万元）/.test(t)) return '万元';
      if (/单位[:：]?元$|\(元\)|（元）/.test(t)) return '元';
    }
  }
  return '万元';
}

export function cellClaims(grid: Grid, whole: Subject, order: number): Claim[] {
  const unit = amountUnit(grid);
  const claims: Claim[] = [];
  /** Per label column: the label above that "其中" parts belong to, and whether parts are being listed. */
  const parents = new Map<number, { measure: Measure; label: string; inParts: boolean }>();
  for (const row of filledRows(grid)) {
    const entries = rowEntries(grid, row);
    for (let i = 0; i < entries.length; i++) {
      const { col, value } = entries[i];
      if (typeof value !== 'string') continue;
      const label = labelText(value);
      const part = PART.exec(label);
      const measure = part ? null : measureOf(label);
      const parent = parents.get(col);
      const isPart = !!part || (!measure && !!parent?.inParts);
      if (!measure && !isPart) continue;
      const merge = mergeAt(grid, row, col);
      const next = entries.find((e, j) => j > i && e.col > (merge && merge.top === row ? merge.right : col));
      if (!next) continue;
      const format = formatAt(grid, row, next.col);
      const parsed = parseNumber(next.value, format);
      if (parsed.value === null) continue;
      const cell = cellAddress(row, next.col);
      const places = typeof next.value === 'number' ? (formatDecimals(format) ?? decimalsOf(String(next.value))) : decimalsOf(String(next.value).replace(/,/g, ''));
      const shown = typeof next.value === 'number'
        ? (parsed.percent ? formatPercent(parsed.value, parsed.percentDecimals ?? 0) : parsed.value.toFixed(places))
        : String(next.value).trim();
      if (measure) parents.set(col, { measure, label, inParts: false });
      let subject = whole;
      let claimMeasure = measure;
      if (isPart && parent) {
        parent.inParts = true;
        const partLabel = part ? part[1] : label;
        subject = { kind: 'part', name: `${parent.label}（其中：${partLabel}）`, key: `${whole.key}/${parent.measure}/${partLabel}`, parent: whole.key };
        claimMeasure = parent.measure;
      }
      if (!claimMeasure) continue;
      const isRate = claimMeasure === 'rate';
      const decimals = isRate ? (parsed.percentDecimals ?? Math.max(0, places - 2)) : places;
      claims.push({
        subject,
        measure: claimMeasure,
        value: isRate && !parsed.percent && mayBePercentNumber(parsed.value) ? parsed.value / 100 : parsed.value,
        unit: isRate ? '%' : unit,
        decimals,
        text: shown,
        order: order + (row * 1000 + next.col) * 1000,
        source: { sheet: grid.sheet, cell, excerpt: `${String(value).trim()} ${shown}` },
        ...(isPart && parent ? { partOf: parent.measure } : {}),
      });
    }
  }
  return claims;
}

function decimalsOf(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}
