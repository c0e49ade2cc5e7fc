import { points, text } from '../values';
import { defineRule } from './rule';
import { RULE_NAMES } from './names';

/**
 * A sheet that looks like a self-evaluation table (its title, 项目名称, 指标权重 …) whose budget or indicator block
 * could not be read: say what was found and what is missing, so that a table the engine cannot read never looks
 * like a clean one (domain.md §1.5).
 */
export const tableUnreadable = defineRule({
  id: 'table-unreadable',
  meta: {
    severity: 'error',
    name: RULE_NAMES['table-unreadable'],
    description: {
      'zh-CN': '看起来是绩效自评表的工作表，须读出预算执行和绩效指标两部分',
      'en-US': 'A sheet that looks like a self-evaluation table must yield its budget and indicator blocks',
    },
    messages: {
      'zh-CN': {
        nothing: '本表看起来是绩效自评表（有“{found}”等字样），但未能读出预算执行部分和绩效指标部分，表中数字均未校验；请检查预算表头（年初预算数、全年预算数、全年执行数）和指标表头（三级指标或指标名称、分值、得分）',
        indicators: '本表读出了预算执行部分（{budget}），但未能读出绩效指标部分，指标得分均未校验；请检查指标表头（三级指标或指标名称、分值、得分）',
        budget: '本表读出了 {read} 行绩效指标，但未能读出预算执行部分，预算执行率和得分均未校验；请检查预算表头（年初预算数、全年预算数、全年执行数）',
        partial: '绩效指标部分有 {rows} 行，只读出了 {read} 行，其余各行未校验；请检查这些行的指标名称和分值列',
      },
      'en-US': {
        nothing: 'This sheet looks like a self-evaluation table ({found}) but neither its budget block nor its indicator block could be read; none of its figures was checked',
        indicators: 'The budget block was read ({budget}) but no indicator block; no indicator score was checked',
        budget: '{read} indicator rows were read but no budget block; the execution rate and its score were not checked',
        partial: 'Only {read} of the {rows} rows of the indicator block could be read; the others were not checked',
      },
    },
  },
  create(ctx) {
    const { table } = ctx;
    const r = table.reading;
    const at = { cell: r.anchorCell, related: [], expected: null, actual: null, fixable: false };
    const hasBudget = r.blocks.includes('budget');
    const hasIndicators = r.blocks.includes('indicators');
    if (!hasBudget && !hasIndicators) {
      ctx.report({ ...at, messageId: 'nothing', data: { found: text(r.evidence.slice(0, 3).join('”、“') || '绩效自评表') } });
    } else if (!hasIndicators && r.wholeForm) {
      const labels = table.budgetRows.map((b) => b.label).filter(Boolean).slice(0, 3);
      ctx.report({ ...at, messageId: 'indicators', data: { budget: text(labels.join('、') || `${table.budgetRows.length}`) } });
    } else if (!hasBudget && r.wholeForm) {
      ctx.report({ ...at, messageId: 'budget', data: { read: points(r.indicatorRowsRead) } });
    } else if (hasIndicators && r.indicatorRows > 0 && r.indicatorRowsRead * 2 < r.indicatorRows) {
      ctx.report({ ...at, messageId: 'partial', data: { rows: points(r.indicatorRows), read: points(r.indicatorRowsRead) } });
    }
  },
});
