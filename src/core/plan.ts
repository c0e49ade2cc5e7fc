// What recalc does to a workbook: write derived cells, mark what remains, list it on the 校验结果 sheet.
import type { Derived, TableCalc } from './derive';
import { formatAt, type Grid, parseAddress } from './grid';
import type { Locale } from './locale';
import { CHANGE_SHEET, cellLinkFormula, freeSheetName, NOTE_PREFIX, REPORT_SHEET } from './marks';
import { findingValue, formatCell, renderValue, ruleName, WORDING } from './present';
import { sameGrade } from './profile';
import { mayBePercentNumber, shownRate } from './rate';
import type { CellMark, CellWrite, ChangeSheet, ChangeSheetRow, Finding, ReportSheet, ReportSheetRow, Severity } from './report';
import { isDateFormat, isPercentFormat, MAX_FIGURE, roundHalfUp } from './text';

function rateWrite(d: Derived, final: number): CellWrite | null {
  const f = d.figure!;
  const target = roundHalfUp(final, 4);
  const shown = f.state === 'number' ? shownRate(f, final) : null;
  if (shown && Math.abs(shown.fraction - final) < 0.00005) return null;
  // A bare number read as a percent number (51.78, not 0.5178) is written back the same way.
  const shownAsPercentNumber = f.percentColumn || (!!shown && !f.percent && shown.fraction !== f.value);
  const asPercentNumber = roundHalfUp(final * 100, 2);
  // A small bare percent number reads back as a fraction (0.97 would be 97%, not 0.97%; see rate.ts), so outside a
  // "(%)" column a small rate is written as a fraction formatted 0.00% instead.
  if (shownAsPercentNumber && (f.percentColumn || mayBePercentNumber(asPercentNumber))) {
    const after = asPercentNumber;
    // A write that leaves the cell as it is is no write (huge rates lose the 4th decimal to floating point, and
    // recalc twice must equal recalc once).
    return f.raw === after ? null : numberWrite(d, after);
  }
  if (f.raw === target && isPercentFormat(f.format)) return null; // same reason
  const write: CellWrite = { sheet: d.sheet, cell: d.cell, before: f.raw, after: target };
  if (!isPercentFormat(f.format)) write.numFmt = '0.00%';
  return write;
}

/** Derived cells whose final value differs from what they hold; formulas are never overwritten. `more`: derived
 *  cells outside any table (a roll-up sheet's). */
export function planWrites(calcs: TableCalc[], more: Derived[] = []): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const derived of [...calcs.map((c) => c.derived), more]) {
    for (const d of derived) {
      if (d.final === null || d.formula) continue;
      if (d.kind === 'grade') {
        const text = d.text ?? '';
        if (typeof d.final === 'string' && !(text && sameGrade(text, d.final))) {
          writes.push({ sheet: d.sheet, cell: d.cell, before: text || null, after: d.final });
        }
        continue;
      }
      if (typeof d.final !== 'number' || !d.figure) continue;
      // "—" says the person marked the cell not applicable; words in it are theirs too.
      if (d.figure.state === 'na' || d.figure.state === 'invalid') continue;
      if (d.isRate) {
        const w = rateWrite(d, d.final);
        if (w) writes.push(w);
        continue;
      }
      const final = roundHalfUp(d.final, 2);
      const entered = d.figure.state === 'number' ? d.figure.value : null;
      if (entered !== null && Math.abs(entered - final) <= 0.005) continue;
      writes.push(numberWrite(d, final));
    }
  }
  // Nothing that is not a finite figure is ever written (a rate over a budget of 1e-300 is no rate).
  return dedupeWrites(writes).filter((w) => typeof w.after !== 'number' || (Number.isFinite(w.after) && Math.abs(w.after) < MAX_FIGURE));
}

/** A number written as it is; into a cell formatted as a date it would show as 1900/1/10, so it gets General. */
function numberWrite(d: Derived, after: number): CellWrite {
  const write: CellWrite = { sheet: d.sheet, cell: d.cell, before: d.figure!.raw, after };
  if (isDateFormat(d.figure!.format)) write.numFmt = 'General';
  return write;
}

/**
 * What Excel will show in formula cells once the writes land: a derived formula that agreed with the table as read
 * (no finding on it) recomputes to its final value. Used only to judge what remains after recalc; never written.
 */
export function formulaRefreshes(calcs: TableCalc[], findings: Finding[]): CellWrite[] {
  const flagged = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
  const refreshes: CellWrite[] = [];
  for (const calc of calcs) {
    for (const d of calc.derived) {
      if (!d.formula || d.final === null || flagged.has(`${d.sheet}!${d.cell}`)) continue;
      const after = typeof d.final === 'number' ? roundHalfUp(d.final, d.isRate ? 6 : 4) : d.final;
      refreshes.push({ sheet: d.sheet, cell: d.cell, before: d.figure?.raw ?? d.text ?? null, after });
    }
  }
  return refreshes;
}

/**
 * One write per cell. A cell two derived figures share (a rate merged over two task rows) that they want different
 * values in is not written at all: whichever went in, the other row would call it wrong on the next run, and recalc
 * would flip it back and forth. Its findings stay for a person to settle.
 */
