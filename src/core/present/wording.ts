// What a language must say for the engine's output to be read in it. One module per language implements this
// (zh-CN.ts, en-US.ts); the compiler holds each to every subject, term, calculation and line below.
import type { Severity } from '../rules';
import type { TableReport } from '../report';
import type { Calculation, ClaimAbout, Measured, MessageValue, Note, ReportPlace, SubjectKind, TermId, Written } from '../values';

export type Show = (value: MessageValue) => string;

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** The lines of `jixiao check` and `jixiao recalc`; values arrive already shown. */
export interface CliWording {
  fileHeader(file: string, profile: string): string;
  recalcHeader(file: string, profile: string, output: string): string;
  /** "工作表「自评表」A1:I52 部门整体绩效自评表 「name」（应得总分 100，表中为 98，等级 优）" */
  tableTitle(t: { sheet: string; range: string; kind: string; name?: string; total?: string; entered?: string; grade?: string }): string;
  outsideTables: string;
  noFindings: string;
  counts(c: SeverityCounts): string;
  location(sheet: string, cell: string): string;
  finding(f: { severity: string; location: string; rule: string; message: string; tags: string[] }): string;
  fixable: string;
  ignored(reason: string): string;
  recalcWould(count: number, command: string): string;
  outputPlaceholder: string;
  beforeRecalc(counts: string): string;
  written(count: number): string;
  write(location: string, before: string, after: string): string;
  /** Recalc rewrote no value; the copy still carries `marks` marks and the report sheet. */
  nothingWritten(marks: number, sheet: string): string;
  remaining(count: number, counts: string): string;
  noneRemaining: string;
  /** The closing line of a run over several files; `unusable` of them could not be checked. */
  filesChecked(count: number, counts: string, unusable: number): string;
  /** A file that could not be checked, in its place among the others. */
  unusable(file: string, reason: string): string;
  /** `jixiao clean`: the copy for submission was written; `restored` cells got their fills and notes back, `sheets`
   *  of jixiao's were removed. */
  cleaned(file: string, output: string, restored: number, sheets: string[]): string;
  /** The report went beside a person's own sheet named 校验结果. */
  reportSheetElsewhere(sheet: string): string;
  /** "规则：rate-mismatch 执行率/得分率不符；…（详见 docs/rules.md）" */
  legend(rules: { id: string; name: string }[]): string;
  /** "自评报告「报告.docx」（读到 91 段、2 张表，20 处数字）" */
  reportTitle(file: string, read: { paragraphs: number; tables: number; claims: number }): string;
  /** "报告.docx 第 53 段" */
  reportLocation(file: string, place: string): string;
  /** The sentence a report finding quotes, on its own line. */
  excerpt(text: string): string;
  /** `jixiao summary`: a file's heading, a table's line, the totals, the progress line. Amounts arrive in 万元. */
  summary: SummaryWording;
}

export interface SummaryWording {
  file(file: string, tables: number, counts: string): string;
  table(t: { sheet: string; name: string; budget: string; executed: string; rate?: string; score: string; grade: string; ready: boolean }): string;
  totals(t: { count: number; initial: string; adjusted: string; executed: string; rate?: string; average: string; weighted?: string; grades: string }): string;
  grand(totals: string): string;
  kind(kind: TableReport['kind'], totals: string): string;
  written(output: string): string;
  progress(done: number, total: number, errors: number, file: string): string;
}

export type ChangeReason =
  | { type: 'finding'; rule: string; message: string }
  | { type: 'filled'; subject: string; calculation: string | null }
  | { type: 'recomputed'; subject: string };

export interface Wording {
  /** Table text inside a sentence: “…”. */
  quote(text: string): string;
  /** A cell's own text where the sentence shows what the table holds. */
  cellText(text: string): string;
  /** An empty cell. */
  blank: string;
  /** A finished message (English starts it with a capital). */
  sentence(text: string): string;
  severity: Record<Severity, string>;
  tableKind: Record<TableReport['kind'], string>;
  terms: Record<TermId, string>;
  subject(kind: SubjectKind, name: string): string;
  calculation(c: Calculation, show: Show): string;
  note(n: Note, show: Show): string;
  claimAbout(c: ClaimAbout): string;
  reportPlace(p: ReportPlace): string;
  written(w: Written): string;
  measured(m: Measured): string;
  /** A report finding's sentence, after its message on the 校验结果 sheet: "（报告.docx 第 53 段：“…”）". */
  reportSource(file: string, place: string, excerpt: string): string;
  /** The 校验结果 sheet's header row: 序号, 严重程度, 规则 (its name), 编号 (its id), 工作表, 单元格, 说明, 应为, 表中为. */
  reportHeader: string[];
  /** The line above each severity's findings on the 校验结果 sheet: "错误 2 处". */
  reportGroup(severity: Severity, count: number): string;
  /** The 校验结果 sheet's only line when nothing is left to act on. */
  reportEmpty: string;
  /** The 修改记录 sheet's header row: 序号, 工作表, 单元格, 原值, 新值, 原因. */
  changeHeader: string[];
  /** Why recalc wrote a cell: a finding on it (its rule's name and message), a blank derived cell filled in from the
   *  calculation, or a derived cell recomputed once the cells it rests on were corrected. */
  changeWhy(why: ChangeReason): string;
  cli: CliWording;
}
