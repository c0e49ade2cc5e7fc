// The one table of label patterns: the words regions use for the same column or row. A new region's wording is a
// line here, not a code path. Matching is on normalized text (no spaces, half-width), with a trailing unit such as
// "(%)", "(分)" or "(万元)" stripped first. Where one header word names two roles (指标性质 holds the operator in
// Sichuan and 定量/定性 in Chongqing), AMBIGUOUS_COLUMNS lists it and the parser asks the column's cells.
import { normalizeLabel } from './text';

export const COLUMN_LABELS = {
  taskName: ['任务名称', '任务'],
  taskContent: ['主要内容', '任务内容'],
  taskBudget: ['预算资金', '预算数', '年度预算数', '预算金额'],
  taskExecuted: ['预算执行数', '执行数', '实际支出', '执行金额'],
  rate: ['预算执行率', '执行率', '资金执行率'],
  initial: ['年初预算数', '年初预算', '年初数', '预算数'],
  adjusted: ['调整预算数', '全年预算数', '调整后预算数', '调整后预算', '全年预算', '全年(调整)预算数', '调整预算'],
  executed: ['预算执行数', '全年执行数', '执行数', '实际执行数'],
  weight: ['分值', '权重', '指标权重', '权重分值', '指标分值', '参考分值', '执行率权重', '标准分值'],
  score: ['得分', '自评得分', '评分', '指标得分', '执行率得分'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标'],
  /** The indicator's own name in a flat list with no 一级/二级/三级 columns (Chongqing 部门整体). */
  indicatorName: ['指标名称', '绩效指标名称'],
  target: ['年度指标值', '指标值', '年初指标值', '目标值', '预期指标值', '年度目标值'],
  /** Filled when the target was changed during the year: then it, not 年初指标值, is the target. */
  adjustedTarget: ['调整指标值', '调整后指标值', '全年(调整)指标值'],
  unit: ['度量单位', '计量单位', '单位'],
  actual: ['实际完成值', '完成值', '全年完成值', '全年实际值', '实际值', '全年实际完成值', '实际完成情况'],
  reason: ['偏差原因分析及改进措施', '未完成原因分析', '偏差原因分析', '偏差原因', '原因分析', '原因', '未完成原因'],
  operator: ['指标性质', '指标符号', '运算符号', '符号', '指标运算符'],
  /** 定量指标 / 定性指标. */
  nature: ['指标类型', '定性/定量', '定量/定性'],
  /** 得分系数 = score ÷ weight. */
  coefficient: ['得分系数', '得分比例'],
  direction: ['指标方向'],
  summaryLabel: ['指标', '项目', '指标名称'],
  summaryWeight: ['权重分值', '权重', '分值'],
  summaryRate: ['得分率'],
} as const;

/** Header words that name either of two roles; the column's cells decide (parse.ts resolveByContent). */
export const AMBIGUOUS_COLUMNS: Partial<Record<ColumnKey, ColumnKey>> = { operator: 'nature' };

export type ColumnKey = keyof typeof COLUMN_LABELS;

/** "执行率(%)" → { base: "执行率", percent: true }. */
const NO_HEADER = { base: '', percent: false };
const headerCache = new Map<string, { base: string; percent: boolean }>();

export function headerText(raw: unknown): { base: string; percent: boolean } {
  if (typeof raw !== 'string' || raw.length > 40) return NO_HEADER;
  let hit = headerCache.get(raw);
  if (!hit) {
    const t = normalizeLabel(raw);
    hit = { base: t.replace(/\([^)]*\)$/, '').replace(/%$/, ''), percent: /\(%\)|%$/.test(t) };
    if (headerCache.size > 5000) headerCache.clear();
    headerCache.set(raw, hit);
  }
  return hit;
}

