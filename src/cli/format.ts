// zh-CN human output of `jixiao check` and `jixiao recalc`: findings grouped per file and table.
import { parseAddress } from '../core/grid';
import { formatDecimals, formatNumber, formatPercent, isPercentFormat } from '../core/text';
import type { CellWrite, Finding, Report, Severity, TableReport } from '../core/report';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const KIND_LABEL: Record<TableReport['kind'], string> = { department: '部门整体绩效自评表', project: '项目支出绩效自评表' };

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** Counts findings by severity; ignored findings are not counted. */
export function countSeverities(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.ignored) counts[f.severity]++;
  return counts;
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error' && !f.ignored);
}

export function formatCounts(counts: SeverityCounts): string {
  return `错误 ${counts.error} · 警告 ${counts.warning} · 提示 ${counts.info}`;
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

/** Findings per table (a finding belongs to the table whose range holds its cell), then those outside any table. */
export function groupByTable(report: Report, findings: Finding[]): { table: TableReport | null; findings: Finding[] }[] {
  const groups = report.tables.map((table) => ({ table: table as TableReport | null, findings: [] as Finding[] }));
  const outside: Finding[] = [];
  for (const finding of findings) {
    const group = groups.find((g) => g.table!.sheet === finding.sheet && inRange(finding.cell, g.table!.range));
    (group ? group.findings : outside).push(finding);
  }
  if (outside.length) groups.push({ table: null, findings: outside });
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

export function formatValue(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'number') {
    if (isPercentFormat(numFmt)) {
      // As Excel shows it: "0.00%" → 14.30%, "0%" → 14%.
      const decimals = formatDecimals(numFmt);
      return decimals === null ? `${formatNumber(value * 100, 4)}%` : formatPercent(value, decimals);
    }
    return formatNumber(value, 4);
  }
  return String(value);
}


function tableTitle(table: TableReport): string {
  const parts = [`工作表「${table.sheet}」${table.range}`, KIND_LABEL[table.kind] ?? table.kind];
  if (table.name) parts.push(`「${table.name}」`);
  const facts: string[] = [];
  const total = table.total;
  if (total && total.score !== null) {
    const entered = total.entered != null && Math.abs(total.entered - total.score) > 0.005 ? `，表中为 ${formatNumber(total.entered, 4)}` : '';
    facts.push(`应得总分 ${formatNumber(total.score, 4)}${entered}`);
  }
  if (table.grade?.value) facts.push(`等级 ${table.grade.value}`);
  return parts.join(' ') + (facts.length ? `（${facts.join('，')}）` : '');
}

export function formatFinding(finding: Finding): string {
  const where = `${finding.sheet}!${finding.cell}`;
  const tags: string[] = [];
  if (finding.fixable) tags.push('可自动修正');
  if (finding.ignored) tags.push(`已忽略：${finding.ignored.reason}`);
  return `[${SEVERITY_LABEL[finding.severity]}] ${where} ${finding.rule}：${finding.message}${tags.length ? `（${tags.join('；')}）` : ''}`;
}

function findingLines(report: Report, findings: Finding[], indent: string): string[] {
  const lines: string[] = [];
  for (const group of groupByTable(report, findings)) {
    lines.push(`${indent}${group.table ? tableTitle(group.table) : '表格以外'}`);
    if (group.findings.length === 0) {
      lines.push(`${indent}  未发现问题`);
      continue;
    }
    lines.push(`${indent}  ${formatCounts(countSeverities(group.findings))}`);
    for (const finding of sortFindings(group.findings)) lines.push(`${indent}  ${formatFinding(finding)}`);
  }
  return lines;
}

export function formatCheck(file: string, report: Report): string {
  const lines = [`${file}（评分口径 ${report.profile}）`];
  lines.push(...findingLines(report, report.findings, '  '));
  const fixable = report.writes.length;
  if (fixable) lines.push(`  recalc 可写入 ${fixable} 处：jixiao recalc ${quoteArg(file)} -o <输出.xlsx>`);
  return lines.join('\n');
}

/** A file that could not be checked, in its place in a multi-file listing. */
export function formatUnusable(file: string, reason: string): string {
  return `${file}\n  无法检查：${reason}`;
}

/** The last line of a multi-file check. */
export function formatBatchTotal(files: number, unusable: number, counts: SeverityCounts): string {
  const skipped = unusable ? `，其中 ${unusable} 个无法检查` : '';
  return `共检查 ${files} 个文件${skipped}：${formatCounts(counts)}`;
}

/** Why the report went to another sheet than 校验结果. */
export function reportSheetNote(sheet: string): string {
  return `工作簿中已有名为“校验结果”的工作表（不是 jixiao 写的），已原样保留；本次校验结果写在工作表“${sheet}”中`;
}

/** The number format a cell had when read, so that a rate is shown as 14.30% rather than 0.143. */
export type FormatLookup = (sheet: string, cell: string) => string | null;

function formatWrite(write: CellWrite, formatOf?: FormatLookup): string {
  const numFmt = write.numFmt ?? formatOf?.(write.sheet, write.cell) ?? undefined;
  return `${write.sheet}!${write.cell}：${formatValue(write.before, numFmt)} → ${formatValue(write.after, numFmt)}`;
}

export function formatRecalc(file: string, output: string, report: Report, remaining: Finding[], formatOf?: FormatLookup): string {
  const lines = [`${file}（评分口径 ${report.profile}）→ ${output}`];
  lines.push(`  重算前发现：${formatCounts(countSeverities(report.findings))}`);
  lines.push(...findingLines(report, report.findings, '    '));
  if (report.writes.length) {
    lines.push(`  已写入 ${report.writes.length} 处：`);
    for (const write of report.writes) lines.push(`    ${formatWrite(write, formatOf)}`);
  } else {
    lines.push('  无需写入');
  }
  if (remaining.length) {
    lines.push(`  仍需人工处理 ${remaining.length} 项（${formatCounts(countSeverities(remaining))}）：`);
    lines.push(...findingLines(report, remaining, '    '));
  } else {
    lines.push('  重算后未发现问题');
  }
  return lines.join('\n');
}

function quoteArg(arg: string): string {
  return /[\s"'`$]/.test(arg) ? `"${arg.replace(/(["\\$`])/g, '\\$1')}"` : arg;
}
