// What a roll-up sheet should say, from the tables it lists. The truth is always the tables (their score as recalc
// makes it): each line is matched to its table by name and takes its figures from it, the 合计 line is their sum, the
// average their mean. So one wrong figure in a roll-up differs from the truth at that figure only, and a right total is
// never blamed for a wrong row. A line without a table counts as typed. Rates, grades, totals and the average are the
// roll-up's derived cells (written by recalc); amounts and scores are typed and only compared.
import type { Derived, DerivedKind } from '../derive';
import { type Figure, num } from '../model';
import { gradeFor, type GradeBand } from '../profile';
import type { RollupFigures, RollupReport } from './types';
import { shownRate } from '../rate';
import { isNotApplicable, roundHalfUp, sumOf } from '../text';
import { amount, type Calculation, points, subject, type SubjectKind, text } from '../values';
import type { TableFacts } from './facts';
import { AMOUNT_COLUMNS, type AmountColumn, type RollupColumn, type RollupLine, type RollupSheet, type RollupTotal } from './locate';
import { matchNames } from './names';
import { convertAmount } from './units';

/** A table's amount in the roll-up's unit, with the cell it comes from. */
export interface TableAmount {
  value: number;
  cell: string;
}

export interface LineCalc {
  line: RollupLine;
  /** The table the line stands for; null when none matches (or another line took it). */
  table: TableFacts | null;
  /** The index of the line that already stands for the same table. */
  duplicateOf: number | null;
  /** Where matched: the table's amounts in the roll-up's unit. */
  tableAmounts: Record<AmountColumn, TableAmount | null>;
  /** The line's true figures: its table's where matched, else as typed. */
  amounts: Record<AmountColumn, number | null>;
  rate: number | null;
  score: number | null;
}

/** A derived cell of the roll-up, with what messages need and the other values that count as right. */
export interface RollupDerived extends Derived {
  /** The line's name or label: 公车租赁费, 合计（共12个项目）. */
  line: string;
  /** The column's header as typed: 全年执行数, 执行率. */
  column: string;
  /** Also right: the sum of the rows rounded to 2 decimals as a person adds them up, the unrounded mean. */
  accepts: number[];
}

export interface RollupCalc {
  rollup: RollupSheet;
  /** The workbook's tables of the kind the roll-up lists. */
  tables: TableFacts[];
  lines: LineCalc[];
  /** Tables no line stands for. */
  missing: TableFacts[];
  derived: RollupDerived[];
  report: RollupReport;
}

export const COLUMN_WORDS: Record<RollupColumn, string> = {
  index: '序号', name: '项目名称', department: '主管部门', initial: '年初预算数', adjusted: '全年预算数', budget: '预算数',
  executed: '执行数', rate: '执行率', score: '自评得分', grade: '等级',
};

const baseOf = (a: Record<AmountColumn, number | null>) => a.adjusted ?? a.budget ?? a.initial;

/** A table's amount for a roll-up column: 全年/调整预算数 and 预算数 fall back on 年初预算数 (domain.md §2). */
function tableAmount(f: TableFacts, key: AmountColumn, unit: RollupSheet['unit']): TableAmount | null {
  const adjusted = f.adjusted?.value != null ? f.adjusted : f.initial;
  const fig = key === 'initial' ? f.initial : key === 'executed' ? f.executed : adjusted;
  if (!fig || fig.value === null) return null;
  return { value: roundHalfUp(convertAmount(fig.value, f.unit, unit), 6), cell: fig.cell };
}

