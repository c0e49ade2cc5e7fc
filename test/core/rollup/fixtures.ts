// A department's workbook on plain data: three project tables (domain.md §1.2 layout of test/core/helpers.ts, one
// of them in 元) and a 项目支出绩效自评汇总表 listing them. Every figure below is worked out by hand in its comment.
import type { CellValue, Grid } from '../../../src/core';
import { fromDense } from '../../support/dense';
import { correctProject, patch, projectGrid } from '../helpers';

/** 100 / 100 / 95 → 95% → 9.5; + 88 of the indicators = 97.5 优 (correctProject). */
export const archive = () => projectGrid(correctProject({ sheet: '档案数字化建设项目' }));

/** 24 / 24 / 18.24 → 76% → 7.6; + 88 = 95.6 优. */
export const car = (totalEntered = 95.6) =>
  projectGrid(correctProject({
    sheet: '公车租赁费', name: '公车租赁费', total: [24, 24, 18.24], fiscal: [24, 24, 18.24], budgetRate: 0.76, budgetScore: 7.6,
    fiscalRate: 0.76, totalRow: [100, totalEntered],
  }));

/** In 元: 150,000 / 150,000 / 12,000 元 = 15 / 15 / 1.2 万元 → 8% → 0.8; + 88 = 88.8 良. */
export const investment = () =>
  patch(
    projectGrid(correctProject({
      sheet: '招商引资专项经费', name: '招商引资专项经费', total: [150000, 150000, 12000], fiscal: [150000, 150000, 12000],
      budgetRate: 0.08, budgetScore: 0.8, fiscalRate: 0.08, totalRow: [100, 88.8], grade: '良',
    })),
    { A4: '项目资金（元）' },
  );

export const ROLLUP_SHEET = '项目汇总表';

export type RollupRow = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];

/** Rows 4–6 list the projects, row 7 is 合计, row 8 平均得分; columns A 序号 … H 自评等级. */
export function rollupRows(): RollupRow[] {
  return [
    [1, '档案数字化建设项目', 100, 100, 95, 0.95, 97.5, '优'],
    [2, '公车租赁费', 24, 24, 18.24, 0.76, 95.6, '优'],
    [3, '招商引资专项', 15, 15, 1.2, 0.08, 88.8, '良'], // the table says 招商引资专项经费, in 元
    // 100 + 24 + 15 = 139; 95 + 18.24 + 1.2 = 114.44; 114.44 ÷ 139 = 82.33%
    ['合计（共3个项目）', null, 139, 139, 114.44, 0.8233, null, null],
    // (97.5 + 95.6 + 88.8) ÷ 3 = 281.9 ÷ 3 = 93.97
    ['平均得分', null, null, null, null, null, 93.97, null],
  ];
}

export function rollupGrid(rows: RollupRow[] = rollupRows(), unit = '单位：万元'): Grid {
  const values: CellValue[][] = [
    ['某区党政办公室2021年度项目支出绩效自评汇总表'],
    [null, null, null, null, null, null, null, unit],
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'],
    ...rows,
  ];
  const formats = values.map((_, r) => (r >= 3 ? [null, null, null, null, null, '0.00%'] : []));
  return fromDense({ sheet: ROLLUP_SHEET, values, formats });
}

/** The roll-up first, then its tables, as departments hand them in. */
export const department = (rows?: RollupRow[], tables: Grid[] = [archive(), car(), investment()]) => [rollupGrid(rows), ...tables];

/** The roll-up with one cell changed ("E5" style, 1-based as in Excel). */
export function rollupWith(cells: Record<string, CellValue>): RollupRow[] {
  const rows = rollupRows();
  for (const [address, value] of Object.entries(cells)) {
    const m = /^([A-H])(\d+)$/.exec(address)!;
    rows[Number(m[2]) - 4][m[1].charCodeAt(0) - 65] = value;
  }
  return rows;
}
