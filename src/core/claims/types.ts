// What a 自评报告 states: each figure with its subject, measure, unit and the sentence (or table cell) it came from.
import type { Grid } from '../grid';
import type { ClaimMeasure, ClaimSubjectKind } from '../values';

/** The text of a report as a door reads it (a .docx): body paragraphs in order, and its tables as Grids. */
export interface ReportText {
  /** The file name, as findings quote it. */
  file: string;
  /** Body paragraphs outside tables; `index` is 1-based in document order, empty paragraphs counted. */
  paragraphs: { index: number; text: string }[];
  /** The report's tables, one Grid each (sheet "表1", "表2" …), merged cells as merges. */
  tables: Grid[];
}

/**
 * Whose figure it is. `whole` is the department (or, in a project's report, the project) the report is about;
 * `basic` / `project` its 基本支出 / 项目支出; `projects` all its projects together (项目个数, their totals);
 * `sangong` its “三公”经费; `item` one task or project by name; `part` an "其中" part of another subject.
 */
export type SubjectKind = ClaimSubjectKind;

export interface Subject {
  kind: SubjectKind;
  /** As a person reads it: "部门整体", "党务经费", "资金情况（其中：市级资金）". */
  name: string;
  /** Claims with the same key and measure are about the same thing. */
  key: string;
  /** For a part: the key of the subject it is part of. */
  parent?: string;
}

/** 年初预算数, 调整预算数, 预算数 (neither said), 执行数, 实际到位资金, 结余资金, 收入, 预算执行率 (the “三公”经费's 控制率),
 *  收支比率 (支出 ÷ 收入), 项目个数, 自评得分, 平均得分, 等级. */
export type Measure = ClaimMeasure;

export type AmountUnit = '万元' | '元' | '亿元';
export type Unit = AmountUnit | '%' | '分' | '个' | null;

export interface ClaimSource {
  /** The body paragraph (1-based), for a claim in the text. */
  paragraph?: number;
  /** The report table and cell, for a claim in one of its tables. */
  sheet?: string;
  cell?: string;
  /** The sentence (or cell text) the figure stands in. */
  excerpt: string;
}

export interface Claim {
  subject: Subject;
  measure: Measure;
  /** Amounts in their stated unit, rates as fractions (51.78% → 0.5178), a grade as its label. */
  value: number | string;
  unit: Unit;
  /** Decimals as written: "1125.54" → 2, "51.78%" → 2, "85" → 0. */
  decimals: number;
  /** The figure as written: "8,024.86万元", "51.78%", "良好". */
  text: string;
  source: ClaimSource;
  /** Position in the report (claims are kept in reading order). */
  order: number;
  /** A part listed under another figure in a table (其中：市级资金 under 实际到位资金): the parts add up to it. */
  partOf?: Measure;
}

/** The totals of a department's projects (项目支出绩效自评汇总, or its project tables added up). Amounts in 万元. */
export interface RollupTotals {
  count?: number | null;
  budgetInitial?: number | null;
  budgetAdjusted?: number | null;
  executed?: number | null;
  averageScore?: number | null;
  /** Where the totals come from, for messages: "汇总表", "12 张项目支出绩效自评表". */
  origin: string;
  /** The cell of each total where it stands in a table. */
  cells?: Partial<Record<RollupField, { sheet: string; cell: string }>>;
}

export type RollupField = 'count' | 'budgetInitial' | 'budgetAdjusted' | 'executed' | 'averageScore';
