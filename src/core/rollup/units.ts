// Amounts are in 万元 unless the table says otherwise (单位：元, 项目资金（千元）; domain.md §1.4): a factor of 10,000,
// never silently mixed. The factors are the core's own (text.ts MONEY_UNITS).
import { filledRowsBetween, type Grid, rowEntries } from '../grid';
import { moneyFactor, normalizeLabel } from '../text';

export type AmountUnit = '万元' | '元' | '千元' | '百万元' | '亿元';

const UNIT_NOTE = /单位[:：]?(万元|千元|百万元|亿元|元)|[(（](万元|千元|百万元|亿元|元)[)）]/;

/** The unit the rows top…bottom (title and header rows) state for amounts; 万元 when they state none. */
export function amountUnitIn(grid: Grid, top: number, bottom: number): AmountUnit {
  for (const row of filledRowsBetween(grid, top, bottom)) {
    for (const { value } of rowEntries(grid, row)) {
      if (typeof value !== 'string') continue;
      const m = UNIT_NOTE.exec(normalizeLabel(value));
      if (m) return (m[1] ?? m[2]) as AmountUnit;
    }
  }
  return '万元';
}

/** An amount in `from` expressed in `to`: 12,345 元 is 1.2345 万元. */
export function convertAmount(value: number, from: AmountUnit, to: AmountUnit): number {
  return from === to ? value : value * moneyFactor(from, to)!;
}
