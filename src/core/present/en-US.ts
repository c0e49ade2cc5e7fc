// English, for readers outside China. Everything the table says (names, labels, targets, grades, sheet names) stays
// as typed and is quoted “…”, so that no Chinese appears outside quotes.
import { formatNumber, formatPercent } from '../text';
import type { ClaimAbout, ClaimMeasure } from '../values';
import type { Severity } from '../rules';
import type { Wording } from './wording';

/** Quotes the table's text; curly quotes inside it ("“三公经费”控制率") become straight ones, so the quoting stays whole. */
const q = (t: string): string => `“${t.replace(/[“”]/g, '"')}”`;

const EN_MEASURES: Record<ClaimMeasure, string> = {
  initial: 'initial budget', adjusted: 'adjusted budget', budget: 'budget', executed: 'amount executed', received: 'funds received',
  balance: 'balance', income: 'income', rate: 'execution rate', ratio: 'expenditure-to-income ratio', count: 'number of projects',
  score: 'self-evaluation score', averageScore: 'average score', grade: 'grade',
};

function EN_SUBJECTS(c: ClaimAbout): string {
  switch (c.subject) {
    case 'whole':
      return c.name === '项目整体' ? 'the project' : 'the department';
    case 'basic':
      return 'basic expenditure';
    case 'projects':
      return 'project expenditure';
    case 'sangong':
      return 'the “three public” expenses';
    default:
      return q(c.name);
  }
}

