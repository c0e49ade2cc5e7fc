// An ESLint-strict rule tester. A rule promises, for each finding: which message it says (messageId) with which values
// (data), at which cell, computed from which cells (related), whether recalc fixes it (fixable) and what recalc then
// writes there. Each invalid case states all of it, for every finding of the rule in the workbook, in order; each
// valid case states that the rule stays silent. Both run the whole engine, with the case's options.
import { analyzeWorkbook, type EngineOptions, type Finding, type Grid, renderMessage } from '../../src/core';
import type { Rule } from '../../src/core/rules/rule';
import type { Calculation, MessageData, Note, Quantity, Shown, TableText } from '../../src/core/values';
import { amount, points } from '../../src/core/values';

export interface ValidCase {
  name: string;
  grids: Grid | Grid[];
  options?: EngineOptions;
}

export interface ExpectedFinding {
  messageId: string;
  /** Defaults to the sheet of the case's only grid. */
  sheet?: string;
  cell: string;
  related: string[];
  data: MessageData;
  expected: number | string | null;
  actual: number | string | null;
  fixable: boolean;
  /** What recalc writes into `cell` (null: it leaves the cell alone). */
  write: number | string | null;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

/** Numbers compared to 9 decimals wherever they sit (0.143 is 1.43 ÷ 10 however the float rounds). */
function close<T>(value: T): T {
  if (typeof value === 'number') return expect.closeTo(value, 9) as unknown as T;
  if (Array.isArray(value)) return value.map(close) as unknown as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, close(v)])) as T;
  return value;
}

const CJK_OUTSIDE_QUOTES = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** English text with the table's own text (quoted “…”) taken out. */
export const outsideQuotes = (text: string): string => text.replace(/“[^”]*”/g, '');

function sheetOf(grids: Grid | Grid[]): string | undefined {
  const list = Array.isArray(grids) ? grids : [grids];
  return list.length === 1 ? list[0].sheet : undefined;
}

function findingsOf(rule: Pick<Rule, 'id' | 'meta'>, c: ValidCase, options: EngineOptions = {}) {
  const analysis = analyzeWorkbook(Array.isArray(c.grids) ? c.grids : [c.grids], { ...c.options, ...options });
  return { analysis, findings: analysis.report.findings.filter((f) => f.rule === rule.id) };
}

export function ruleTester(rule: Pick<Rule, 'id' | 'meta'>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(findingsOf(rule, c).findings).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const { analysis, findings } = findingsOf(rule, c);
          const got = findings.map((f) => {
            const write = analysis.report.writes.find((w) => w.sheet === f.sheet && w.cell === f.cell);
            return {
              messageId: f.messageId, sheet: f.sheet, cell: f.cell, related: f.related, data: f.data,
              expected: f.expected, actual: f.actual, fixable: f.fixable, write: write ? write.after : null,
            };
          });
          const want = c.findings.map((w) => close({ ...w, sheet: w.sheet ?? sheetOf(c.grids) }));
          expect(got).toEqual(want);
          for (const f of findings) {
            expect(f.severity).toBe(rule.meta.severity);
            expect(f.docs).toBe(`docs/rules.md#${rule.id}`);
            // The contract: fixable means recalc overwrites this very cell.
            expect({ cell: f.cell, fixable: f.fixable, written: got.find((g) => g.cell === f.cell && g.sheet === f.sheet)!.write !== null }).toEqual({
              cell: f.cell,
              fixable: f.fixable,
              written: f.fixable,
            });
            expect(f.message).toBe(renderMessage(rule.id as Finding['rule'], f.messageId!, f.data!, 'zh-CN'));
            expect(f.message).not.toMatch(/\{\w+\}/);
          }
        });
      }
    });

    it('speaks English outside the table text, with the same findings', () => {
      for (const c of cases.invalid) {
        const zh = findingsOf(rule, c).findings;
        const en = findingsOf(rule, c, { locale: 'en-US' }).findings;
        expect(en.map((f) => [f.cell, f.messageId, f.data])).toEqual(zh.map((f) => [f.cell, f.messageId, f.data]));
        for (const f of en) {
          expect(f.message).not.toMatch(/\{\w+\}/);
          expect({ message: f.message, chinese: CJK_OUTSIDE_QUOTES.test(outsideQuotes(f.message)) }).toEqual({ message: f.message, chinese: false });
        }
      }
    });

    it('says every one of its messages in some invalid case', () => {
      const said = new Set(cases.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
      expect([...said].sort()).toEqual(Object.keys(rule.meta.messages['zh-CN']).sort());
    });
  });
}

/** A cell as the table shows it; with `percentDecimals` it is formatted (or typed) as a percentage. */
export const cellShows = (raw: Shown['raw'], percentDecimals?: number): Shown => ({
  type: 'shown',
  raw,
  percent: percentDecimals !== undefined,
  percentDecimals: percentDecimals ?? null,
});
export const quotient = (numerator: Quantity, denominator: Quantity): Calculation => ({ type: 'calc', kind: 'quotient', numerator, denominator });
/** 执行数 ÷ 预算数, both amounts. */
export const amounts = (executed: number, budget: number): Calculation => quotient(amount(executed), amount(budget));
/** 得分 ÷ 权重分值. */
export const scoreOver = (score: number, weight: number): Calculation => quotient(points(score), points(weight));
export const recalcWrites = (value: Quantity | TableText): Note => ({ type: 'note', kind: 'recalc-writes', value });
export const formulaNote: Note = { type: 'note', kind: 'formula' };
export { amount, noNote, parts, points, rate, subject, term, text } from '../../src/core/values';
