// A whole report's claims, in reading order: its paragraphs (each heading naming the item the paragraphs after it
// speak of), then its tables: label | value pairs and the text in their cells.
import type { Grid } from '../grid';
import { cellAddress, filledRows, rowEntries } from '../grid';
import type { GradeBand } from '../profile';
import { statedBands } from './bands';
import { cellClaims } from './cells';
import { headingOf, type ProseContext, proseClaims, type ReportKind, subjectWhole } from './prose';
import type { Claim, ReportText } from './types';

export interface ReportClaims {
  claims: Claim[];
  /** Grade bands the report states for itself, if it does. */
  bands: GradeBand[] | null;
  kind: ReportKind;
}

/** A project's own report ("…项目支出绩效自评报告"), not a department's or a department's summary of its projects. */
function reportKind(report: ReportText): ReportKind {
  const title = report.paragraphs.map((p) => p.text.trim()).filter(Boolean).slice(0, 3).join(' ');
  const project = /项目/.test(title) && /(自评|评价)报告/.test(title) && !/部门|整体|总报告/.test(title);
  return { project };
}

const BLOCK = 1_000_000;

/**
 * Every claim of a report. `skipTables` names the report tables that hold a self-evaluation table of their own:
 * those are checked as tables, not read for claims.
 */
export function extractClaims(report: ReportText, skipTables: ReadonlySet<string> = new Set()): ReportClaims {
  const kind = reportKind(report);
  const context: ProseContext = { kind, heading: null };
  const claims: Claim[] = [];
  let bands: GradeBand[] | null = null;
  report.paragraphs.forEach((p, i) => {
    const heading = headingOf(p.text);
    if (heading.isHeading) {
      context.heading = heading.item;
      return;
    }
    bands ??= statedBands(p.text);
    claims.push(...proseClaims(p.text, { paragraph: p.index }, context, (i + 1) * BLOCK));
  });
  const whole = subjectWhole(kind);
  const after = (report.paragraphs.length + 1) * BLOCK;
  report.tables.forEach((grid, t) => {
    if (skipTables.has(grid.sheet)) return;
    const order = after + t * 1000 * BLOCK;
    claims.push(...cellClaims(grid, whole, order));
    claims.push(...cellTextClaims(grid, kind, order));
  });
  return { claims, bands, kind };
}

/** Sentences inside table cells ("评价范围 | 兰州新区党工委办公室2023年度部门全年预算资金5257.66万元。"). */
function cellTextClaims(grid: Grid, kind: ReportKind, order: number): Claim[] {
  const out: Claim[] = [];
  for (const row of filledRows(grid)) {
    for (const { col, value } of rowEntries(grid, row)) {
      if (typeof value !== 'string' || value.length < 8) continue;
      const cell = cellAddress(row, col);
      out.push(...proseClaims(value, { sheet: grid.sheet, cell }, { kind, heading: null }, order + (row * 1000 + col) * 1000));
    }
  }
  return out;
}
