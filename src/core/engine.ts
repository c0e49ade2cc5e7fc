// locate → parse → score → rules → plan, over every sheet of a workbook.
import { counterparts, extractClaims, inconsistencies, type Inconsistency, type ReportClaims, type ReportText, type RollupTotals, rollupFromTables, tableAmountUnit } from './claims';
import { deriveTable, groupWeight, type TableCalc } from './derive';
import { type Grid, parseAddress, withCells } from './grid';
import { locateTables } from './locate';
import { parseTable } from './parse';
import { formatsOf, formulaRefreshes, planChangeSheet, planMarks, planReportSheet, planWrites, sortFindings } from './plan';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { renderMessage } from './present/message';
import { type GradeBand, gradeBandsOf, PROFILES, type ProfileName } from './profile';
import type { CellWrite, Finding, FindingUnit, Report, RuleId, TableReport, WritePlan } from './report';
import { calcRollup, fundsOf, type RollupCalc, type RollupSheet, separateRollup, tableFacts, type TableFacts } from './rollup';
import { type Rule, ruleDocs, TABLE_RULES, WORKBOOK_RULES } from './rules';
import type { AnyReport, AnyReportFinding, WorkbookRule } from './rules/rule';
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
  /** The 自评报告 beside the table: its claims are checked against themselves and the tables (rules report-*). */
  report?: ReportInput;
}

export interface ReportInput {
  text: ReportText;
  /** The department's projects added up (项目支出绩效自评汇总), where known; else the run's project tables added up. */
  rollup?: RollupTotals | null;
}

interface PreparedReport {
  file: string;
  claims: ReportClaims;
  inconsistencies: Inconsistency[];
  rollup: RollupTotals | null;
}

export interface Analysis {
  /** Findings as read, the tables found, and the writes recalc makes. `tables` is empty when no table was found. */
  report: Report;
  /** Findings that remain once the writes are applied: what a person still has to fix. */
  remaining: Finding[];
  /** The tables as they read once the writes are applied (formula cells recomputed), in `report.tables`' order:
   *  what a door shows after recalc. The same as `report.tables` when recalc writes nothing. */
  tablesAfter: TableReport[];
  /** Every cell whose value recalc changes: the writes, then the formula cells Excel recomputes from them. */
  settled: CellWrite[];
  /** Writes, marks (for `remaining`, less ignored ones) and the 校验结果 sheet. */
  plan: WritePlan;
}

interface Pass {
  calcs: TableCalc[];
  /** What each of `calcs` says for a roll-up or summary, in the same order. */
  facts: TableFacts[];
  rollups: RollupCalc[];
  findings: Finding[];
}

const plain = (v: Quantity | TableText | null): number | string | null => (v === null ? null : v.type === 'text' ? v.text : v.value);

function unitOf(v: Quantity | TableText | null): FindingUnit | undefined {
  if (v === null) return undefined;
  if (v.type === 'text') return 'text';
  return v.unit === 'percent' ? 'rate' : 'number';
}

function toFinding(rule: Pick<Rule, 'id' | 'meta'>, sheet: string, r: AnyReport, locale: Locale): Finding {
  const id = rule.id as RuleId;
  const unit = unitOf(r.expected) ?? unitOf(r.actual);
  return {
    rule: id, severity: rule.meta.severity, sheet, cell: r.cell, related: r.related,
    message: renderMessage(id, r.messageId, r.data, locale),
    expected: plain(r.expected), actual: plain(r.actual), ...(unit ? { unit } : {}), fixable: r.fixable,
    messageId: r.messageId, data: r.data, docs: ruleDocs(id),
  };
}

function runPass(grids: Grid[], options: EngineOptions & { locale: Locale }, report: PreparedReport | null = null): Pass {
  const base = PROFILES[options.profile ?? 'national'];
  const profile = options.overCompletionThreshold ? { ...base, overCompletionThreshold: options.overCompletionThreshold } : base;
  const bands = gradeBandsOf(options);
  const calcs: TableCalc[] = [];
  const facts: TableFacts[] = [];
  const rollupSheets: RollupSheet[] = [];
  const findings: Finding[] = [];
  // Doors leave jixiao's own sheets out of `grids`: every grid here is a person's sheet, whatever its name.
  for (const grid of grids) {
    const { rollup, tables } = separateRollup(grid, locateTables(grid));
    if (rollup) rollupSheets.push(rollup);
    for (const located of tables) {
      const table = parseTable(located);
      const calc = deriveTable(table, profile, bands);
      calcs.push(calc);
      facts.push(tableFacts(calc, grid, bands));
      for (const rule of TABLE_RULES as readonly Rule[]) {
        rule.create?.({ table, calc, profile, bands, report: (r) => findings.push(toFinding(rule, table.sheet, r as AnyReport, options.locale)) });
      }
    }
  }
  const rollups = rollupSheets.map((r) => calcRollup(r, facts, bands));
  for (const rollup of rollups) {
    for (const rule of WORKBOOK_RULES as readonly WorkbookRule[]) {
      rule.check({ rollup, report: (r) => findings.push(toFinding(rule, rollup.rollup.sheet, r as AnyReport, options.locale)) });
    }
  }
  const order = grids.map((g) => g.sheet);
  const sorted = sortFindings(findings, order);
  if (report) sorted.push(...reportFindings(report, grids, calcs, rollups, options));
  return { calcs, facts, rollups, findings: sorted };
}

/** What a workbook's own roll-up gives once checked against its tables: the figures of the tables it lists. */
function rollupTotalsOf(rollup: RollupCalc | undefined): RollupTotals | null {
  if (!rollup) return null;
  const { computed, sheet } = rollup.report;
  return { ...computed, origin: `汇总表「${sheet}」所列 ${computed.count ?? rollup.report.rows.length} 个项目的自评表` };
}