function dedupeWrites(writes: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const key = `${w.sheet}!${w.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), w]);
  }
  return [...byCell.values()].filter((list) => list.every((w) => w.after === list[0].after)).map((list) => list[0]);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark per cell, in the colour of its worst finding; the note lists every finding on the cell. */
export function planMarks(findings: Finding[], locale: Locale): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.ignored) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const marks: CellMark[] = [];
  for (const list of byCell.values()) {
    list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const worst = list[0].severity;
    marks.push({
      sheet: list[0].sheet,
      cell: list[0].cell,
      severity: worst,
      fill: worst === 'error' ? 'FFC7CE' : worst === 'warning' ? 'FFEB9C' : null,
      note: [NOTE_PREFIX, ...list.map((f) => `[${WORDING[locale].severity[f.severity]}] ${f.message}`)].join('\n'),
    });
  }
  return marks;
}

/** A finding about the 自评报告 quotes its sentence after its message: "…（报告.docx 第 53 段：“…”）". */
function withSource(f: Finding, locale: Locale): string {
  if (!f.source) return f.message;
  const w = WORDING[locale];
  const s = f.source;
  return `${f.message}${w.reportSource(s.file, w.reportPlace({ type: 'report-place', paragraph: s.paragraph, sheet: s.sheet, cell: s.cell }), s.excerpt)}`;
}

/** Where a cell's number format can be looked up (the grids as read); null where the cell has none. */
export type FormatOf = (sheet: string, cell: string) => string | null;

/** Each cell's number format as read, or as a write sets it. */
export function formatsOf(grids: Grid[], writes: CellWrite[] = []): FormatOf {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  const set = new Map(writes.filter((w) => w.numFmt).map((w) => [`${w.sheet}!${w.cell}`, w.numFmt!]));
  return (sheet, cell) => {
    const own = set.get(`${sheet}!${cell}`);
    if (own) return own;
    const grid = bySheet.get(sheet);
    if (!grid) return null;
    const { row, col } = parseAddress(cell);
    return formatAt(grid, row, col);
  };
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/**
 * The 校验结果 sheet: errors first, then warnings, then infos, each in sheet and cell order (findings arrive
 * sorted so). `sheets`: the person's own sheets (jixiao's left out): a finding on a cell elsewhere (the report's text
 * or its own tables) gets no link, and a sheet of theirs already called 校验结果 is kept (the report goes to
 * 校验结果(2)).
 */
export function planReportSheet(findings: Finding[], locale: Locale, sheets?: ReadonlySet<string>, formatOf?: FormatOf): ReportSheet {
  const wording = WORDING[locale];
  const listed = findings.filter((f) => !f.ignored);
  const ordered = SEVERITIES.flatMap((severity) => listed.filter((f) => f.severity === severity));
  const rows: ReportSheetRow[] = ordered.map((f, i) => {
    const numFmt = f.cell !== '' ? formatOf?.(f.sheet, f.cell) : null;
    return {
      index: i + 1,
      level: f.severity,
      severity: wording.severity[f.severity],
      rule: ruleName(f.rule, locale),
      ruleId: f.rule,
      sheet: f.sheet,
      cell: f.cell,
      link: f.cell !== '' && (!sheets || sheets.has(f.sheet)) ? cellLinkFormula(f.sheet, f.cell) : '',
      message: withSource(f, locale),
      expected: findingValue(f, f.expected, locale, numFmt),
      actual: findingValue(f, f.actual, locale, numFmt),
    };
  });
  const groups = Object.fromEntries(SEVERITIES.map((s) => [s, wording.reportGroup(s, rows.filter((r) => r.level === s).length)])) as Record<Severity, string>;
  return { name: freeSheetName(REPORT_SHEET, sheets ?? []), header: wording.reportHeader, rows, groups, empty: wording.reportEmpty };
}

/**
 * The 修改记录 sheet: every cell recalc writes, as the cell showed before and will show after, and why — the finding
 * on it before recalc (the worst one), or, for a derived cell that had none, whether it was blank or follows from
 * cells corrected beside it.
 */
export function planChangeSheet(
  writes: CellWrite[],
  findings: Finding[],
  derived: Derived[],
  locale: Locale,
  sheets?: ReadonlySet<string>,
  formatOf?: FormatOf,
): ChangeSheet {
  const wording = WORDING[locale];
  const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;
  const findingOn = new Map<string, Finding>();
  for (const f of findings) {
    const k = key(f.sheet, f.cell);
    const seen = findingOn.get(k);
    if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) findingOn.set(k, f);
  }
  const derivedAt = new Map(derived.map((d) => [key(d.sheet, d.cell), d]));
  const rows: ChangeSheetRow[] = writes.map((w, i) => {
    const numFmt = formatOf?.(w.sheet, w.cell) ?? null;
    const finding = findingOn.get(key(w.sheet, w.cell));
    const d = derivedAt.get(key(w.sheet, w.cell));
    const subject = d ? renderValue(d.subject, locale) : `${w.sheet}!${w.cell}`;
    const blank = w.before === null || (typeof w.before === 'string' && w.before.trim() === '');
    const why = finding
      ? wording.changeWhy({ type: 'finding', rule: ruleName(finding.rule, locale), message: finding.message })
      : blank
        ? wording.changeWhy({ type: 'filled', subject, calculation: d?.how && d.asRead === d.final ? renderValue(d.how, locale) : null })
        : wording.changeWhy({ type: 'recomputed', subject });
    return {
      index: i + 1,
      sheet: w.sheet,
      cell: w.cell,
      link: !sheets || sheets.has(w.sheet) ? cellLinkFormula(w.sheet, w.cell) : '',
      before: formatCell(w.before, numFmt, locale),
      after: formatCell(w.after, w.numFmt ?? numFmt, locale),
      why,
    };
  });
  return { name: freeSheetName(CHANGE_SHEET, sheets ?? []), header: wording.changeHeader, rows };
}

/** Sheet order first, then top to bottom, left to right. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const pos = (f: Finding) => {
    const { row, col } = parseAddress(f.cell);
    return [sheetOrder.indexOf(f.sheet), row, col, SEVERITY_RANK[f.severity]];
  };
  return [...findings].sort((a, b) => {
    const pa = pos(a);
    const pb = pos(b);
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
    return 0;
  });
}
