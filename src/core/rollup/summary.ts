// The summary of a set of checked tables: one row per table (file, sheet, name, amounts in 万元, rate, score, grade,
// findings counted, 可提交 / 需修改) and the totals (count, sums, overall rate, simple and budget-weighted average score,
// grade distribution). Built from JSON reports, so a worker thread can send its file's rows as plain data.
import { parseAddress, parseRange } from '../grid';
import { gradeFor, type GradeBand } from '../profile';
import type { Finding, Report, Severity, TableReport } from '../report';
import { roundHalfUp, sumOf } from '../text';
import { type AmountUnit, convertAmount } from './units';

export type SummaryStatus = '可提交' | '需修改';

export interface SummaryRow {
  file: string;
  sheet: string;
  kind: TableReport['kind'];
  /** The table's top-left cell, to go there. */
  cell: string;
  name: string;
  department: string | null;
  /** 万元, whatever unit the table is in. */
  budgetInitial: number | null;
  budgetAdjusted: number | null;
  executed: number | null;
  /** 执行数 ÷ (调整预算数, else 年初预算数), a fraction. */
  rate: number | null;
  score: number | null;
  grade: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /** 需修改 while an error (not ignored) remains in the table as read. */
  status: SummaryStatus;
}

export interface SummaryTotals {
  count: number;
  budgetInitial: number | null;
  /** 调整预算数, or 年初预算数 for a table without one. */
  budgetAdjusted: number | null;
  executed: number | null;
  rate: number | null;
  averageScore: number | null;
  /** Scores weighted by 调整预算数 (else 年初预算数). */
  weightedAverageScore: number | null;
  /** Tables per grade, in the bands' order. */
  grades: Record<string, number>;
}

/** A finding with the file it was found in. */
export type FileFinding = Finding & { file: string };

export function cellInRange(cell: string, range: string): boolean {
  try {
    const { row, col } = parseAddress(cell);
    const r = parseRange(range);
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  } catch {
    return false;
  }
}

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity && !f.ignored).length;
}

const wan = (v: number | null | undefined, unit: AmountUnit) => (v === null || v === undefined ? null : roundHalfUp(convertAmount(v, unit, '万元'), 6));

export function summaryRow(file: string, table: TableReport, findings: Finding[], bands: GradeBand[]): SummaryRow {
  const mine = findings.filter((f) => f.sheet === table.sheet && cellInRange(f.cell, table.range));
  const unit = table.funds?.unit ?? '万元';
  const budgetInitial = wan(table.funds?.initial, unit);
  const budgetAdjusted = wan(table.funds?.adjusted, unit);
  const executed = wan(table.funds?.executed, unit);
  const base = budgetAdjusted ?? budgetInitial;
  const score = table.total?.score ?? null;
  const errors = count(mine, 'error');
  return {
    file,
    sheet: table.sheet,
    kind: table.kind,
    cell: table.range.split(':')[0],
    name: table.name?.trim() || table.sheet,
    department: table.department ?? null,
    budgetInitial,
    budgetAdjusted,
    executed,
    rate: executed !== null && base ? roundHalfUp(executed / base, 6) : null,
    score: score === null ? null : roundHalfUp(score, 2),
    grade: score === null ? (table.grade?.value ?? null) : gradeFor(score, bands),
    errors,
    warnings: count(mine, 'warning'),
    infos: count(mine, 'info'),
    status: errors > 0 ? '需修改' : '可提交',
  };
}

/** One file's part of a summary: its tables' rows, its errors and warnings, and its roll-ups' summary-mismatch. */
export function summarizeReport(file: string, report: Report, bands: GradeBand[]): { rows: SummaryRow[]; issues: FileFinding[]; rollupFindings: FileFinding[] } {
  const rows = report.tables.map((t) => summaryRow(file, t, report.findings, bands));
  const withFile = (f: Finding): FileFinding => ({ file, ...f });
  return {
    rows,
    issues: report.findings.filter((f) => !f.ignored && f.severity !== 'info').map(withFile),
    rollupFindings: report.findings.filter((f) => f.rule === 'summary-mismatch').map(withFile),
  };
}

