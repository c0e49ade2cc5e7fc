// The rules' short names in every language, apart from the rules themselves: the task pane shows them before
// the engine (and every rule's code) has loaded. Each rule's meta.name is its entry here.
import type { Locale } from '../locale';

// Not typed by RuleId (which follows from the rules, which read their names here); ruleName() indexes it by RuleId,
// so the compiler still holds every rule to a name.
export const RULE_NAMES = {
  'deviation-unexplained': { 'zh-CN': '未说明偏差原因', 'en-US': 'Deviation unexplained' },
  'direction-conflict': { 'zh-CN': '指标方向矛盾', 'en-US': 'Direction conflict' },
  'grade-mismatch': { 'zh-CN': '等级不符', 'en-US': 'Grade mismatch' },
  'missing-value': { 'zh-CN': '缺少数值', 'en-US': 'Missing value' },
  'not-a-number': { 'zh-CN': '非数值', 'en-US': 'Not a number' },
  'number-as-text': { 'zh-CN': '文本型数字', 'en-US': 'Number stored as text' },
  'over-budget': { 'zh-CN': '超预算', 'en-US': 'Over budget' },
  'over-completion': { 'zh-CN': '超额完成', 'en-US': 'Over-completion' },
  'rate-mismatch': { 'zh-CN': '执行率/得分率不符', 'en-US': 'Rate mismatch' },
  'rate-rounding': { 'zh-CN': '比率舍入', 'en-US': 'Rate rounding' },
  'report-inconsistent': { 'zh-CN': '报告前后不一', 'en-US': 'Report contradicts itself' },
  'report-mismatch': { 'zh-CN': '报告与表不符', 'en-US': 'Report differs from table' },
  'score-mismatch': { 'zh-CN': '得分不符', 'en-US': 'Score mismatch' },
  'score-out-of-range': { 'zh-CN': '得分超出范围', 'en-US': 'Score out of range' },
  'sum-mismatch': { 'zh-CN': '合计不符', 'en-US': 'Sum mismatch' },
  'summary-mismatch': { 'zh-CN': '汇总表不符', 'en-US': 'Roll-up mismatch' },
  'table-unreadable': { 'zh-CN': '表格无法读取', 'en-US': 'Table not readable' },
  'task-total-mismatch': { 'zh-CN': '主要任务合计不符', 'en-US': 'Task total mismatch' },
  'total-mismatch': { 'zh-CN': '总分不符', 'en-US': 'Total mismatch' },
  'weight-mismatch': { 'zh-CN': '分值不符', 'en-US': 'Weight mismatch' },
} satisfies Record<string, Record<Locale, string>>;
