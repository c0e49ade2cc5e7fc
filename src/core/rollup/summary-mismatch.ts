// summary-mismatch (error): a roll-up sheet that says other than its tables. Each listed table's amounts, rate, score
// and grade are compared with the table itself; the 合计 line with the sum of the listed tables, the average with their
// mean; and the list with the tables the workbook holds. The truth is always the tables (their score as recalc makes
// it), so one wrong figure in a roll-up gives one finding, at that figure, and a right total is never blamed for a
// wrong row. Rates, totals, the average and the grades are derived cells and recalc writes them; amounts and scores a
// person typed are never written.
import type { Derived, DerivedKind } from '../derive';
import type { Locale } from '../engine';
import { type Figure, num } from '../model';
import { gradeFor, type GradeBand, sameGrade } from '../profile';
import type { Finding, RollupFigures, RollupReport, RuleId, Severity } from '../report';
import { fillMessage, type MessageData, shown, TOLERANCE_AMOUNT, TOLERANCE_SCORE } from '../rules/rule';
import { compareRate, shownRate } from '../rules/rate-shown';
import { formatNumber, formatPercent, isNotApplicable, roundHalfUp, sumOf } from '../text';
import type { TableFacts } from './facts';
import { AMOUNT_COLUMNS, type AmountColumn, type RollupLine, type RollupSheet, type RollupTotal } from './locate';
import { matchNames } from './names';
import { convertAmount } from './units';

/** A rule about a whole workbook rather than one table: it has the catalog's id, severity and texts. */
export interface WorkbookRule {
  id: RuleId;
  severity: Severity;
  description: Record<Locale, string>;
  messages: Record<Locale, Record<string, string>>;
}

export const summaryMismatch: WorkbookRule = {
  id: 'summary-mismatch',
  severity: 'error',
  description: {
    'zh-CN': '汇总表的金额、执行率、得分、等级、合计、平均分和项目个数须与各自评表一致',
    'en-US': "A roll-up's amounts, rates, scores, grades, totals, average and count must agree with its tables",
  },
  messages: {
    'zh-CN': {
      amount: '汇总表中“{name}”的{column}为 {actual}，其自评表（{ref}）为 {expected}',
      score: '汇总表中“{name}”的{column}为 {actual}，其自评表（{ref}）的总分为 {expected}{note}',
      rate: '汇总表中“{name}”的{column}应为 {expected}（{how}），表中为 {actual}',
      grade: '汇总表中“{name}”的{column}应为“{expected}”（{how}），表中为“{actual}”',
      total: '汇总表“{line}”行的{column}应为 {expected}（{how}），表中为 {actual}',
      average: '汇总表“{line}”行的{column}应为 {expected}（{how}），表中为 {actual}',
      noTable: '汇总表列出的“{name}”在本工作簿中没有对应的{kind}（按名称比对）',
      duplicate: '汇总表中“{name}”与第 {first} 行对应同一张自评表（{ref}），重复列出',
      missing: '工作簿中有 {expected} 张{kind}，汇总表只对应上其中 {actual} 张，未列入：{names}',
      count: '汇总表写明共 {actual} 个，实际列出 {expected} 个',
    },
    'en-US': {
      amount: 'The roll-up gives {column} of “{name}” as {actual}; its table ({ref}) says {expected}',
      score: 'The roll-up gives {column} of “{name}” as {actual}; its table ({ref}) totals {expected}{note}',
      rate: 'The roll-up’s {column} of “{name}” should be {expected} ({how}), it shows {actual}',
      grade: 'The roll-up’s {column} of “{name}” should be “{expected}” ({how}), it shows “{actual}”',
      total: 'The roll-up’s {column} on its “{line}” line should be {expected} ({how}), it shows {actual}',
      average: 'The roll-up’s {column} on its “{line}” line should be {expected} ({how}), it shows {actual}',
      noTable: 'The roll-up lists “{name}”, but this workbook holds no such {kind} (matched by name)',
      duplicate: 'The roll-up lists “{name}” again: row {first} already stands for that table ({ref})',
      missing: 'The workbook holds {expected} {kind}s; the roll-up accounts for {actual}, leaving out: {names}',
      count: 'The roll-up states {actual} in all, it lists {expected}',
    },
  },
};

