// A small stand-in for the engine, so the adapter's own behaviour (syncs, writes, marks, ledger, undo) is tested on
// plans whose every cell is known in advance. It understands just seed 002's 年度主要任务 block and budget row.
import { type Analysis, type TableReport, type CellMark, type CellWrite, type Finding, type Grid, cellAddress } from '../../src/core';
import { toDense } from '../support/dense';
import { changeSheetOf, reportSheetOf } from '../support/plans';

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

export function standInAnalyze(grids: Grid[]): Analysis {
  const findings: Finding[] = [];
  const writes: CellWrite[] = [];
  const tables: TableReport[] = [];
  for (const sparse of grids) {
    const grid = toDense(sparse);
    if (grid.values.some((row) => row?.[0] === '年度主要任务'))
      tables.push({ sheet: grid.sheet, kind: 'department', range: `A1:I${grid.values.length}`, groups: [{ name: '投入管理', weight: 20, score: 19 }], total: { score: 98, cell: 'G4' }, grade: { value: '优', cell: 'G5' } });
    let inTasks = false;
    grid.values.forEach((row, r) => {
      if (row?.[0] === '年度主要任务') inTasks = true;
      else if (typeof row?.[0] === 'string' && row[0] !== '') inTasks = false;
      if (!row) return;
      // Task rows: 预算执行率 (I) = 预算执行数 (G) / 预算资金 (D).
      if (inTasks && typeof row[1] === 'string' && row[1].startsWith('任务')) {
        const budget = num(row[3]);
        const executed = num(row[6]);
        if (budget && executed !== null) {
          const rate = Math.round((executed / budget) * 10000) / 10000;
          const shown = row[8];
          if (shown !== rate) {
            const cell = cellAddress(r, 8);
            writes.push({ sheet: grid.sheet, cell, before: shown ?? null, after: rate, numFmt: '0.00%' });
            findings.push({ rule: 'rate-mismatch', severity: 'error', sheet: grid.sheet, cell, related: [cellAddress(r, 3), cellAddress(r, 6)], message: `预算执行率应为 ${(rate * 100).toFixed(2)}%`, expected: rate, actual: typeof shown === 'number' ? shown : null, fixable: true });
          }
        }
      }
      // 部门预算总额: 得分 (I) against min(执行数 / 调整预算数, 1) × 分值 — left for a person, so marked.
      if (row[1] === '部门预算总额') {
        const score = num(row[8]);
        const weight = num(row[7]);
        const adjusted = num(row[4]);
        const executed = num(row[5]);
        if (score !== null && weight !== null && adjusted && executed !== null) {
          const expected = Math.min(executed / adjusted, 1) * weight;
          if (Math.abs(expected - score) > 0.005)
            findings.push({ rule: 'score-mismatch', severity: 'warning', sheet: grid.sheet, cell: cellAddress(r, 8), related: [], message: `得分应为 ${expected}`, expected, actual: score, fixable: false });
        }
      }
      // An indicator scored below its weight with no reason.
      if (typeof row[2] === 'string' && num(row[6]) !== null && num(row[7]) !== null && (row[7] as number) < (row[6] as number) && !row[8])
        findings.push({ rule: 'deviation-unexplained', severity: 'warning', sheet: grid.sheet, cell: cellAddress(r, 8), related: [cellAddress(r, 7)], message: '得分低于分值，须填写未完成原因', expected: null, actual: null, fixable: false });
    });
  }
  const remaining = findings.filter((f) => !f.fixable);
  const marks: CellMark[] = remaining.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, fill: f.severity === 'error' ? 'FFC7CE' : f.severity === 'warning' ? 'FFEB9C' : null, note: f.message }));
  return {
    report: { profile: 'national', tables, findings, writes },
    remaining,
    tablesAfter: tables,
    settled: writes,
    plan: {
      writes,
      marks,
      reportSheet: reportSheetOf(findings),
      changeSheet: changeSheetOf(writes),
    },
  };
}