/** Wordings too many to list, recognised by their shape (checked after the exact synonyms of every key). */
const COLUMN_PATTERNS: Partial<Record<ColumnKey, RegExp>> = {
  reason: /原因/, // 原因分析及改进措施, 偏差原因及改进措施, 未完成原因说明…
  actual: /^(全年|年度)?实际.*值$|完成值$/,
  target: /^(年度|年初|全年)?(指标|目标)值$/,
};

/** Does any key of the table name this header? (A header row is one where most text cells do.) */
export function isColumnLabel(raw: unknown): boolean {
  const { base } = headerText(raw);
  return base !== '' && (EXACT_HEADERS.has(base) || Object.values(COLUMN_PATTERNS).some((p) => p!.test(base)));
}

export function matchesColumn(raw: unknown, key: ColumnKey): boolean {
  const { base } = headerText(raw);
  if (base === '') return false;
  if ((COLUMN_LABELS[key] as readonly string[]).includes(base)) return true;
  const pattern = COLUMN_PATTERNS[key];
  return !!pattern && pattern.test(base) && !EXACT_HEADERS.has(base);
}

/** Every exact synonym: a header that is one (实际值 for actual) is never taken by another key's pattern. */
const EXACT_HEADERS = new Set<string>(Object.values(COLUMN_LABELS).flat());

export const NAME_LABELS = ['部门(单位)名称', '部门名称', '单位名称', '项目名称', '部门(单位)'];
export const TOTAL_LABELS = ['自评得分', '自评总分', '总分', '自评分数', '综合得分', '总得分', '自评分'];
export const GRADE_LABELS = ['自评结果', '评价等级', '自评等级', '绩效等级', '评价结果', '等级'];
export const TOTAL_ROW_LABELS = ['总分', '合计', '总计', '自评总分', '总得分'];

/** "自评总分（分）:" → "自评总分": the label without its colon and trailing unit. */
export function labelIn(raw: unknown, labels: string[]): boolean {
  if (typeof raw !== 'string' || raw.length > 40) return false;
  let seen = labelCache.get(labels);
  if (!seen) labelCache.set(labels, (seen = new Map()));
  let hit = seen.get(raw);
  if (hit === undefined) {
    const t = normalizeLabel(raw).replace(/[:：]$/, '').replace(/\((分|%|万元|元)\)$/, '');
    hit = t !== '' && labels.includes(t);
    if (seen.size > 5000) seen.clear();
    seen.set(raw, hit);
  }
  return hit;
}

/** labelIn's answers by label list: a table's text repeats, row after row. */
const labelCache = new WeakMap<string[], Map<string, boolean>>();

/** Grade words a 总分 row may carry in an unlabelled cell ("总分 | 100 | 96 | 优"). */
export const GRADE_WORDS = ['优', '优秀', '良', '良好', '中', '中等', '一般', '合格', '差', '较差', '不合格'];

/** A sheet whose title says it is a self-evaluation table (not a roll-up: 汇总 sheets are issue 12's). */
export const SELF_EVALUATION_TITLE = /绩效自评表|自评表$|绩效自评$|绩效评价表|绩效目标自评表|绩效自评报表/;
export const ROLL_UP_TITLE = /汇总/;

/** "产出指标（40分）" → 40. */
export function weightInLabel(label: string): number | null {
  const m = /[(（](\d+(?:\.\d+)?)分[)）]/.exec(normalizeLabel(label));
  return m ? Number(m[1]) : null;
}

/** First-level groups by their usual names; other labels keep their own text. */
export function groupName(label: string): string {
  const t = normalizeLabel(label).replace(/[(（][^)）]*[)）]/g, '');
  if (/预算执行/.test(t)) return '预算执行';
  if (/投入/.test(t)) return '投入管理';
  if (/产出/.test(t)) return '产出指标';
  if (/满意/.test(t)) return '满意度指标';
  if (/效益|效果/.test(t)) return '效益指标';
  // A label that is only its weight ("(50分)", the group's name lost in publication) keeps that as its name.
  return t || normalizeLabel(label);
}
