// Human output of `jixiao check` and `jixiao recalc` (zh-CN, or en-US with --lang): findings grouped per file and
// table. The words are src/core/present's; this module only arranges the lines.
import { parseAddress } from '../core/grid';
import { DEFAULT_LOCALE, type Locale } from '../core/locale';
import type { Analysis } from '../core/engine';
import type { CellValue } from '../core/grid';
import { formatCell, ruleName, type SeverityCounts, WORDING } from '../core/present';
import type { CellWrite, Finding, Report, Severity, TableReport } from '../core/report';
import type { FormatOf } from '../core/plan';
import { RULES } from '../core/rules';
import { formatNumber } from '../core/text';

export type { SeverityCounts };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts findings by severity; ignored findings are not counted. */
export function countSeverities(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.ignored) counts[f.severity]++;
  return counts;
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error' && !f.ignored);
}

export function formatCounts(counts: SeverityCounts, locale: Locale = DEFAULT_LOCALE): string {
  return WORDING[locale].cli.counts(counts);
}

function inRange(cell: string, range: string): boolean {
  const [from, to = from] = range.split(':');
  try {
    const a = parseAddress(from);
    const b = parseAddress(to);
    const c = parseAddress(cell);
    return c.row >= Math.min(a.row, b.row) && c.row <= Math.max(a.row, b.row) && c.col >= Math.min(a.col, b.col) && c.col <= Math.max(a.col, b.col);
  } catch {
    return false;
  }
}

/** Findings per table (a finding belongs to the table whose range holds its cell), then those outside any table,
 *  then those about the 自评报告's own text (`report` names it). `tables` are the report's, or as they read after recalc. */
export function groupByTable(report: Report, findings: Finding[], tables: TableReport[] = report.tables): { table: TableReport | null; findings: Finding[]; report?: string }[] {
  const groups: { table: TableReport | null; findings: Finding[]; report?: string }[] = tables.map((table) => ({ table, findings: [] as Finding[] }));
  const outside: Finding[] = [];
  const inReport: Finding[] = [];
  for (const finding of findings) {
    const group = groups.find((g) => g.table!.sheet === finding.sheet && inRange(finding.cell, g.table!.range));
    (group ? group.findings : finding.source ? inReport : outside).push(finding);
  }
  if (outside.length) groups.push({ table: null, findings: outside });
  if (report.report) groups.push({ table: null, findings: inReport, report: report.report.file });
  return groups;
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (s) return s;
    const pa = safeAddress(a.cell);
    const pb = safeAddress(b.cell);
    return pa.row - pb.row || pa.col - pb.col;
  });
}

function safeAddress(cell: string): { row: number; col: number } {
  try {
    return parseAddress(cell);
  } catch {
    return { row: Number.MAX_SAFE_INTEGER, col: 0 };
  }
}

export function formatValue(value: unknown, numFmt?: string, locale: Locale = DEFAULT_LOCALE): string {
  const shown = formatCell(value as CellValue, numFmt, locale);
  return typeof value === 'string' && value !== '' ? WORDING[locale].cellText(shown) : shown;
}

function tableTitle(table: TableReport, locale: Locale): string {
  const total = table.total;
  const score = total && total.score !== null ? total.score : null;
  const entered = score !== null && total!.entered != null && Math.abs(total!.entered - score) > 0.005 ? total!.entered : null;
  return WORDING[locale].cli.tableTitle({
    sheet: table.sheet,
    range: table.range,
    kind: WORDING[locale].tableKind[table.kind] ?? table.kind,
    name: table.name,
    total: score !== null ? formatNumber(score, 4) : undefined,
    entered: entered !== null ? formatNumber(entered, 4) : undefined,
    grade: table.grade?.value ?? undefined,
  });
}

export function formatFinding(finding: Finding, locale: Locale = DEFAULT_LOCALE): string {
  const cli = WORDING[locale].cli;
  const tags: string[] = [];
  if (finding.fixable) tags.push(cli.fixable);
  if (finding.ignored) tags.push(cli.ignored(finding.ignored.reason));
  return cli.finding({
    severity: WORDING[locale].severity[finding.severity],
    location: findingLocation(finding, locale),
    rule: finding.rule,
    message: finding.message,
    tags,
  }) + (finding.source ? `\n      ${cli.excerpt(finding.source.excerpt)}` : '');
}

/** Where a finding points: its cell, else the report's paragraph or table cell. */
function findingLocation(finding: Finding, locale: Locale): string {
  const w = WORDING[locale];
  if (finding.cell || !finding.source) return w.cli.location(finding.sheet, finding.cell);
  const s = finding.source;
  return w.cli.reportLocation(s.file, w.reportPlace({ type: 'report-place', paragraph: s.paragraph, sheet: s.sheet, cell: s.cell }));
}

