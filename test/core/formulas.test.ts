// Derived cells that hold formulas: never overwritten; judged after recalc as Excel will recompute them.
import type { Grid } from '../../src/core';
import { seed002Grid } from '../fixtures/seed002';
import { fromDense, toDense } from '../support/dense';
import { patch, run } from './helpers';

/** Seed 002 with its 自评得分 (G2) and the summary's 合计 得分 (C52) typed as formulas, their cached results 98. */
function withFormulaTotals(base: Grid = seed002Grid()): Grid {
  const formulas: (string | null)[][] = [];
  formulas[1] = [];
  formulas[1][6] = '=C52';
  formulas[51] = [];
  formulas[51][2] = '=SUM(C47:C50)';
  return fromDense({ ...toDense(base), formulas });
}

describe('formula totals', () => {
  const analysis = run(withFormulaTotals());

  it('never plans a write to a formula cell', () => {
    const cells = analysis.plan.writes.map((w) => w.cell);
    expect(cells).not.toContain('G2');
    expect(cells).not.toContain('C52');
    expect(cells).toEqual(expect.arrayContaining(['I15', 'H26', 'C48', 'D52']));
  });

  it('leaves nothing to fix once the formulas recompute over the corrected parts (98 → 100)', () => {
    expect(analysis.remaining.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps reporting a formula whose result was wrong as read, and does not offer to overwrite it', () => {
    // The cached 合计 is 97 while the summary rows add up to 98: the formula is broken, not merely stale.
    const broken = run(withFormulaTotals(patch(seed002Grid(), { C52: 97 })));
    const asRead = broken.report.findings.find((f) => f.cell === 'C52');
    expect(asRead).toMatchObject({ rule: 'total-mismatch', fixable: false, actual: 97 });
    expect(asRead!.message).toContain('该单元格是公式');
    expect(broken.remaining.find((f) => f.cell === 'C52')?.rule).toBe('total-mismatch');
  });
});