function reportFindings(report: PreparedReport, grids: Grid[], calcs: TableCalc[], rollups: RollupCalc[], options: EngineOptions & { locale: Locale }): Finding[] {
  const found: { order: number; finding: Finding }[] = [];
  const gridOf = new Map(grids.map((g) => [g.sheet, g]));
  const unitOf = (t: TableCalc['table']) => (gridOf.has(t.sheet) ? tableAmountUnit(gridOf.get(t.sheet)!, t.range) : ('万元' as const));
  const input = {
    calcs,
    unitOf,
    // Given totals first, else the workbook's own roll-up (its figures as its tables give them), else the tables added up.
    rollup: report.rollup ?? rollupTotalsOf(rollups[0]) ?? rollupFromTables(calcs, unitOf),
  };
  const bands = options.gradeBands ?? report.claims.bands ?? PROFILES[options.profile ?? 'national'].gradeBands;
  const context = { claims: report.claims.claims, inconsistencies: report.inconsistencies, counterparts: counterparts(report.claims.claims, input), bands };
  for (const rule of TABLE_RULES as readonly Rule[]) {
    rule.createForReport?.({
      ...context,
      report(raw) {
        const r = raw as AnyReportFinding;
        const s = r.claim.source;
        const at = s.paragraph !== undefined ? { paragraph: s.paragraph } : { sheet: s.sheet, cell: s.cell };
        const finding = toFinding(rule, r.sheet ?? s.sheet ?? '', { ...r, cell: r.cell ?? s.cell ?? '', fixable: false }, options.locale);
        found.push({ order: r.claim.order, finding: { ...finding, source: { file: report.file, ...at, excerpt: s.excerpt } } });
      },
    });
  }
  return found.sort((a, b) => a.order - b.order).map((f) => f.finding);
}

function prepareReport(input: ReportInput): PreparedReport {
  // A self-evaluation table inside the report is checked as a table, not read for claims.
  const checked = new Set(input.text.tables.filter((g) => locateTables(g).length > 0).map((g) => g.sheet));
  const claims = extractClaims(input.text, checked);
  return { file: input.text.file, claims, inconsistencies: inconsistencies(claims.claims), rollup: input.rollup ?? null };
}

function markIgnored(findings: Finding[], ignores: IgnoreEntry[] = []): Finding[] {
  if (ignores.length === 0) return findings;
  return findings.map((f) => {
    const hit = ignores.find((i) => i.rule === f.rule && i.sheet === f.sheet && i.cell === f.cell);
    return hit && f.cell !== '' ? { ...f, ignored: { reason: hit.reason } } : f;
  });
}

function tableReport(calc: TableCalc, facts: TableFacts): TableReport {
  const { table } = calc;
  const budget = calc.budgetRow;
  const funds = fundsOf(facts);
  const report: TableReport = {
    sheet: table.sheet,
    kind: table.kind,
    ...(table.name ? { name: table.name.text } : {}),
    ...(facts.department ? { department: facts.department } : {}),
    ...(funds ? { funds } : {}),
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
  const prepared = options.report ? prepareReport(options.report) : null;
  const first = runPass(grids, opts, prepared);
  const derived = [...first.calcs.flatMap((c) => c.derived), ...first.rollups.flatMap((r) => r.derived)];
  const writes = planWrites(first.calcs, first.rollups.flatMap((r) => r.derived));
  // Formula cells recompute in Excel once their inputs change: judge what remains with their recomputed values.
  const settled = writes.length > 0 ? [...writes, ...formulaRefreshes(first.calcs, first.findings)] : [];
  const second = writes.length > 0 ? runPass(applyWrites(grids, settled), opts, prepared) : first;
  const findings = markIgnored(first.findings, options.ignores);
  const remaining = markIgnored(second.findings, options.ignores);
  const sheets = new Set(grids.map((g) => g.sheet));
  // A mark goes on a cell of the workbook; a finding about the report's own text (or its own tables) marks nothing.
  const markable = remaining.filter((f) => f.cell !== '' && sheets.has(f.sheet) && !(f.source?.sheet === f.sheet && f.source.cell === f.cell));
  const report: Report = {
    profile: opts.profile ?? 'national',
    tables: first.calcs.map((calc, i) => tableReport(calc, first.facts[i])),
    ...(first.rollups.length ? { rollups: first.rollups.map((r) => r.report) } : {}),
    findings,
    writes,
  };
  if (prepared) {
    const { text } = options.report!;
    report.report = { file: prepared.file, paragraphs: text.paragraphs.length, tables: text.tables.length, claims: prepared.claims.claims.length };
  }
  const tablesAfter = second === first ? report.tables : second.calcs.map((calc, i) => tableReport(calc, second.facts[i]));
  return {
    report,
    remaining,
    tablesAfter,
    settled,
    plan: {
      writes,
      marks: planMarks(markable, opts.locale),
      // The report shows values under the formats the cells will have once written.
      reportSheet: planReportSheet(remaining, opts.locale, sheets, formatsOf(grids, writes)),
      changeSheet: planChangeSheet(writes, findings, derived, opts.locale, sheets, formatsOf(grids, [])),
    },
  };
}

/** The grids as they will read after the writes: copies that share every untouched row, inputs untouched. */
export function applyWrites(grids: Grid[], writes: CellWrite[]): Grid[] {
  return grids.map((grid) => {
    const mine = writes.filter((w) => w.sheet === grid.sheet);
    return withCells(grid, mine.map((w) => ({ ...parseAddress(w.cell), value: w.after, format: w.numFmt })));
  });
}
