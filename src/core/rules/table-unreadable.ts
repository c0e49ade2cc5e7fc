import type { Rule } from './rule';

/**
 * A sheet that looks like a self-evaluation table (its title, 项目名称, 指标权重 …) whose budget or indicator block
 * could not be read: say what was found and what is missing, so that a table the engine cannot read never looks
 * like a clean one.
 */
export const tableUnreadable: Rule = {
  id: 'table-unreadable',
  severity: 'error',
  description: {
    'zh-CN': '看起来是绩效自评表的工作表，须读出预算执行和绩效指标两部分',
    'en-US': 'A sheet that looks like a self-evaluation table must yield its budget and indicator blocks',
  },
  messages: {
    'zh-CN': {
      nothing: '本表看起来是绩效自评表（有{found}），但未能读出预算执行部分和绩效指标部分，表中数字均未校验；请检查预算表头（年初预算数、全年预算数、全年执行数）和指标表头（三级指标或指标名称、分值、得分）',
      indicators: '本表读出了预算执行部分（{budget}），但未能读出绩效指标部分，指标得分均未校验；请检查指标表头（三级指标或指标名称、分值、得分）',
      budget: '本表读出了 {read} 行绩效指标，但未能读出预算执行部分，预算执行率和得分均未校验；请检查预算表头（年初预算数、全年预算数、全年执行数）',
      partial: '绩效指标部分有 {rows} 行，只读出了 {read} 行，其余各行未校验；请检查这些行的指标名称和分值列',
    },
    'en-US': {
      nothing: 'This sheet looks like a self-evaluation table ({found}) but neither its budget block nor its indicator block could be read; none of its figures was checked',
      indicators: 'The budget block was read ({budget}) but no indicator block; no indicator score was checked',
      budget: '{read} indicator rows were read but no budget block; the execution rate and score were not checked',
      partial: 'Only {read} of the {rows} rows of the indicator block could be read; the others were not checked',
    },
  },
  check(ctx) {
    const { table } = ctx;
    const r = table.reading;
    const report = (messageId: string, data: Record<string, string | number>) =>
      ctx.report({ cell: r.anchorCell, messageId, data, expected: null, actual: null, fixable: false });
    const hasBudget = r.blocks.includes('budget');
    const hasIndicators = r.blocks.includes('indicators');
    if (!hasBudget && !hasIndicators) {
      report('nothing', { found: r.evidence.slice(0, 5).map((t) => `“${t}”`).join('、') || '“绩效自评表”字样' });
    } else if (!hasIndicators && r.wholeForm) {
      report('indicators', { budget: table.budgetRows.map((b) => b.label).filter(Boolean).slice(0, 3).join('、') || `${table.budgetRows.length} 行` });
    } else if (!hasBudget && r.wholeForm) {
      report('budget', { read: r.indicatorRowsRead });
    } else if (hasIndicators && r.indicatorRows > 0 && r.indicatorRowsRead * 2 < r.indicatorRows) {
      report('partial', { rows: r.indicatorRows, read: r.indicatorRowsRead });
    }
  },
};