export function calcRollup(rollup: RollupSheet, allTables: TableFacts[], bands: GradeBand[]): RollupCalc {
  const tables = rollup.lists ? allTables.filter((f) => f.kind === rollup.lists) : allTables;
  const columnName = (key: RollupColumn) => rollup.labels[key] ?? COLUMN_WORDS[key];
  const matches = matchNames(rollup.lines.map((l) => l.label.text), tables.map((f) => f.name));

  const lines: LineCalc[] = rollup.lines.map((line, i) => {
    const table = matches[i].table === null ? null : tables[matches[i].table!];
    const tableAmounts = {} as LineCalc['tableAmounts'];
    const amounts = {} as LineCalc['amounts'];
    for (const key of AMOUNT_COLUMNS) {
      tableAmounts[key] = table ? tableAmount(table, key, rollup.unit) : null;
      amounts[key] = tableAmounts[key]?.value ?? num(line[key]);
    }
    const base = baseOf(amounts);
    const rate = table ? table.rate : amounts.executed !== null && base ? amounts.executed / base : null;
    return { line, table, duplicateOf: matches[i].duplicateOf, tableAmounts, amounts, rate, score: (table ? table.score : null) ?? num(line.score) };
  });

  const derived: RollupDerived[] = [];
  const derive = (kind: DerivedKind, about: SubjectKind, line: string, column: RollupColumn, figure: Figure, value: number | null, how: Calculation | null, isRate = false, accepts: number[] = []) => {
    derived.push({
      kind, subject: subject(about, line), sheet: rollup.sheet, cell: figure.cell, figure, formula: figure.formula,
      asRead: value, how, final: value, related: [], isRate, line, column: columnName(column), accepts,
    });
  };
  const quotient = (n: number, d: number): Calculation => ({ type: 'calc', kind: 'quotient', numerator: amount(n), denominator: amount(d) });

  for (const c of lines) {
    const name = c.line.label.text;
    const base = baseOf(c.amounts);
    const rateCell = c.line.rate;
    if (rateCell && rateCell.state !== 'na' && c.rate !== null && c.amounts.executed !== null && base) {
      derive('rollup-rate', 'rollup-rate', name, 'rate', rateCell, c.rate, quotient(c.amounts.executed, base), true);
    }
    const grade = c.line.grade;
    if (grade && c.score !== null && !isNotApplicable(grade.text)) {
      const label = gradeFor(c.score, bands);
      derived.push({
        kind: 'grade', subject: subject('rollup-grade', name), sheet: rollup.sheet, cell: grade.cell, figure: null, text: grade.text,
        formula: grade.formula, asRead: label, final: label, related: c.line.score ? [c.line.score.cell] : [], isRate: false,
        how: { type: 'calc', kind: 'grade-bands', total: points(c.score), bands: bands.map((b) => ({ min: points(b.min), label: text(b.label) })) },
        line: name, column: columnName('grade'), accepts: [],
      });
    }
  }

  const listed = lines.length;
  const sums = {} as Record<AmountColumn, { exact: number; rounded: number } | null>;
  for (const key of AMOUNT_COLUMNS) {
    const list = lines.map((c) => c.amounts[key]).filter((x): x is number => x !== null);
    sums[key] = list.length ? { exact: sumOf(list), rounded: sumOf(list.map((x) => roundHalfUp(x, 2))) } : null;
  }
  const bases = lines.map((c) => baseOf(c.amounts));
  const baseSum = bases.every((b) => b === null) ? null : sumOf(bases);
  const executedSum = sums.executed?.exact ?? null;
  const totalRate = executedSum !== null && baseSum ? executedSum / baseSum : null;
  const scores = lines.map((c) => c.score).filter((s): s is number => s !== null);
  const mean = scores.length ? sumOf(scores) / scores.length : null;
  let weightedSum = 0;
  let weights = 0;
  lines.forEach((c, i) => {
    if (c.score === null || !bases[i]) return;
    weightedSum += c.score * bases[i]!;
    weights += bases[i]!;
  });
  const weightedMean = weights ? weightedSum / weights : null;

  const totalLine = (t: RollupTotal) => {
    const label = t.label.text;
    for (const key of AMOUNT_COLUMNS) {
      const fig = t[key];
      const sum = sums[key];
      if (!fig || fig.state === 'na' || !sum) continue;
      derive('rollup-total', 'rollup-total', label, key, fig, sum.exact,
        { type: 'calc', kind: 'listed-sum', count: amount(listed), column: text(columnName(key)) }, false, [sum.rounded]);
    }
    if (t.rate && t.rate.state !== 'na' && totalRate !== null) {
      derive('rollup-total', 'rollup-total', label, 'rate', t.rate, totalRate, quotient(executedSum!, baseSum!), true);
    }
  };
  const averageLine = (t: RollupTotal) => {
    const value = t.weighted ? weightedMean : mean;
    if (!t.score || t.score.state === 'na' || value === null) return;
    const how: Calculation = t.weighted
      ? { type: 'calc', kind: 'weighted-mean', count: amount(scores.length) }
      : { type: 'calc', kind: 'mean', sum: points(sumOf(scores)), count: amount(scores.length) };
    derive('rollup-average', 'rollup-average', t.label.text, 'score', t.score, roundHalfUp(value, 2), how, false, [value]);
  };
  if (rollup.total) {
    totalLine(rollup.total);
    // A 合计 line's score is the average when no 平均 line follows (a sum of scores means nothing).
    if (rollup.total.average || !rollup.average) averageLine(rollup.total);
  }
  if (rollup.average) averageLine(rollup.average);

  const matched = new Set(lines.map((c) => c.table).filter((t): t is TableFacts => t !== null));
  const missing = tables.filter((f) => !matched.has(f));

  const toWan = (v: number | null) => (v === null ? null : roundHalfUp(convertAmount(v, rollup.unit, '万元'), 6));
  const averageAt = rollup.average ?? (rollup.total && (rollup.total.average || !rollup.average) ? rollup.total : null);
  const statedRate = rollup.total?.rate && rollup.total.rate.value !== null ? rollup.total.rate : null;
  const stated: RollupFigures = {
    count: rollup.count?.value ?? listed,
    budgetInitial: toWan(num(rollup.total?.initial)),
    budgetAdjusted: toWan(num(rollup.total?.adjusted) ?? num(rollup.total?.budget)),
    executed: toWan(num(rollup.total?.executed)),
    rate: statedRate ? (shownRate(statedRate, totalRate)?.fraction ?? null) : null,
    averageScore: num(averageAt?.score),
  };
  const computed: RollupFigures = {
    count: listed,
    budgetInitial: toWan(sums.initial?.exact ?? null),
    budgetAdjusted: toWan(baseSum),
    executed: toWan(executedSum),
    rate: totalRate === null ? null : roundHalfUp(totalRate, 6),
    averageScore: mean === null ? null : roundHalfUp(mean, 2),
  };
  return {
    rollup,
    tables,
    lines,
    missing,
    derived,
    report: {
      sheet: rollup.sheet,
      range: rollup.range,
      rows: lines.map((c) => ({ name: c.line.label.text, cell: c.line.label.cell, table: c.table ? { sheet: c.table.sheet, name: c.table.name } : null })),
      stated,
      computed,
    },
  };
}
