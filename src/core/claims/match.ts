// Where the table says what a claim says (report-mismatch): the budget rows for the whole, 基本支出 and 项目支出; a
// task by its name; the total score and the grade; the “三公”经费控制率 indicator; the projects' count and totals
// against their roll-up.
import type { TableCalc } from '../derive';
import { filledRowsBetween, type Grid, parseRange, rowEntries } from '../grid';
import type { BudgetRow, Figure, Table, TaskRow } from '../model';
import { shownRate } from '../rate';
import { budgetBase, executionRate } from '../score';
import { normalizeLabel } from '../text';
import { amount, type Calculation, type Measured, measured, type TableText, text } from '../values';
import { decimalsShown, measuredOf, type Stated, statedNumber } from './compare';
import type { AmountUnit, Claim, Measure, RollupField, RollupTotals } from './types';
import { itemKey } from './words';

export interface TableFigure {
  /** The cell the figure stands in; null for a figure the engine computed (a blank rate) or a roll-up total. */
  sheet: string | null;
  cell: string | null;
  related: string[];
  /** Amounts in 万元, rates as fractions, a grade as its label. */
  value: number | string;
  stated: Stated | null;
  /** As a person reads it: "1125.54 万元", "100.00%", "优". */
  shown: Measured | TableText;
  /** How a computed figure was computed: 1125.54 ÷ 1125.54. */
  how?: Calculation;
  /** Where a roll-up total comes from. */
  origin?: TableText;
}

export interface Mismatch {
  claim: Claim;
  figure: TableFigure;
}

/** 单位：元 (or a "(元)" header) inside the table's range: its amounts are in 元; otherwise 万元. */
export function tableAmountUnit(grid: Grid, range: string): AmountUnit {
  let top = 0;
  let bottom = 0;
  try {
    ({ top, bottom } = parseRange(range));
  } catch {
    return '万元';
  }
  for (const row of filledRowsBetween(grid, Math.max(0, top - 3), bottom)) {
    for (const { value } of rowEntries(grid, row)) {
      if (typeof value !== 'string') continue;
      const t = normalizeLabel(value);
      if (/单位[:：]?万元|\(万元\)/.test(t)) return '万元';
      if (/单位[:：]?元$|单位[:：]?元[^\u4e00-\u9fff]|\(元\)$/.test(t)) return '元';
    }
  }
  return '万元';
}

export interface MatchInput {
  calcs: TableCalc[];
  unitOf(table: Table): AmountUnit;
  rollup: RollupTotals | null;
}

function amountFigure(f: Figure | null, unit: AmountUnit): TableFigure | null {
  if (!f || f.value === null) return null;
  const stated = statedNumber(f.value, decimalsShown(f.value), unit);
  return { sheet: f.sheet, cell: f.cell, related: [], value: Number(stated.value.toFixed(6)), stated, shown: measured(stated.value, 'wan') };
}

/** The rate the table shows; where it shows none, the rate its own amounts give. */
function rateFigure(rate: Figure | null, executed: Figure | null, base: Figure | null, sheet: string): TableFigure | null {
  const computed = executionRate(executed, base);
  if (rate && rate.value !== null) {
    const s = shownRate(rate, computed);
    if (!s) return null;
    return {
      sheet: rate.sheet, cell: rate.cell, related: [], value: s.fraction, stated: { value: s.fraction, half: 0, decimals: s.decimals },
      shown: measured(s.fraction, 'percent'),
    };
  }
  if (computed === null) return null;
  return {
    sheet, cell: null, related: [executed!.cell, base!.cell], value: computed, stated: { value: computed, half: 0, decimals: 4 },
    shown: measured(computed, 'percent'),
    how: { type: 'calc', kind: 'quotient', numerator: amount(executed!.value!), denominator: amount(base!.value!) },
  };
}

function budgetRowFigure(row: BudgetRow, measure: Measure, unit: AmountUnit, sheet: string): TableFigure | null {
  switch (measure) {
    case 'initial': return amountFigure(row.initial, unit);
    case 'adjusted': return amountFigure(row.adjusted, unit);
    case 'budget': return amountFigure(budgetBase(row), unit);
    case 'executed': return amountFigure(row.executed, unit);
    case 'rate': return rateFigure(row.rate, row.executed, budgetBase(row), sheet);
    default: return null;
  }
}

function taskFigure(task: TaskRow, measure: Measure, unit: AmountUnit, sheet: string): TableFigure | null {
  if (measure === 'budget' || measure === 'adjusted' || measure === 'initial') return amountFigure(task.budget, unit);
  if (measure === 'executed') return amountFigure(task.executed, unit);
  if (measure === 'rate') return rateFigure(task.rate, task.executed, task.budget, sheet);
  return null;
}

/** The department table, else the only table. */
function mainTable(calcs: TableCalc[]): TableCalc | null {
  const departments = calcs.filter((c) => c.table.kind === 'department');
  if (departments.length >= 1) return departments[0];
  return calcs.length === 1 ? calcs[0] : null;
}

/** "任务1: 党务经费" and "党务经费" are one task. */
function sameItem(name: string, claimKey: string): boolean {
  const core = normalizeLabel(name).replace(/^(重点)?(工作)?任务\d+[:：]?/, '');
  const key = itemKey(core);
  if (key === claimKey) return true;
  const a = key.slice(5);
  const b = claimKey.slice(5);
  return a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a));
}

function onlyOne<T>(list: T[]): T | null {
  return list.length === 1 ? list[0] : null;
}

