// locate → parse → score → rules → plan, over every sheet of a workbook.
import { deriveTable, groupWeight, type TableCalc } from './derive';
import { type Grid, parseAddress, withCells } from './grid';
import { locateTables } from './locate';
import { parseTable } from './parse';
import { formulaRefreshes, planMarks, planReportSheet, planWrites, sortFindings } from './plan';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { renderMessage } from './present';
import { type GradeBand, PROFILES, type ProfileName } from './profile';
import type { CellWrite, Finding, FindingUnit, Report, RuleId, TableReport, WritePlan } from './report';
import { type Rule, RULES, ruleDocs } from './rules';
import type { AnyReport } from './rules/rule';
import type { Quantity, TableText } from './values';

export type { Locale };

export interface IgnoreEntry {
  rule: RuleId;
  sheet: string;
  cell: string;
  reason: string;
}

export interface EngineOptions {
  /** Default national. */
  profile?: ProfileName;
  /** Default: the profile's bands (90 优, 80 良, 60 中, 0 差). */
  gradeBands?: GradeBand[];
  /** Over-completion threshold (B ≥ t × A), default the profile's 1.2; Guangxi uses 1.3. */
  overCompletionThreshold?: number;
  /** Language of messages and of the 校验结果 sheet; default zh-CN. */
  locale?: Locale;
  /** Findings the user chose to ignore: still reported (with `ignored`), never marked, never counted for exit 1. */
  ignores?: IgnoreEntry[];
}

export interface Analysis {
  /** Findings as read, the tables found, and the writes recalc makes. `tables` is empty when no table was found. */
  report: Report;
  /** Findings that remain once the writes are applied: what a person still has to fix. */
  remaining: Finding[];
  /** Writes, marks (for `remaining`, less ignored ones) and the 校验结果 sheet. */
  plan: WritePlan;
}

interface Pass {
  calcs: TableCalc[];
  findings: Finding[];
}

const plain = (v: Quantity | TableText | null): number | string | null => (v === null ? null : v.type === 'text' ? v.text : v.value);

function unitOf(v: Quantity | TableText | null): FindingUnit | undefined {
  if (v === null) return undefined;
  if (v.type === 'text') return 'text';
  return v.unit === 'percent' ? 'rate' : 'number';
}

function toFinding(rule: Rule, sheet: string, r: AnyReport, locale: Locale): Finding {
  const id = rule.id as RuleId;
  const unit = unitOf(r.expected) ?? unitOf(r.actual);
  return {
    rule: id, severity: rule.meta.severity, sheet, cell: r.cell, related: r.related,
    message: renderMessage(id, r.messageId, r.data, locale),
    expected: plain(r.expected), actual: plain(r.actual), ...(unit ? { unit } : {}), fixable: r.fixable,
    messageId: r.messageId, data: r.data, docs: ruleDocs(id),
  };
}

function runPass(grids: Grid[], options: EngineOptions & { locale: Locale }): Pass {
  const base = PROFILES[options.profile ?? 'national'];
  const profile = options.overCompletionThreshold ? { ...base, overCompletionThreshold: options.overCompletionThreshold } : base;
  const bands = options.gradeBands ?? profile.gradeBands;
  const calcs: TableCalc[] = [];
  const findings: Finding[] = [];
  // Doors leave jixiao's own sheets out of `grids`: every grid here is a person's sheet, whatever its name.
  for (const grid of grids) {
    for (const located of locateTables(grid)) {
      const table = parseTable(located);
      const calc = deriveTable(table, profile, bands);
      calcs.push(calc);
      for (const rule of RULES as readonly Rule[]) {
        rule.create({ table, calc, profile, bands, report: (r) => findings.push(toFinding(rule, table.sheet, r as AnyReport, options.locale)) });
      }
    }
  }
  const order = grids.map((g) => g.sheet);
  return { calcs, findings: sortFindings(findings, order) };
}

function markIgnored(findings: Finding[], ignores: IgnoreEntry[] = []): Finding[] {
  if (ignores.length === 0) return findings;
  return findings.map((f) => {
    const hit = ignores.find((i) => i.rule === f.rule && i.sheet === f.sheet && i.cell === f.cell);
    return hit ? { ...f, ignored: { reason: hit.reason } } : f;
  });
}

function tableReport(calc: TableCalc): TableReport {
  const { table } = calc;
  const budget = calc.budgetRow;
  const report: TableReport = {
    sheet: table.sheet,
    kind: table.kind,
    ...(table.name ? { name: table.name.text } : {}),
    range: table.range,
    groups: table.groups.map((g) => ({
      name: g.name,
      weight: groupWeight(g),
      score: calc.groupFinal.get(g.name) ?? null,
      cell: g.labelCell,
    })),
    coverage: { read: table.reading.indicatorRowsRead, rows: table.reading.indicatorRows },
  };
  if (budget) {
    report.budget = {
      rate: calc.budgetRate === null ? null : Number(calc.budgetRate.toFixed(6)),
      rateCell: budget.rate?.cell ?? null,
      weight: budget.weight?.value ?? null,
      score: calc.budgetScoreExpected ?? budget.score?.value ?? null,
      scoreCell: budget.score?.cell ?? null,
    };
  }
  if (calc.totalFinal !== null || table.total) {
    // A table none of whose blocks was read has no total of its own to report, only what it says.
    const read = table.reading.blocks.length > 0;
    report.total = { score: calc.totalFinal ?? (read ? table.total?.value ?? null : null), cell: table.total?.cell ?? null, entered: table.total?.value ?? null };
  }
  const gradeDerived = calc.derived.find((d) => d.kind === 'grade');
  if (table.grade) {
    report.grade = { value: (gradeDerived?.final as string | null) ?? table.grade.text ?? null, cell: table.grade.cell, entered: table.grade.text || null };
  }
  return report;
}

export function analyzeWorkbook(grids: Grid[], options: EngineOptions = {}): Analysis {
  const opts = { ...options, locale: options.locale ?? DEFAULT_LOCALE };
  const first = runPass(grids, opts);
  const writes = planWrites(first.calcs);
  // Formula cells recompute in Excel once their inputs change: judge what remains with their recomputed values.
  const settled = writes.length > 0 ? [...writes, ...formulaRefreshes(first.calcs, first.findings)] : [];
  const second = writes.length > 0 ? runPass(applyWrites(grids, settled), opts) : first;
  const findings = markIgnored(first.findings, options.ignores);
  const remaining = markIgnored(second.findings, options.ignores);
  return {
    report: { profile: opts.profile ?? 'national', tables: first.calcs.map(tableReport), findings, writes },
    remaining,
    plan: { writes, marks: planMarks(remaining, opts.locale), reportSheet: planReportSheet(remaining, opts.locale, grids.map((g) => g.sheet)) },
  };
}

/** The grids as they will read after the writes: copies that share every untouched row, inputs untouched. */
export function applyWrites(grids: Grid[], writes: CellWrite[]): Grid[] {
  return grids.map((grid) => {
    const mine = writes.filter((w) => w.sheet === grid.sheet);
    return withCells(grid, mine.map((w) => ({ ...parseAddress(w.cell), value: w.after, format: w.numFmt })));
  });
}