const SUBJECTS: Wording['subject'] = (kind, name) => {
  switch (kind) {
    case 'task-budget':
      return `the budget of task ${q(name)}`;
    case 'task-executed':
      return `the execution of task ${q(name)}`;
    case 'task-rate':
      return `the execution rate of task ${q(name)}`;
    case 'row-initial':
      return `the initial budget of ${q(name)}`;
    case 'row-adjusted':
      return `the adjusted budget of ${q(name)}`;
    case 'row-executed':
      return `the execution of ${q(name)}`;
    case 'row-rate':
      return name ? `the execution rate of ${q(name)}` : 'the budget execution rate';
    case 'row-weight':
      return `the weight of ${q(name)}`;
    case 'row-score':
      return `the budget execution score of ${q(name)}`;
    case 'indicator-actual':
      return `the actual of indicator ${q(name)}`;
    case 'indicator-weight':
      return `the weight of indicator ${q(name)}`;
    case 'indicator-score':
      return `the score of indicator ${q(name)}`;
    case 'indicator-coefficient':
      return `the score coefficient of indicator ${q(name)}`;
    case 'summary-weight':
      return `the summary's weight for ${q(name)}`;
    case 'summary-score':
      return `the summary's score for ${q(name)}`;
    case 'summary-rate':
      return `the summary's score rate for ${q(name)}`;
    case 'total':
      return 'the total score';
    case 'grade':
      return 'the grade';
    case 'rollup-rate':
      return `the roll-up's execution rate of ${q(name)}`;
    case 'rollup-grade':
      return `the roll-up's grade of ${q(name)}`;
    case 'rollup-total':
      return `the roll-up's line ${q(name)}`;
    case 'rollup-average':
      return `the roll-up's average score on its line ${q(name)}`;
  }
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The 校验结果 sheet's group lines: what a finding of each severity is called, and what the group asks. */
const EN_GROUPS: Record<Severity, { one: string; many: string; hint: string }> = {
  error: { one: 'error', many: 'errors', hint: 'to be corrected before submission' },
  warning: { one: 'warning', many: 'warnings', hint: 'to be checked, corrected or explained' },
  info: { one: 'note', many: 'notes', hint: 'for information' },
};

export const enUS: Wording = {
  quote: q,
  cellText: q,
  blank: '(blank)',
  sentence: (t) => t.charAt(0).toUpperCase() + t.slice(1),
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  tableKind: { department: 'department self-evaluation', project: 'project self-evaluation' },
  terms: {
    initial: 'the initial budget',
    adjusted: 'the adjusted budget',
    executed: 'the execution',
    sources: 'sources of funds',
    structure: 'structure of spending',
    'budget-execution': 'budget execution',
    'tier-met': 'met its target',
    'tier-partly': 'partly met its target, with some effect',
    'tier-missed': 'missed its target, with poor effect',
    'tier-range-met': '80%–100%',
    'tier-range-partly': '60% (incl.)–80%',
    'tier-range-missed': '0–60%',
    'tables-project': 'project self-evaluation tables',
    'tables-department': 'department self-evaluation tables',
    'tables-any': 'self-evaluation tables',
  },
  subject: SUBJECTS,
  calculation(c, show) {
    switch (c.kind) {
      case 'quotient':
        return `${show(c.numerator)} ÷ ${show(c.denominator)}`;
      case 'budget-score':
        return `rate ${show(c.rate)} (${show(c.executed)} ÷ ${show(c.budget)}), min(rate, 100%) × ${show(c.weight)}`;
      case 'indicator-score': {
        const [A, B, w, T] = [show(c.A), show(c.B), show(c.w), show(c.target)];
        switch (c.rule) {
          case 'met':
            return `actual ${B} meets the target ${T}: full marks ${w}`;
          case 'short':
            return `actual ${B} falls short of ${T}: ${B} ÷ ${A} × ${w}`;
          case 'over-ratio':
            return `actual ${B} exceeds ${T}: ${A} ÷ ${B} × ${w}`;
          case 'over-linear':
            return `actual ${B} exceeds ${T}: ${w} × (1 − (${B} − ${A}) ÷ ${A})`;
          case 'over-double':
            return `actual ${B} is twice ${T} or more: 0`;
          case 'zero':
            return `actual ${B} misses ${T}: 0`;
        }
        break;
      }
      case 'group-rows':
        return `the sum of the indicator scores of ${show(c.group)}`;
      case 'budget-execution-score':
        return 'the budget execution score';
      case 'rows-above':
        return 'the sum of the rows above';
      case 'sum-of-parts':
        return `the sum of its parts: ${show(c.parts)}`;
      case 'grade-bands':
        return `total ${show(c.total)} in the bands ${c.bands.map((b) => `${show(b.label)} from ${show(b.min)}`).join(', ')}`;
      case 'listed-sum':
        return `the sum of ${show(c.column)} over the ${show(c.count)} tables listed`;
      case 'mean':
        return `${show(c.sum)} ÷ ${show(c.count)} scores`;
      case 'weighted-mean':
        return `${show(c.count)} scores weighted by budget`;
    }
  },
  note(n, show) {
    switch (n.kind) {
      case 'none':
        return '';
      case 'formula':
        return ' (the cell holds a formula; recalc leaves it, check the formula)';
      case 'recalc-writes':
        return `; after the other corrections recalc writes ${show(n.value)}`;
      case 'rules-give':
        return `; by the rules it is ${show(n.value)}`;
      case 'table-recalculated':
        return ` (it says ${show(n.entered)}, ${show(n.value)} once recalculated)`;
    }
  },
  claimAbout(c) {
    const subject = c.subject === null ? '' : EN_SUBJECTS(c);
    const measure = c.measure === null ? '' : c.measure === 'rate' && c.subject === 'sangong' ? 'control rate' : EN_MEASURES[c.measure];
    return subject && measure ? `the ${measure} of ${subject}` : subject || measure;
  },
  reportPlace: (p) => (p.paragraph !== undefined ? `paragraph ${p.paragraph}` : `${q(p.sheet ?? '')} ${p.cell ?? ''}`),
  written(w) {
    if (typeof w.value === 'string') return q(w.value);
    if (w.unit === '%') return formatPercent(w.value, Math.max(0, (w.text.split('.')[1]?.replace(/\D/g, '').length ?? 0)));
    if (w.unit === '万元') return `${formatNumber(w.value, 6)} (10k yuan)`;
    if (w.unit === '亿元') return `${formatNumber(w.value, 6)} (100m yuan)${w.wan !== null ? ` (${formatNumber(w.wan, 6)} 10k yuan)` : ''}`;
    if (w.unit === '元') return `${formatNumber(w.value, 6)} yuan${w.wan !== null ? ` (${formatNumber(w.wan, 6)} 10k yuan)` : ''}`;
    if (w.unit === '分') return `${formatNumber(w.value, 2)} points`;
    if (w.unit === '个') return formatNumber(w.value, 0);
    return formatNumber(w.value, 6);
  },
  measured: (m) =>
    m.unit === 'percent' ? formatPercent(m.value, 2) : m.unit === 'wan' ? `${formatNumber(m.value, 4)} (10k yuan)` : m.unit === 'count' ? formatNumber(m.value, 0) : `${formatNumber(m.value, 2)} points`,
  reportSource: (file, place, excerpt) => ` (${q(file)}, ${place}: ${q(excerpt)})`,
  reportHeader: ['No.', 'Severity', 'Rule', 'Id', 'Sheet', 'Cell', 'Message', 'Expected', 'Found'],
  reportGroup: (severity, count) => {
    const { one, many, hint } = EN_GROUPS[severity];
    return `${count} ${count === 1 ? one : many} (${hint})`;
  },
  reportEmpty: 'No findings to act on',
  changeHeader: ['No.', 'Sheet', 'Cell', 'Was', 'Now', 'Why'],
  changeWhy: (why) =>
    why.type === 'finding'
      ? `${why.rule}: ${why.message}`
      : why.type === 'filled'
        ? `${why.subject} was blank; filled in by the rules${why.calculation ? ` (${why.calculation})` : ''}`
        : `${why.subject}: recomputed after the cells it rests on were corrected`,
  cli: {
    fileHeader: (file, profile) => `${file} (profile ${profile})`,
    recalcHeader: (file, profile, output) => `${file} (profile ${profile}) → ${output}`,
    tableTitle(t) {
      const facts = [
        ...(t.total !== undefined ? [`total should be ${t.total}${t.entered !== undefined ? `, the table says ${t.entered}` : ''}`] : []),
        ...(t.grade !== undefined ? [`grade ${q(t.grade)}`] : []),
      ];
      const name = t.name ? ` ${q(t.name)}` : '';
      return `Sheet ${q(t.sheet)} ${t.range}, ${t.kind}${name}${facts.length ? ` (${facts.join('; ')})` : ''}`;
    },
    outsideTables: 'Outside any table',
    noFindings: 'No findings',
    counts: (c) => `${plural(c.error, 'error')} · ${plural(c.warning, 'warning')} · ${c.info} info`,
    location: (sheet, cell) => `${q(sheet)}!${cell}`,
    finding: (f) => `[${f.severity}] ${f.location} ${f.rule}: ${f.message}${f.tags.length ? ` (${f.tags.join('; ')})` : ''}`,
    fixable: 'recalc fixes this',
    ignored: (reason) => `ignored: ${q(reason)}`,
    recalcWould: (count, command) => `recalc would write ${plural(count, 'cell')}: ${command}`,
    outputPlaceholder: '<out.xlsx>',
    beforeRecalc: (counts) => `Found before recalculation: ${counts}`,
    written: (count) => `Wrote ${plural(count, 'cell')}:`,
    write: (location, before, after) => `${location}: ${before} → ${after}`,
    nothingWritten: (marks, sheet) => `No value needed rewriting; ${marks ? `marked ${plural(marks, 'cell')} and ` : ''}wrote the sheet “${sheet}”`,
    remaining: (count, counts) => `Left for a person to fix: ${count} (${counts}):`,
    noneRemaining: 'No findings after recalculation:',
    filesChecked: (count, counts, unusable) => `Checked ${plural(count, 'file')}${unusable ? `, ${unusable} of them unusable` : ''}: ${counts}`,
    unusable: (file, reason) => `${file}\n  Could not be checked: ${reason}`,
    cleaned: (file, output, restored, sheets) =>
      restored === 0 && sheets.length === 0
        ? `${file} → ${output}: the workbook carries no jixiao marks; the copy holds the same content and can be submitted as it is`
        : `${file} → ${output}: copy for submission written; ${restored ? `${restored} cell(s) got their own fill and note back` : 'no cell to restore'}${sheets.length ? `, sheet(s) ${sheets.map((s) => `“${s}”`).join(', ')} removed` : ''}; the values recalc wrote are kept`,
    reportSheetElsewhere: (sheet) => `note: the workbook has a sheet of its own named “校验结果” (not written by jixiao); it is kept, and this report is on the sheet “${sheet}”`,
    legend: (rules) => `Rules: ${rules.map((r) => `${r.id} (${r.name})`).join(', ')}; see docs/rules.md`,
    reportTitle: (file, r) => `Report ${q(file)} (${r.paragraphs} paragraphs, ${r.tables} tables, ${r.claims} figures read)`,
    reportLocation: (file, place) => `${q(file)} ${place}`,
    excerpt: (t) => q(t),
    summary: {
      file: (file, tables, counts) => `${file} (${plural(tables, 'table')}, ${counts})`,
      table: (t) =>
        `  ${q(t.sheet)} ${q(t.name)} ${t.budget} / ${t.executed} (10k yuan)${t.rate ? ` (${t.rate})` : ''} score ${t.score} ${t.grade ? q(t.grade) : ''} ${t.ready ? 'ready' : 'needs fixing'}`,
      totals: (t) =>
        `${plural(t.count, 'table')}, initial budget ${t.initial}, full-year budget ${t.adjusted}, executed ${t.executed} (10k yuan)${t.rate ? ` (${t.rate})` : ''}, ` +
        `average score ${t.average}${t.weighted ? ` (${t.weighted} weighted by budget)` : ''}; ${t.grades}`,
      grand: (totals) => `Total: ${totals}`,
      kind: (kind, totals) => `  of which ${kind === 'project' ? 'project' : 'department'} tables: ${totals}`,
      written: (output) => `Summary written to ${output}`,
      progress: (done, total, errors, file) => `summary ${done}/${total} · ${plural(errors, 'error')} · ${file}`,
    },
  },
};
