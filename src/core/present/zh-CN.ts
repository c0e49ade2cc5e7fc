// 简体中文：the product's own language, in the words of the 绩效自评表 and of the finance bureaus' rules.
import { formatNumber, formatPercent } from '../text';
import type { ClaimMeasure } from '../values';
import type { Severity } from '../rules';
import type { Wording } from './wording';

const ZH_SEVERITY: Wording['severity'] = { error: '错误', warning: '警告', info: '提示' };

/** What the 校验结果 sheet asks of each group. */
const ZH_GROUP_HINTS: Record<Severity, string> = { error: '（提交前须改正）', warning: '（请核对，必要时改正或说明）', info: '（供参考）' };

const ZH_MEASURES: Record<ClaimMeasure, string> = {
  initial: '年初预算数', adjusted: '调整预算数', budget: '预算数', executed: '预算执行数', received: '实际到位资金', balance: '结余资金',
  income: '收入', rate: '预算执行率', ratio: '收支比率', count: '项目个数', score: '自评得分', averageScore: '平均得分', grade: '自评等级',
};

const SUBJECTS: Wording['subject'] = (kind, name) => {
  switch (kind) {
    case 'task-budget':
      return `${name} 的预算资金`;
    case 'task-executed':
      return `${name} 的预算执行数`;
    case 'task-rate':
      return `${name} 的预算执行率`;
    case 'row-initial':
      return `${name} 的年初预算数`;
    case 'row-adjusted':
      return `${name} 的调整/全年预算数`;
    case 'row-executed':
      return `${name} 的执行数`;
    case 'row-rate':
      return `${name || '预算'} 的预算执行率`;
    case 'row-weight':
      return `${name} 的分值`;
    case 'row-score':
      return `${name} 的预算执行得分`;
    case 'indicator-actual':
      return `指标“${name}”的实际完成值`;
    case 'indicator-weight':
      return `指标“${name}”的分值`;
    case 'indicator-score':
      return `指标“${name}”的得分`;
    case 'indicator-coefficient':
      return `指标“${name}”的得分系数`;
    case 'summary-weight':
      return `得分情况表中“${name}”的权重分值`;
    case 'summary-score':
      return `得分情况表中“${name}”的得分`;
    case 'summary-rate':
      return `得分情况表中“${name}”的得分率`;
    case 'total':
      return '自评总分';
    case 'grade':
      return '自评等级';
    case 'rollup-rate':
      return `汇总表中“${name}”的执行率`;
    case 'rollup-grade':
      return `汇总表中“${name}”的等级`;
    case 'rollup-total':
      return `汇总表“${name}”行`;
    case 'rollup-average':
      return `汇总表“${name}”行的平均得分`;
  }
};

