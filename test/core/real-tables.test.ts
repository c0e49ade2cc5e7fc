// The corpus of real published tables (test/fixtures/real): each reads as well as seed 002 — exactly the findings its
// file derives by hand from domain.md, every other rule silent — and recalc leaves it at a fixpoint.
import { analyzeWorkbook, applyWrites } from '../../src/core';
import { REAL_TABLES, realGrids } from '../fixtures/real';

describe.each(REAL_TABLES.map((t) => [t.id, t] as const))('%s', (_id, table) => {
  const grids = realGrids(table);
  const analysis = analyzeWorkbook(grids);
  const got = analysis.report.findings;

  it('gives exactly the findings derived by hand, and no other', () => {
    expect(got.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(table.expected.map((f) => `${f.rule}@${f.cell}`).sort());
  });
  const each = table.expected.length > 0 ? it.each(table.expected.map((e) => [`${e.rule}@${e.cell}`, e] as const)) : null;
  each?.('%s carries the expected value and message', (_key, want) => {
    const f = got.find((x) => x.rule === want.rule && x.cell === want.cell);
    expect(f).toBeDefined();
    if (want.expected !== undefined) {
      if (typeof want.expected === 'number') expect(f!.expected).toBeCloseTo(want.expected, 6);
      else expect(f!.expected).toBe(want.expected);
    }
    if (want.message) expect(f!.message).toContain(want.message);
  });
  it('is read: one table, no table-unreadable, every indicator row of its block', () => {
    expect(analysis.report.tables).toHaveLength(1);
    const { coverage } = analysis.report.tables[0];
    expect(coverage!.rows).toBeGreaterThan(0);
    expect(coverage!.read).toBe(coverage!.rows);
  });
  it('recalc twice = recalc once', () => {
    const once = applyWrites(grids, analysis.plan.writes);
    expect(analyzeWorkbook(once).plan.writes).toEqual([]);
  });
});

it('the corpus spans eight provinces and every form it was gathered for', () => {
  expect(new Set(REAL_TABLES.map((t) => t.region.slice(0, 2))).size).toBeGreaterThanOrEqual(8);
});