function findingLines(report: Report, findings: Finding[], indent: string, locale: Locale, tables: TableReport[] = report.tables): string[] {
  const cli = WORDING[locale].cli;
  const lines: string[] = [];
  for (const group of groupByTable(report, findings, tables)) {
    const title = group.table ? tableTitle(group.table, locale) : group.report && report.report ? cli.reportTitle(group.report, report.report) : cli.outsideTables;
    lines.push(`${indent}${title}`);
    if (group.findings.length === 0) {
      lines.push(`${indent}  ${cli.noFindings}`);
      continue;
    }
    lines.push(`${indent}  ${formatCounts(countSeverities(group.findings), locale)}`);
    for (const finding of sortFindings(group.findings)) lines.push(`${indent}  ${formatFinding(finding, locale)}`);
  }
  return lines;
}

/** One line naming the rules that fired, so a reader need not know the ids. */
function legend(findings: Finding[], indent: string, locale: Locale): string[] {
  const fired = new Set(findings.map((f) => f.rule));
  const ids = RULES.map((r) => r.id).filter((id) => fired.has(id));
  return ids.length ? [`${indent}${WORDING[locale].cli.legend(ids.map((id) => ({ id, name: ruleName(id, locale) })))}`] : [];
}

export function formatCheck(file: string, report: Report, locale: Locale = DEFAULT_LOCALE): string {
  const cli = WORDING[locale].cli;
  const lines = [cli.fileHeader(file, report.profile)];
  lines.push(...findingLines(report, report.findings, '  ', locale));
  const fixable = report.writes.length;
  if (fixable) lines.push(`  ${cli.recalcWould(fixable, `jixiao recalc ${quoteArg(file)} -o ${cli.outputPlaceholder}`)}`);
  lines.push(...legend(report.findings, '  ', locale));
  return lines.join('\n');
}

/** A file that could not be checked, in its place in a multi-file listing. */
export function formatUnusable(file: string, reason: string, locale: Locale = DEFAULT_LOCALE): string {
  return WORDING[locale].cli.unusable(file, reason);
}

/** Why the report went to another sheet than 校验结果. */
export function reportSheetNote(sheet: string, locale: Locale = DEFAULT_LOCALE): string {
  return WORDING[locale].cli.reportSheetElsewhere(sheet);
}

/** The number format a cell had when read, so that a rate is shown as 14.30% rather than 0.143. */

function formatWrite(write: CellWrite, locale: Locale, formatOf?: FormatOf): string {
  const numFmt = write.numFmt ?? formatOf?.(write.sheet, write.cell) ?? undefined;
  const cli = WORDING[locale].cli;
  return cli.write(cli.location(write.sheet, write.cell), formatValue(write.before, numFmt, locale), formatValue(write.after, numFmt, locale));
}

export interface RecalcOutput {
  /** Where the 校验结果 report went (another name when the workbook has a sheet of its own called so). */
  reportSheet: string;
  formatOf?: FormatOf;
  locale?: Locale;
}

/** The findings as read, what was written, then the tables as they now read (the values the cells hold after the
 *  writes) with what a person still has to fix. */
export function formatRecalc(file: string, output: string, analysis: Pick<Analysis, 'report' | 'remaining' | 'tablesAfter' | 'plan'>, out: RecalcOutput): string {
  const { report, remaining, tablesAfter, plan } = analysis;
  const locale = out.locale ?? DEFAULT_LOCALE;
  const cli = WORDING[locale].cli;
  const lines = [cli.recalcHeader(file, report.profile, output)];
  lines.push(`  ${cli.beforeRecalc(formatCounts(countSeverities(report.findings), locale))}`);
  lines.push(...findingLines(report, report.findings, '    ', locale));
  if (report.writes.length) {
    lines.push(`  ${cli.written(report.writes.length)}`);
    for (const write of report.writes) lines.push(`    ${formatWrite(write, locale, out.formatOf)}`);
  } else {
    // Nothing rewritten, but the copy still carries the marks and the 校验结果 sheet: say so.
    lines.push(`  ${cli.nothingWritten(plan.marks.length, out.reportSheet)}`);
  }
  if (remaining.length) {
    lines.push(`  ${cli.remaining(remaining.length, formatCounts(countSeverities(remaining), locale))}`);
    lines.push(...findingLines(report, remaining, '    ', locale, tablesAfter));
  } else {
    lines.push(`  ${cli.noneRemaining}`);
    for (const table of tablesAfter) lines.push(`    ${tableTitle(table, locale)}`);
  }
  lines.push(...legend([...report.findings, ...remaining], '  ', locale));
  return lines.join('\n');
}

/** The closing line of a run over several files, `unusable` of them not checkable. */
export function formatFilesChecked(count: number, findings: Finding[], locale: Locale = DEFAULT_LOCALE, unusable = 0): string {
  return WORDING[locale].cli.filesChecked(count, formatCounts(countSeverities(findings), locale), unusable);
}

function quoteArg(arg: string): string {
  return /[\s"'`$]/.test(arg) ? `"${arg.replace(/(["\\$`])/g, '\\$1')}"` : arg;
}
