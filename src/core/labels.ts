// Label synonyms: the words regions use for the same column or row. Matching is on normalized text
// (no spaces, half-width), with units such as "(%)" or "(万元)" stripped first.
import { normalizeLabel } from './text';

export const COLUMN_LABELS = {
  taskName: ['任务名称', '任务'],
  taskContent: ['主要内容', '任务内容'],
  taskBudget: ['预算资金', '预算数', '年度预算数', '预算金额'],
  taskExecuted: ['预算执行数', '执行数', '实际支出', '执行金额'],
  rate: ['预算执行率', '执行率', '资金执行率'],
  initial: ['年初预算数', '年初预算', '年初数'],
  adjusted: ['调整预算数', '全年预算数', '调整后预算数', '调整后预算', '全年预算'],
  executed: ['预算执行数', '全年执行数', '执行数', '实际执行数'],
  weight: ['分值', '权重', '指标权重', '权重分值', '指标分值'],
  score: ['得分', '自评得分', '评分'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标'],
  target: ['年度指标值', '指标值', '年初指标值', '目标值', '预期指标值', '年度目标值'],
  unit: ['度量单位', '计量单位', '单位'],
  actual: ['实际完成值', '完成值', '全年完成值', '全年实际值', '实际值', '全年实际完成值', '实际完成情况'],
  reason: ['偏差原因分析及改进措施', '未完成原因分析', '偏差原因分析', '偏差原因', '原因分析', '原因', '未完成原因'],
  operator: ['指标性质', '指标符号', '运算符号', '符号', '指标运算符'],
  direction: ['指标方向'],
  summaryLabel: ['指标', '项目', '指标名称'],
  summaryWeight: ['权重分值', '权重', '分值'],
  summaryRate: ['得分率'],
} as const;

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

export function labelIn(raw: unknown, labels: string[]): boolean {
  if (typeof raw !== 'string' || raw.length > 40) return false;
  const t = normalizeLabel(raw).replace(/[:：]$/, '');
  return t !== '' && labels.includes(t);
}

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
  return t;
}