function tableFigure(claim: Claim, input: MatchInput): TableFigure | null {
  const { subject, measure } = claim;
  const main = mainTable(input.calcs);
  if (subject.kind === 'whole' || subject.kind === 'basic' || subject.kind === 'projects') {
    if (!main) return null;
    const t = main.table;
    if (subject.kind === 'whole' && measure === 'score') {
      return t.total && t.total.value !== null
        ? { sheet: t.sheet, cell: t.total.cell, related: [], value: t.total.value, stated: statedNumber(t.total.value, decimalsShown(t.total.value)), shown: measured(t.total.value, 'points') }
        : null;
    }
    if (subject.kind === 'whole' && measure === 'grade') {
      return t.grade && t.grade.text ? { sheet: t.sheet, cell: t.grade.cell, related: [], value: t.grade.text, stated: null, shown: text(t.grade.text) } : null;
    }
    const key = subject.kind === 'whole' ? 'total' : subject.kind === 'basic' ? 'basic' : 'project';
    const row = t.budgetRows.find((r) => r.key === key) ?? (key === 'total' ? main.budgetRow : null);
    return row ? budgetRowFigure(row, measure, input.unitOf(t), t.sheet) : null;
  }
  if (subject.kind === 'item') {
    const tasks = input.calcs.flatMap((c) => c.table.tasks.filter((task) => sameItem(task.name, subject.key)).map((task) => ({ task, c })));
    const hit = onlyOne(tasks);
    if (hit) return taskFigure(hit.task, measure, input.unitOf(hit.c.table), hit.c.table.sheet);
    const project = onlyOne(input.calcs.filter((c) => c.table.kind === 'project' && c.table.name && sameItem(c.table.name.text, subject.key)));
    const row = project && (project.table.budgetRows.find((r) => r.key === 'total') ?? project.budgetRow);
    return row ? budgetRowFigure(row, measure, input.unitOf(project!.table), project!.table.sheet) : null;
  }
  if (subject.kind === 'sangong' && measure === 'rate') {
    const rows = input.calcs.flatMap((c) => c.table.groups.flatMap((g) => g.rows)).filter((r) => /三公经费.*控制率/.test(r.name));
    const row = onlyOne(rows);
    if (!row?.actual || row.actual.value === null) return null;
    return rateFigure(row.actual, null, null, row.actual.sheet);
  }
  return null;
}

const ROLLUP_OF: Partial<Record<Measure, RollupField>> = {
  count: 'count', initial: 'budgetInitial', adjusted: 'budgetAdjusted', executed: 'executed', averageScore: 'averageScore',
};

function rollupFigure(claim: Claim, rollup: RollupTotals): TableFigure | null {
  if (claim.subject.kind !== 'projects') return null;
  let measure = claim.measure;
  if (measure === 'budget') measure = rollup.budgetAdjusted != null ? 'adjusted' : 'initial';
  if (measure === 'rate') {
    const base = rollup.budgetAdjusted ?? rollup.budgetInitial;
    if (rollup.executed == null || !base) return null;
    const value = rollup.executed / base;
    return { sheet: null, cell: null, related: [], value, stated: { value, half: 0, decimals: 4 }, shown: measured(value, 'percent'), origin: text(rollup.origin) };
  }
  const field = ROLLUP_OF[measure];
  const value = field ? rollup[field] : null;
  if (value === null || value === undefined || !field) return null;
  const at = rollup.cells?.[field];
  return {
    sheet: at?.sheet ?? null, cell: at?.cell ?? null, related: [], value, stated: statedNumber(value, decimalsShown(value)),
    shown: measuredOf(measure, value), origin: text(rollup.origin),
  };
}

/** Each claim beside the table figure (and roll-up total) for the same thing, where there is one. */
export function counterparts(claims: Claim[], input: MatchInput): Mismatch[] {
  const out: Mismatch[] = [];
  for (const claim of claims) {
    const figure = tableFigure(claim, input);
    if (figure) out.push({ claim, figure });
    const total = input.rollup && rollupFigure(claim, input.rollup);
    if (total) out.push({ claim, figure: total });
  }
  return out;
}

const TO_WAN: Record<AmountUnit, number> = { 元: 1 / 10000, 万元: 1, 亿元: 10000 };

/** A department's projects added up from their own tables, where a run holds two or more project tables. */
export function rollupFromTables(calcs: TableCalc[], unitOf: (t: Table) => AmountUnit = () => '万元'): RollupTotals | null {
  const projects = calcs.filter((c) => c.table.kind === 'project');
  if (projects.length < 2) return null;
  const rows = projects.map((c) => ({ row: c.table.budgetRows.find((r) => r.key === 'total') ?? c.budgetRow, toWan: TO_WAN[unitOf(c.table)] }));
  const add = (pick: (r: BudgetRow) => Figure | null) => {
    // Each table in its own unit (a table in 元 among tables in 万元), added up in 万元.
    const values = rows.map(({ row, toWan }) => {
      const v = row ? pick(row)?.value ?? null : null;
      return v === null ? null : v * toWan;
    });
    return values.some((v) => v === null) ? null : values.reduce((s: number, v) => s + v!, 0);
  };
  const totals = projects.map((c) => c.table.total?.value ?? null);
  return {
    count: projects.length,
    budgetInitial: add((r) => r.initial),
    budgetAdjusted: add((r) => r.adjusted),
    executed: add((r) => r.executed),
    averageScore: totals.some((t) => t === null) ? null : totals.reduce((s: number, t) => s + t!, 0) / totals.length,
    origin: `${projects.length} 张项目支出绩效自评表`,
  };
}