export function summaryTotals(rows: SummaryRow[], bands: GradeBand[]): SummaryTotals {
  const sum = (values: (number | null)[]) => {
    const present = values.filter((v): v is number => v !== null);
    return present.length ? sumOf(present) : null;
  };
  const bases = rows.map((r) => r.budgetAdjusted ?? r.budgetInitial);
  const withRate = rows.filter((_, i) => bases[i] !== null && rows[i].executed !== null);
  const rateBase = sum(withRate.map((r) => r.budgetAdjusted ?? r.budgetInitial));
  const rateExecuted = sum(withRate.map((r) => r.executed));
  const scored = rows.filter((r) => r.score !== null);
  const weighted = rows.filter((r, i) => r.score !== null && bases[i]);
  const weightSum = sum(weighted.map((r) => r.budgetAdjusted ?? r.budgetInitial));
  const grades: Record<string, number> = {};
  for (const band of bands) grades[band.label] = 0;
  for (const r of rows) if (r.grade) grades[r.grade] = (grades[r.grade] ?? 0) + 1;
  return {
    count: rows.length,
    budgetInitial: sum(rows.map((r) => r.budgetInitial)),
    budgetAdjusted: sum(bases),
    executed: sum(rows.map((r) => r.executed)),
    rate: rateBase && rateExecuted !== null ? roundHalfUp(rateExecuted / rateBase, 6) : null,
    averageScore: scored.length ? roundHalfUp(sumOf(scored.map((r) => r.score!)) / scored.length, 2) : null,
    weightedAverageScore: weightSum
      ? roundHalfUp(weighted.reduce((n, r) => n + r.score! * (r.budgetAdjusted ?? r.budgetInitial)!, 0) / weightSum, 2)
      : null,
    grades,
  };
}

/** One file of a summary run: its part, or why it could not be read. */
export type FilePart =
  | { file: string; rows: SummaryRow[]; issues: FileFinding[]; rollupFindings: FileFinding[] }
  | { file: string; error: string };

export type SummaryFile = { file: string; tables: number; errors: number; warnings: number; infos: number } | { file: string; error: string };

/** The summary as `jixiao summary --json` prints it (contract.md). */
export interface SummaryReport {
  files: SummaryFile[];
  tables: SummaryRow[];
  totals: SummaryTotals;
  /** Totals per kind, when both department and project tables are summed (a department's amounts include its projects'). */
  totalsByKind?: Partial<Record<TableReport['kind'], SummaryTotals>>;
  /** summary-mismatch findings, each with its file. */
  findings: FileFinding[];
}

/** The summary of checked workbooks in one place (the pane, file mode's 下载汇总表): each named as it is shown. */
export function summarizeChecked(workbooks: { name: string; report: Report }[], bands: GradeBand[]): { report: SummaryReport; issues: FileFinding[] } {
  return buildSummary(workbooks.map((w) => ({ file: w.name, ...summarizeReport(w.name, w.report, bands) })), bands);
}

/** The files' parts put together in their order; `issues` are every error and warning, for the 问题清单 sheet. */
export function buildSummary(parts: FilePart[], bands: GradeBand[]): { report: SummaryReport; issues: FileFinding[] } {
  const files: SummaryFile[] = [];
  const tables: SummaryRow[] = [];
  const findings: FileFinding[] = [];
  const issues: FileFinding[] = [];
  for (const part of parts) {
    if ('error' in part) {
      files.push({ file: part.file, error: part.error });
      continue;
    }
    const sum = (key: 'errors' | 'warnings' | 'infos') => part.rows.reduce((n, r) => n + r[key], 0);
    // Findings outside every table (a roll-up's) count for the file too.
    const outside = part.rollupFindings.filter((f) => !f.ignored);
    files.push({ file: part.file, tables: part.rows.length, errors: sum('errors') + outside.length, warnings: sum('warnings'), infos: sum('infos') });
    tables.push(...part.rows);
    findings.push(...part.rollupFindings);
    issues.push(...part.issues);
  }
  const report: SummaryReport = { files, tables, totals: summaryTotals(tables, bands), findings };
  const kinds = [...new Set(tables.map((t) => t.kind))];
  if (kinds.length > 1) {
    report.totalsByKind = Object.fromEntries(kinds.map((k) => [k, summaryTotals(tables.filter((t) => t.kind === k), bands)]));
  }
  return { report, issues };
}