const KIND_LABEL: Record<Locale, Record<'project' | 'department' | 'any', string>> = {
  'zh-CN': { project: '项目支出绩效自评表', department: '部门整体绩效自评表', any: '绩效自评表' },
  'en-US': { project: 'project self-evaluation table', department: 'department self-evaluation table', any: 'self-evaluation table' },
};

const COLUMN_LABEL: Record<Locale, Record<AmountColumn | 'rate' | 'score' | 'grade', string>> = {
  'zh-CN': { initial: '年初预算数', adjusted: '全年预算数', budget: '预算数', executed: '执行数', rate: '执行率', score: '自评得分', grade: '等级' },
  'en-US': { initial: 'initial budget', adjusted: 'full-year budget', budget: 'budget', executed: 'amount executed', rate: 'execution rate', score: 'score', grade: 'grade' },
};

export interface RollupCheck {
  findings: Finding[];
  /** The roll-up's derived cells with the values recalc writes (planWrites). */
  derived: Derived[];
  report: RollupReport;
}

/** The four amounts of a line (in the roll-up's unit) and its score, as the tables give them where matched. */
interface LineValues {
  amounts: Record<AmountColumn, number | null>;
  rate: number | null;
  score: number | null;
}

type Column = AmountColumn | 'rate' | 'score' | 'grade';

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance + 1e-9;
const ref = (sheet: string, cell: string | null) => (cell ? `${sheet}!${cell}` : sheet);

/** A cell the person marked not applicable ("—") or left blank: nothing to compare. */
function isOpen(f: Figure | null): f is null {
  return !f || f.state === 'blank' || f.state === 'na';
}