export const zhCN: Wording = {
  // Chinese prose quotes table text where the sentence needs it (指标“…”), in the message itself.
  quote: (t) => t,
  cellText: (t) => t,
  blank: '（空）',
  sentence: (t) => t,
  severity: ZH_SEVERITY,
  tableKind: { department: '部门整体绩效自评表', project: '项目支出绩效自评表' },
  terms: {
    initial: '年初预算数',
    adjusted: '调整/全年预算数',
    executed: '执行数',
    sources: '资金来源',
    structure: '资金结构',
    'budget-execution': '预算执行',
    'tier-met': '达成年度指标',
    'tier-partly': '部分达成年度指标并具有一定效果',
    'tier-missed': '未达成年度指标且效果较差',
    'tier-range-met': '80%–100%',
    'tier-range-partly': '60%（含）–80%',
    'tier-range-missed': '0–60%',
    'tables-project': '项目支出绩效自评表',
    'tables-department': '部门整体绩效自评表',
    'tables-any': '绩效自评表',
  },
  subject: SUBJECTS,
  calculation(c, show) {
    switch (c.kind) {
      case 'quotient':
        return `${show(c.numerator)} ÷ ${show(c.denominator)}`;
      case 'budget-score':
        return `执行率 ${show(c.rate)}（${show(c.executed)} ÷ ${show(c.budget)}），min(执行率, 100%) × ${show(c.weight)}`;
      case 'indicator-score': {
        const [A, B, w, T] = [show(c.A), show(c.B), show(c.w), c.target.text];
        switch (c.rule) {
          case 'met':
            return `实际 ${B} 达到目标 ${T}，得满分 ${w}`;
          case 'short':
            return `实际 ${B} 未达目标 ${T}：${B} ÷ ${A} × ${w}`;
          case 'over-ratio':
            return `实际 ${B} 超过目标 ${T}：${A} ÷ ${B} × ${w}`;
          case 'over-linear':
            return `实际 ${B} 超过目标 ${T}：${w} × (1 − (${B} − ${A}) ÷ ${A})`;
          case 'over-double':
            return `实际 ${B} 达到目标 ${T} 的 2 倍及以上，得 0 分`;
          case 'zero':
            return `实际 ${B} 未达目标 ${T}，得 0 分`;
        }
        break;
      }
      case 'group-rows':
        return `${c.group.text} 各三级指标得分之和`;
      case 'budget-execution-score':
        return '预算执行得分';
      case 'rows-above':
        return '上列各项得分之和';
      case 'sum-of-parts':
        return `各项得分之和：${show(c.parts)}`;
      case 'grade-bands':
        return `总分 ${show(c.total)} 按等级分档 ${c.bands.map((b) => `${show(b.min)} 分以上为${b.label.text}`).join('、')}`;
      case 'listed-sum':
        return `所列 ${show(c.count)} 张自评表的${c.column.text}之和`;
      case 'mean':
        return `${show(c.count)} 个得分之和 ${show(c.sum)} ÷ ${show(c.count)}`;
      case 'weighted-mean':
        return `${show(c.count)} 个得分按预算数加权平均`;
    }
  },
  note(n, show) {
    switch (n.kind) {
      case 'none':
        return '';
      case 'formula':
        return '（该单元格是公式，重算不改写，请检查公式）';
      case 'recalc-writes':
        return `；其他更正后重算为 ${show(n.value)}`;
      case 'rules-give':
        return `，按规则应为 ${show(n.value)}`;
      case 'table-recalculated':
        return `（表中填 ${show(n.entered)}，重算后为 ${show(n.value)}）`;
    }
  },
  claimAbout(c) {
    const subject = c.subject === null ? '' : c.name;
    const measure = c.measure === null ? '' : c.measure === 'rate' && c.subject === 'sangong' ? '控制率' : ZH_MEASURES[c.measure];
    return subject && measure ? `${subject}的${measure}` : subject || measure;
  },
  reportPlace: (p) => (p.paragraph !== undefined ? `第 ${p.paragraph} 段` : `${p.sheet ?? ''} ${p.cell ?? ''} 单元格`),
  written: (w) => (w.wan !== null ? `${w.text}（${formatNumber(w.wan, 6)} 万元）` : w.text),
  measured: (m) =>
    m.unit === 'percent' ? formatPercent(m.value, 2) : m.unit === 'wan' ? `${formatNumber(m.value, 4)} 万元` : m.unit === 'count' ? `${formatNumber(m.value, 0)} 个` : `${formatNumber(m.value, 2)} 分`,
  reportSource: (file, place, excerpt) => `（${file} ${place}：“${excerpt}”）`,
  reportHeader: ['序号', '严重程度', '规则', '编号', '工作表', '单元格', '说明', '应为', '表中为'],
  reportGroup: (severity, count) => `${ZH_SEVERITY[severity]} ${count} 处${ZH_GROUP_HINTS[severity]}`,
  reportEmpty: '未发现需要处理的问题',
  changeHeader: ['序号', '工作表', '单元格', '原值', '新值', '原因'],
  changeWhy: (why) =>
    why.type === 'finding'
      ? `${why.rule}：${why.message}`
      : why.type === 'filled'
        ? `${why.subject}原为空，按规则填入${why.calculation ? `（${why.calculation}）` : ''}`
        : `${why.subject}所依据的单元格已更正，随之重算`,
  cli: {
    fileHeader: (file, profile) => `${file}（评分口径 ${profile}）`,
    recalcHeader: (file, profile, output) => `${file}（评分口径 ${profile}）→ ${output}`,
    tableTitle(t) {
      const facts = [
        ...(t.total !== undefined ? [`应得总分 ${t.total}${t.entered !== undefined ? `，表中为 ${t.entered}` : ''}`] : []),
        ...(t.grade !== undefined ? [`等级 ${t.grade}`] : []),
      ];
      const name = t.name ? ` 「${t.name}」` : '';
      return `工作表「${t.sheet}」${t.range} ${t.kind}${name}${facts.length ? `（${facts.join('，')}）` : ''}`;
    },
    outsideTables: '表格以外',
    noFindings: '未发现问题',
    counts: (c) => `错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}`,
    location: (sheet, cell) => `${sheet}!${cell}`,
    finding: (f) => `[${f.severity}] ${f.location} ${f.rule}：${f.message}${f.tags.length ? `（${f.tags.join('；')}）` : ''}`,
    fixable: '可自动修正',
    ignored: (reason) => `已忽略：${reason}`,
    recalcWould: (count, command) => `recalc 可写入 ${count} 处：${command}`,
    outputPlaceholder: '<输出.xlsx>',
    beforeRecalc: (counts) => `重算前发现：${counts}`,
    written: (count) => `已写入 ${count} 处：`,
    write: (location, before, after) => `${location}：${before} → ${after}`,
    nothingWritten: (marks, sheet) => `没有需要改写的数值；${marks ? `已标出 ${marks} 处问题，并` : '已'}写入“${sheet}”工作表`,
    remaining: (count, counts) => `仍需人工处理 ${count} 项（${counts}）：`,
    noneRemaining: '重算后未发现问题：',
    filesChecked: (count, counts, unusable) => `共检查 ${count} 个文件${unusable ? `，其中 ${unusable} 个无法检查` : ''}：${counts}`,
    unusable: (file, reason) => `${file}\n  无法检查：${reason}`,
    cleaned: (file, output, restored, sheets) =>
      restored === 0 && sheets.length === 0
        ? `${file} → ${output}：工作簿中没有 jixiao 留下的标记，副本与原文件内容相同，可直接提交`
        : `${file} → ${output}：已生成提交版，${restored ? `恢复 ${restored} 个单元格的原底色和批注` : '没有需要恢复的单元格'}${sheets.length ? `，删去工作表${sheets.map((s) => `“${s}”`).join('')}` : ''}；重算填入的数值保留`,
    reportSheetElsewhere: (sheet) => `注意，工作簿中已有名为“校验结果”的工作表（不是 jixiao 写的），已原样保留；本次校验结果写在工作表“${sheet}”中`,
    legend: (rules) => `规则：${rules.map((r) => `${r.id}（${r.name}）`).join('，')}；详见 docs/rules.md`,
    reportTitle: (file, r) => `自评报告「${file}」（读到 ${r.paragraphs} 段、${r.tables} 张表，${r.claims} 处数字）`,
    reportLocation: (file, place) => `${file} ${place}`,
    excerpt: (t) => `“${t}”`,
    summary: {
      file: (file, tables, counts) => `${file}（${tables} 张表，${counts}）`,
      table: (t) =>
        `  ${t.sheet}「${t.name}」 ${t.budget} / ${t.executed} 万元${t.rate ? `（${t.rate}）` : ''} 得分 ${t.score} ${t.grade} ${t.ready ? '可提交' : '需修改'}`,
      totals: (t) =>
        `${t.count} 张表，年初预算 ${t.initial} 万元，全年预算 ${t.adjusted} 万元，执行 ${t.executed} 万元${t.rate ? `（${t.rate}）` : ''}，` +
        `平均得分 ${t.average}${t.weighted ? `（按预算加权 ${t.weighted}）` : ''}；${t.grades}`,
      grand: (totals) => `合计：${totals}`,
      kind: (kind, totals) => `  其中${kind === 'project' ? '项目支出' : '部门整体'}：${totals}`,
      written: (output) => `汇总表已写入 ${output}`,
      progress: (done, total, errors, file) => `汇总 ${done}/${total} · 错误 ${errors} · ${file}`,
    },
  },
};
