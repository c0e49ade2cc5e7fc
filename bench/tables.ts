// Department tables of any size as in-memory Grids, shaped like seed 002 (header, 年度主要任务, 预算情况, 绩效指标
// with merged 一级/二级 labels, 得分情况表), for timing the engine alone.
import { type CellValue, type Grid, gridFromRows } from '../src/core/grid';

/** A 部门整体绩效自评表 with `indicators` weighted indicator rows (so its weights add up to 100 only by chance). */
export function departmentGrid(indicators: number, sheet = '自评表'): Grid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: string[] = [];
  const put = (row: CellValue[], fmt: Record<number, string> = {}): number => {
    values.push(row);
    formats.push(row.map((_, i) => fmt[i] ?? null));
    return values.length; // 1-based row number
  };
  put(['部门整体绩效自评表']);
  put(['部门(单位)名称', '某区某局', null, null, null, '自评得分', 98]);
  put([null, null, null, null, null, '自评结果', '优']);
  const taskHeader = put(['年度主要任务', '任务名称', '主要内容', '预算资金', '其中: 财政资金', '任务完成情况', '预算执行数', '其中: 财政资金', '预算执行率']);
  put([null, '任务 1:', '党务经费', 134.5, 134.5, '完成', 69.64, 69.64, 0.5178], { 8: '0.00%' });
  const lastTask = put([null, '任务 2:', '机要保密局经费', 46.5, 46.5, '完成', 10.86, 10.86, 0.2336], { 8: '0.00%' });
  merges.push(`A${taskHeader}:A${lastTask}`);
  const budgetHeader = put(['预算情况', null, null, '年初预算数', '调整预算数', '预算执行数', '预算执行率', '分值', '得分']);
  put([null, '部门预算总额', null, 1207.96, 1125.54, 1125.54, 1, 10, 10], { 6: '0.00%' });
  put([null, '1、资金来源: (1) 财政性资金', null, 1207.96, 1125.54, 1125.54]);
  put([null, '(2) 其他资金']);
  put([null, '2、资金结构: (1) 基本支出', null, 959.96, 1030.77, 1030.77]);
  const lastBudget = put([null, '(2) 项目支出', null, 248, 94.77, 94.77]);
  merges.push(`A${budgetHeader}:A${lastBudget}`);
  put(['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '实际完成值', '分值', '得分', '未完成原因分析']);

  // 投入管理 20% of the rows, 产出 50%, 效益 the rest; 2 points a row, the group's weight in its label. Every 25th
  // row misses its target yet carries full marks (score-mismatch, deviation-unexplained).
  const counts = [Math.max(1, Math.round(indicators * 0.2)), Math.max(1, Math.round(indicators * 0.5))];
  counts.push(Math.max(1, indicators - counts[0] - counts[1]));
  const names = ['投入管理指标', '产出指标', '效益指标'];
  let n = 0;
  names.forEach((name, g) => {
    const rows = counts[g];
    const weight = 2;
    const first = values.length + 1;
    for (let i = 0; i < rows; i++, n++) {
      const slip = n % 25 === 24;
      const row = put(
        [i === 0 ? `${name}（${rows * weight}分）` : null, i % 10 === 0 ? `二级指标${Math.floor(i / 10) + 1}` : null, `三级指标${n + 1}`, '≥', '90%', slip ? 0.8 : 0.95, weight, weight, null],
        { 5: '0%' },
      );
      if (i % 10 === 9 || i === rows - 1) merges.push(`B${row - (i % 10)}:B${row}`);
    }
    merges.push(`A${first}:A${values.length}`);
  });
  put([]);
  put(['各项指标得分情况表']);
  put(['指标', '权重分值', '得分', '得分率']);
  put(['预算执行', 10, 10, 1], { 3: '0%' });
  put(['合计', 100, 98, 0.98], { 3: '0%' });
  const width = 9;
  for (const row of values) while (row.length < width) row.push(null);
  for (const row of formats) while (row.length < width) row.push(null);
  return gridFromRows(sheet, values, { formats, merges });
}
