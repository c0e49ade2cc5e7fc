// The roll-up's part of the JSON report (contract.md), apart from report.ts so that the rules (which report.ts names)
// can read roll-ups without an import cycle.
import type { AmountUnit } from './units';

/** The amounts of a table's 年度资金总额 / 部门预算总额 row, in the table's own unit, with their cells. */
export interface TableFunds {
  unit: AmountUnit;
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
  cells: { initial: string | null; adjusted: string | null; executed: string | null };
}

/** Count, amounts (万元) and average score of a roll-up: as the roll-up states them, or as its tables give them. */
export interface RollupFigures {
  count: number | null;
  budgetInitial: number | null;
  budgetAdjusted: number | null;
  executed: number | null;
  rate: number | null;
  averageScore: number | null;
}

/** A roll-up sheet (项目支出绩效自评汇总表) found in the workbook and checked against its tables (summary-mismatch). */
export interface RollupReport {
  sheet: string;
  range: string;
  /** The listed tables, each with the table it was matched to (null: none in this workbook). */
  rows: { name: string; cell: string; table: { sheet: string; name: string } | null }[];
  stated: RollupFigures;
  /** The same figures from the matched tables (a row without a table counts as typed). */
  computed: RollupFigures;
}