export function checkRollup(rollup: RollupSheet, allFacts: TableFacts[], bands: GradeBand[], locale: Locale): RollupCheck {
  const zh = locale === 'zh-CN';
  const facts = rollup.lists ? allFacts.filter((f) => f.kind === rollup.lists) : allFacts;
  const kind = KIND_LABEL[locale][rollup.lists ?? 'any'];
  const findings: Finding[] = [];
  const derived: Derived[] = [];
  const columnName = (key: Column) => rollup.labels[key] ?? COLUMN_LABEL[locale][key];
  const report = (cell: string, related: string[], messageId: string, data: MessageData, expected: number | string | null, actual: number | string | null, fixable = false) => {
    const template = summaryMismatch.messages[locale][messageId] ?? summaryMismatch.messages['zh-CN'][messageId];
    findings.push({
      rule: summaryMismatch.id, severity: summaryMismatch.severity, sheet: rollup.sheet, cell, related,
      message: fillMessage(template, data), expected, actual, fixable,
    });
  };
  const derive = (kind: DerivedKind, what: string, figure: Figure, value: number | null, how: string, related: string[], isRate = false) => {
    derived.push({ kind, what, sheet: rollup.sheet, cell: figure.cell, figure, formula: figure.formula, asRead: value, how, final: value, related, isRate });
  };
  const showAmount = (v: number) => formatNumber(v, 4);

  const tableAmount = (f: TableFacts, key: AmountColumn): { value: number; cell: string } | null => {
    const adjusted = f.adjusted?.value != null ? f.adjusted : f.initial;
    const fig = key === 'initial' ? f.initial : key === 'executed' ? f.executed : adjusted;
    if (!fig || fig.value === null) return null;
    return { value: roundHalfUp(convertAmount(fig.value, f.unit, rollup.unit), 6), cell: fig.cell };
  };

  const matches = matchNames(rollup.lines.map((l) => l.label.text), facts.map((f) => f.name));
  const values: LineValues[] = rollup.lines.map((line, i) => {
    const f = matches[i].table === null ? null : facts[matches[i].table!];
    const amounts = {} as LineValues['amounts'];
    for (const key of AMOUNT_COLUMNS) amounts[key] = (f && tableAmount(f, key)?.value) ?? num(line[key]);
    const base = amounts.adjusted ?? amounts.budget ?? amounts.initial;
    const rate = f ? f.rate : amounts.executed !== null && base ? amounts.executed / base : null;
    return { amounts, rate, score: (f ? f.score : null) ?? num(line.score) };
  });

  rollup.lines.forEach((line, i) => {
    const { table, duplicateOf } = matches[i];
    const name = line.label.text;
    if (duplicateOf !== null) {
      const first = facts[matches[duplicateOf].table!];
      report(line.label.cell, [rollup.lines[duplicateOf].label.cell], 'duplicate', { name, first: rollup.lines[duplicateOf].row + 1, ref: ref(first.sheet, first.nameCell) }, null, name);
    } else if (table === null && facts.length > 0) {
      report(line.label.cell, [], 'noTable', { name, kind }, null, name);
    }
    const f = table === null ? null : facts[table];
    if (f) checkMatchedLine(line, f);
    checkDerivedLine(line, values[i], f);
  });

  function checkMatchedLine(line: RollupLine, f: TableFacts): void {
    const name = line.label.text;
    for (const key of AMOUNT_COLUMNS) {
      const fig = line[key];
      const truth = tableAmount(f, key);
      if (isOpen(fig) || !truth) continue;
      const typed = num(fig);
      if (typed !== null && near(typed, truth.value, TOLERANCE_AMOUNT)) continue;
      report(fig.cell, [ref(f.sheet, truth.cell)], 'amount', { name, column: columnName(key), actual: shown(fig), expected: showAmount(truth.value), ref: ref(f.sheet, truth.cell) }, truth.value, typed ?? shown(fig));
    }
    const score = line.score;
    if (!isOpen(score) && f.score !== null) {
      const typed = num(score);
      if (typed === null || !near(typed, f.score, TOLERANCE_SCORE)) {
        const recalculated = f.scoreEntered !== null && !near(f.scoreEntered, f.score, TOLERANCE_SCORE);
        const note = !recalculated ? '' : zh ? `（表中填 ${formatNumber(f.scoreEntered!)}，重算后为 ${formatNumber(f.score)}）` : ` (it says ${formatNumber(f.scoreEntered!)}, ${formatNumber(f.score)} once recalculated)`;
        report(score.cell, [ref(f.sheet, f.scoreCell)], 'score', { name, column: columnName('score'), actual: shown(score), expected: formatNumber(f.score), ref: ref(f.sheet, f.scoreCell), note }, roundHalfUp(f.score, 2), typed ?? shown(score));
      }
    }
  }

  /** A listed table's rate and grade: from its table where matched, else from the line's own figures. */
  function checkDerivedLine(line: RollupLine, v: LineValues, f: TableFacts | null): void {
    const name = line.label.text;
    const base = v.amounts.adjusted ?? v.amounts.budget ?? v.amounts.initial;
    const how = f ? (zh ? `自评表 ${ref(f.sheet, f.executed?.cell ?? null)} ÷ ${ref(f.sheet, (f.adjusted ?? f.initial)?.cell ?? null)}` : `table ${ref(f.sheet, f.executed?.cell ?? null)} ÷ ${ref(f.sheet, (f.adjusted ?? f.initial)?.cell ?? null)}`)
      : v.amounts.executed !== null && base ? `${showAmount(v.amounts.executed)} ÷ ${showAmount(base)}` : '';
    if (line.rate && line.rate.state !== 'na' && v.rate !== null) {
      derive('rollup-rate', `${name} 的执行率`, line.rate, v.rate, how, [], true);
      checkRate(line.rate, v.rate, 'rate', { name, column: columnName('rate'), how });
    }
    if (line.grade && v.score !== null && !isNotApplicable(line.grade.text)) {
      const expected = gradeFor(v.score, bands);
      const gradeHow = zh ? `得分 ${formatNumber(v.score)}` : `score ${formatNumber(v.score)}`;
      derived.push({
        kind: 'grade', what: `${name} 的等级`, sheet: rollup.sheet, cell: line.grade.cell, figure: null, text: line.grade.text,
        formula: line.grade.formula, asRead: expected, how: gradeHow, final: expected, related: [], isRate: false,
      });
      if (line.grade.text && !sameGrade(line.grade.text, expected)) {
        report(line.grade.cell, line.score ? [line.score.cell] : [], 'grade', { name, column: columnName('grade'), expected, how: gradeHow, actual: line.grade.text }, expected, line.grade.text, !line.grade.formula);
      }
    }
  }

  function checkRate(fig: Figure, expected: number, messageId: string, data: MessageData): void {
    if (fig.state === 'blank') return;
    const s = fig.state === 'invalid' ? null : shownRate(fig, expected);
    if (s && compareRate(s, expected) !== 'mismatch') return;
    report(fig.cell, [], messageId, { ...data, expected: formatPercent(expected), actual: shown(fig) }, roundHalfUp(expected, 4), num(fig) ?? shown(fig), !fig.formula);
  }

  const listed = values.length;
  const sum = (key: AmountColumn) => {
    const list = values.map((v) => v.amounts[key]).filter((x): x is number => x !== null);
    return list.length ? { exact: sumOf(list), rounded: sumOf(list.map((x) => roundHalfUp(x, 2))) } : null;
  };
  const bases = values.map((v) => v.amounts.adjusted ?? v.amounts.budget ?? v.amounts.initial);
  const baseSum = bases.every((b) => b === null) ? null : sumOf(bases);
  const executedSum = sum('executed')?.exact ?? null;
  const totalRate = executedSum !== null && baseSum ? executedSum / baseSum : null;
  const scores = values.map((v) => v.score).filter((s): s is number => s !== null);
  const simpleAverage = scores.length ? sumOf(scores) / scores.length : null;
  const weighted = (() => {
    let num = 0;
    let den = 0;
    values.forEach((v, i) => {
      if (v.score === null || !bases[i]) return;
      num += v.score * bases[i]!;
      den += bases[i]!;
    });
    return den ? num / den : null;
  })();

  function checkTotalLine(line: RollupTotal): void {
    const label = line.label.text;
    for (const key of AMOUNT_COLUMNS) {
      const fig = line[key];
      const s = sum(key);
      if (isOpen(fig) || !s) {
        if (fig && fig.state === 'blank' && s) derive('rollup-total', `${label} ${columnName(key)}`, fig, s.exact, '', []);
        continue;
      }
      const how = zh ? `${listed} 个所列${kind}的${columnName(key)}之和` : `sum of the ${listed} listed tables' ${columnName(key)}`;
      derive('rollup-total', `${label} ${columnName(key)}`, fig, s.exact, how, []);
      const typed = num(fig);
      if (typed !== null && (near(typed, s.exact, TOLERANCE_AMOUNT) || near(typed, s.rounded, TOLERANCE_AMOUNT))) continue;
      report(fig.cell, [], 'total', { line: label, column: columnName(key), expected: showAmount(s.exact), how, actual: shown(fig) }, s.exact, typed ?? shown(fig), !fig.formula);
    }
    if (line.rate && line.rate.state !== 'na' && totalRate !== null) {
      const how = `${showAmount(executedSum!)} ÷ ${showAmount(baseSum!)}`;
      derive('rollup-total', `${label} ${columnName('rate')}`, line.rate, totalRate, how, [], true);
      checkRate(line.rate, totalRate, 'total', { line: label, column: columnName('rate'), how });
    }
  }

  function checkAverage(line: RollupTotal): void {
    const fig = line.score;
    const mean = line.weighted ? weighted : simpleAverage;
    if (!fig || fig.state === 'na' || mean === null) return;
    const expected = roundHalfUp(mean, 2);
    const how = line.weighted
      ? zh ? `${scores.length} 个得分按预算数加权平均` : `${scores.length} scores weighted by budget`
      : zh ? `${scores.length} 个得分之和 ${formatNumber(sumOf(scores))} ÷ ${scores.length}` : `${formatNumber(sumOf(scores))} ÷ ${scores.length} scores`;
    derive('rollup-average', `${line.label.text} ${columnName('score')}`, fig, mean, how, []);
    if (fig.state === 'blank') return;
    const typed = num(fig);
    if (typed !== null && (near(typed, expected, TOLERANCE_SCORE) || near(typed, mean, TOLERANCE_SCORE))) return;
    report(fig.cell, [], 'average', { line: line.label.text, column: columnName('score'), expected: formatNumber(expected), how, actual: shown(fig) }, expected, typed ?? shown(fig), !fig.formula);
  }

  if (rollup.total) {
    checkTotalLine(rollup.total);
    // A 合计 line's score is the average when no 平均 line follows (合计 of scores means nothing).
    if (rollup.total.average || !rollup.average) checkAverage(rollup.total);
  }
  if (rollup.average) checkAverage(rollup.average);

  const matched = new Set(matches.map((m) => m.table).filter((t): t is number => t !== null));
  const missing = facts.filter((_, i) => !matched.has(i));
  if (missing.length > 0) {
    const cell = rollup.count?.cell ?? rollup.total?.label.cell ?? rollup.average?.label.cell ?? rollup.nameHeader;
    const names = missing.slice(0, 5).map((f) => `“${f.name}”（${f.sheet}）`).join(zh ? '、' : ', ') + (missing.length > 5 ? (zh ? ` 等 ${missing.length} 个` : ` and ${missing.length - 5} more`) : '');
    report(cell, missing.map((f) => ref(f.sheet, f.nameCell)), 'missing', { expected: facts.length, actual: matched.size, kind, names }, facts.length, matched.size);
  } else if (rollup.count && rollup.count.value !== listed) {
    report(rollup.count.cell, [], 'count', { expected: listed, actual: rollup.count.value }, listed, rollup.count.value);
  }

  const toWan = (v: number | null) => (v === null ? null : roundHalfUp(convertAmount(v, rollup.unit, '万元'), 6));
  const averageLine = rollup.average ?? (rollup.total && (rollup.total.average || !rollup.average) ? rollup.total : null);
  const statedRate = rollup.total?.rate && rollup.total.rate.value !== null ? shownRate(rollup.total.rate, totalRate)?.fraction ?? null : null;
  const stated: RollupFigures = {
    count: rollup.count?.value ?? listed,
    budgetInitial: toWan(num(rollup.total?.initial)),
    budgetAdjusted: toWan(num(rollup.total?.adjusted) ?? num(rollup.total?.budget)),
    executed: toWan(num(rollup.total?.executed)),
    rate: statedRate,
    averageScore: num(averageLine?.score),
  };
  const computed: RollupFigures = {
    count: listed,
    budgetInitial: toWan(sum('initial')?.exact ?? null),
    budgetAdjusted: toWan(baseSum),
    executed: toWan(executedSum),
    rate: totalRate === null ? null : roundHalfUp(totalRate, 6),
    averageScore: simpleAverage === null ? null : roundHalfUp(simpleAverage, 2),
  };
  return {
    findings,
    derived,
    report: {
      sheet: rollup.sheet,
      range: rollup.range,
      rows: rollup.lines.map((line, i) => {
        const t = matches[i].table;
        return { name: line.label.text, cell: line.label.cell, table: t === null ? null : { sheet: facts[t].sheet, name: facts[t].name } };
      }),
      stated,
      computed,
    },
  };
}
