// What a roll-up or a summary needs to know about one checked table: its name, 主管部门, the amounts of its
// 年度资金总额 / 部门预算总额 row in its own unit, and its score and grade once recalculated.
import type { TableCalc } from '../derive';
import { filledRowsBetween, type Grid, parseAddress, parseRange, rowEntries } from '../grid';
import { labelIn } from '../labels';
import { type Figure, num, type Table } from '../model';
import { gradeFor, type GradeBand } from '../profile';
import type { TableFunds } from './types';
import { budgetBase, executionRate } from '../score';
import { amountUnitIn, type AmountUnit } from './units';

export interface TableFacts {
  sheet: string;
  kind: Table['kind'];
  /** 项目名称 / 部门(单位)名称 as typed, else the sheet's name. */
  name: string;
  nameCell: string | null;
  department: string | null;
  unit: AmountUnit;
  initial: Figure | null;
  adjusted: Figure | null;
  executed: Figure | null;
  /** 执行数 ÷ (调整预算数, else 年初预算数). */
  rate: number | null;
  /** The total score once recalculated, and what the table says now. */
  score: number | null;
  scoreEntered: number | null;
  scoreCell: string | null;
  /** The grade of `score` in the bands in force. */
  grade: string | null;
  gradeCell: string | null;
}

const DEPARTMENT_LABELS = ['主管部门', '主管部门及代码', '主管单位', '主管部门(单位)'];
const OTHER_HEADER_LABELS = ['实施单位', '项目单位', '项目实施单位', '预算单位'];

/** The text right of a 主管部门 label in the rows top…bottom (the next cell that is not another label). */
function labelledText(grid: Grid, top: number, bottom: number, labels: string[]): string | null {
  for (const row of filledRowsBetween(grid, top, bottom)) {
    const entries = rowEntries(grid, row);
    const at = entries.findIndex((e) => labelIn(e.value, labels));
    if (at < 0) continue;
    const next = entries[at + 1];
    if (!next || labelIn(next.value, OTHER_HEADER_LABELS)) return null;
    const text = String(next.value).trim();
    return text || null;
  }
  return null;
}

export function tableFacts(calc: TableCalc, grid: Grid, bands: GradeBand[]): TableFacts {
  const { table } = calc;
  const funds = table.budgetRows.find((b) => b.key === 'total') ?? calc.budgetRow ?? table.budgetRows[0] ?? null;
  const top = parseRange(table.range).top;
  const fundsRow = funds ? parseAddress(funds.labelCell).row : parseRange(table.range).bottom;
  const score = calc.totalFinal ?? num(table.total);
  const department = labelledText(grid, top, fundsRow, DEPARTMENT_LABELS);
  return {
    sheet: table.sheet,
    kind: table.kind,
    name: table.name?.text.trim() || table.sheet,
    nameCell: table.name?.cell ?? null,
    department: department ?? (table.kind === 'department' ? (table.name?.text.trim() ?? null) : null),
    unit: amountUnitIn(grid, top, fundsRow),
    initial: funds?.initial ?? null,
    adjusted: funds?.adjusted ?? null,
    executed: funds?.executed ?? null,
    rate: funds ? executionRate(funds.executed, budgetBase(funds)) : null,
    score,
    scoreEntered: num(table.total),
    scoreCell: table.total?.cell ?? null,
    grade: score === null ? null : gradeFor(score, bands),
    gradeCell: table.grade?.cell ?? null,
  };
}

/** The facts as the JSON report carries them (TableReport.funds). */
export function fundsOf(facts: TableFacts): TableFunds | undefined {
  if (!facts.initial && !facts.adjusted && !facts.executed) return undefined;
  return {
    unit: facts.unit,
    initial: num(facts.initial),
    adjusted: num(facts.adjusted),
    executed: num(facts.executed),
    cells: {
      initial: facts.initial?.cell ?? null,
      adjusted: facts.adjusted?.cell ?? null,
      executed: facts.executed?.cell ?? null,
    },
  };
}
