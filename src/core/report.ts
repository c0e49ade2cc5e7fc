// The engine's output: the JSON report of contract.md, and the WritePlan that adapters carry out.
import type { CellValue } from './grid';
import type { RuleId, Severity } from './rules';
import type { MessageData } from './values';
import type { RollupFigures, RollupReport, TableFunds } from './rollup/types';

export type { RuleId, Severity };
export type { RollupFigures, RollupReport, TableFunds };

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address without `$`. */
  cell: string;
  /** Cells the finding was computed from. */
  related: string[];
  /** zh-CN (or en-US) sentence: what is wrong, what it should be, how that was computed. */
  message: string;
  expected: number | string | null;
  actual: number | string | null;
  /** How `expected` and `actual` read: rates are fractions shown as percentages (0.143 = 14.30%). */
  unit?: FindingUnit;
  /** true: recalc overwrites `cell` (with `expected`, or with the value noted in the message when other
   *  corrections change it too). */
  fixable: boolean;
  /** Set when the user chose to ignore this finding (忽略), with their reason. */
  ignored?: { reason: string };
  /** The rule's message id and the values in it (set by the engine on every finding): the message in any language
   *  can be rendered again from these, and scripts can read figures without parsing a sentence. */
  messageId?: string;
  data?: MessageData;
  /** Where the rule is explained: "docs/rules.md#rate-mismatch". */
  docs?: string;
  /** Where in the 自评报告 the finding points: the paragraph (1-based) or the report table's cell, and the sentence.
   *  A finding with a source and no table cell has `sheet` and `cell` "". */
  source?: FindingSource;
}

export interface FindingSource {
  /** The report's file name. */
  file: string;
  paragraph?: number;
  /** A table of the report ("表1") and its cell, for a figure stated in a table. */
  sheet?: string;
  cell?: string;
  excerpt: string;
}

export type FindingUnit = 'rate' | 'number' | 'text';

export interface CellWrite {
  sheet: string;
  cell: string;
  before: CellValue;
  after: number | string;
  /** Number format to set, only where the cell's own format would hide the value (a rate written as 0.00%). */
  numFmt?: string;
}

export type MarkFill = 'FFC7CE' | 'FFEB9C';

export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  /** Excel's "Bad" fill for errors, "Neutral" for warnings; info findings get a note only. */
  fill: MarkFill | null;
  note: string;
}

export interface TableReport {
  sheet: string;
  kind: 'department' | 'project';
  /** The table's title (部门(单位)名称 / 项目名称) where the table names itself. */
  name?: string;
  /** 主管部门 where the table states it (a department table: its own name). */
  department?: string;
  funds?: TableFunds;
  range: string;
  budget?: { rate: number | null; rateCell: string | null; weight: number | null; score: number | null; scoreCell: string | null };
  groups: { name: string; weight: number | null; score: number | null; cell?: string | null }[];
  /** `score` is the total once recalculated; `entered` what the table says now. */
  total?: { score: number | null; cell: string | null; entered?: number | null };
  /** `value` is the grade once recalculated; `entered` what the table says now. */
  grade?: { value: string | null; cell: string | null; entered?: string | null };
  /** Indicator rows read / rows of the indicator block that hold anything in its indicator columns. */
  coverage?: { read: number; rows: number };
}

export interface Report {
  file?: string;
  profile: string;
  tables: TableReport[];
  /** Roll-up sheets, when the workbook has any. */
  rollups?: RollupReport[];
  /** Findings about the workbook as it was read. */
  findings: Finding[];
  /** What recalc writes (derived cells only). */
  writes: CellWrite[];
  /** The 自评报告 checked beside the tables, when there is one: what was read from it. */
  report?: { file: string; paragraphs: number; tables: number; claims: number };
}

/** A row of the 校验结果 sheet; `link` is the HYPERLINK formula to the cell ("" where there is none to link to). */
export interface ReportSheetRow {
  index: number;
  level: Severity;
  /** The severity as a person reads it: 错误 / 警告 / 提示. */
  severity: string;
  /** The rule's short name (得分不符); its id goes in a narrow column of its own. */
  rule: string;
  ruleId: RuleId;
  sheet: string;
  cell: string;
  link: string;
  message: string;
  /** Values shown the way the table shows them (a rate as 96.00%, not 0.96). */
  expected: string;
  actual: string;
}

/** A row of the 修改记录 sheet: one cell recalc wrote, what it showed before and after, and why. */
export interface ChangeSheetRow {
  index: number;
  sheet: string;
  cell: string;
  link: string;
  before: string;
  after: string;
  why: string;
}

export interface ReportSheet {
  name: string;
  header: string[];
  /** Grouped by severity (errors first), then in sheet and cell order. */
  rows: ReportSheetRow[];
  /** The line above each severity's rows. */
  groups: Record<Severity, string>;
  /** The sheet's only line when there are no rows. */
  empty: string;
}

export interface ChangeSheet {
  name: string;
  header: string[];
  rows: ChangeSheetRow[];
}

export interface WritePlan {
  writes: CellWrite[];
  marks: CellMark[];
  reportSheet: ReportSheet;
  /** Written only when recalc writes something; an older 修改记录 stays as it is otherwise. */
  changeSheet: ChangeSheet;
}
