// The 汇总 workbook read back with ExcelJS: what a person opening it sees and what prints.
import { NATIONAL_GRADE_BANDS } from '../../src/core';
import { buildSummary, type FileFinding, type SummaryRow } from '../../src/core/rollup';
import { buildSummaryWorkbook } from '../../src/file/summary-workbook';
import { loadWorkbook } from '../cli/workbooks';

const row = (over: Partial<SummaryRow>): SummaryRow => ({
  file: '收件/章贡区.xlsx', sheet: '公车租赁费', kind: 'project', cell: 'A1', name: '公车租赁费', department: '章贡区党政办公室',
  budgetInitial: 24, budgetAdjusted: 24, executed: 18.24, rate: 0.76, score: 97.6, grade: '优', errors: 0, warnings: 0, infos: 0, status: '可提交',
  ...over,
});

const issue: FileFinding = {
  file: '收件/南康区.xlsx', rule: 'total-mismatch', severity: 'error', sheet: '档案馆建设经费', cell: 'H20', related: [],
  message: '自评总分应为 99.56（各项得分之和），表中为 100', expected: 99.56, actual: 100, fixable: true,
};

async function workbook() {
  const { report, issues } = buildSummary(
    [
      { file: '收件/章贡区.xlsx', rows: [row({})], issues: [], rollupFindings: [] },
      { file: '收件/南康区.xlsx', rows: [row({ file: '收件/南康区.xlsx', sheet: '档案馆建设经费', name: '档案馆建设经费', budgetInitial: 35, budgetAdjusted: 35, executed: 33.47, rate: 0.956286, score: 99.56, errors: 1, status: '需修改' })], issues: [issue], rollupFindings: [] },
      { file: '收件/坏.xlsx', error: '收件/坏.xlsx：不是 Excel 工作簿（.xlsx）文件' },
    ],
    NATIONAL_GRADE_BANDS,
  );
  return loadWorkbook(await buildSummaryWorkbook(report, issues));
}

it('汇总: title, zh-CN header in row 2, a row per table in 万元 / 0.00%, then the totals', async () => {
  const sheet = (await workbook()).getWorksheet('汇总')!;
  expect(sheet.getCell('A1').value).toBe('绩效自评汇总表（2 个文件，2 张表；金额单位：万元）');
  expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
    '序号', '文件', '工作表', '类型', '名称', '主管部门', '年初预算数', '全年预算数', '执行数', '执行率', '自评得分', '等级', '错误', '警告', '提示', '状态',
  ]);
  expect(['E3', 'G3', 'I3', 'J3', 'K3', 'P3'].map((a) => sheet.getCell(a).value)).toEqual(['公车租赁费', 24, 18.24, 0.76, 97.6, '可提交']);
  expect(['G3', 'J3', 'K3'].map((a) => sheet.getCell(a).numFmt)).toEqual(['#,##0.00', '0.00%', '0.00']);
  expect(sheet.getCell('P4').value).toBe('需修改');
  expect(sheet.getCell('P4').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  // 合计: 24 + 35 = 59; 18.24 + 33.47 = 51.71; 51.71 ÷ 59 = 87.64%; (97.6 + 99.56) ÷ 2 = 98.58
  expect(sheet.getCell('A5').value).toBe('合计（2 张表）');
  expect(['G5', 'I5', 'J5', 'K5'].map((a) => sheet.getCell(a).value)).toEqual([59, 51.71, 0.876441, 98.58]);
  // (97.6 × 24 + 99.56 × 35) ÷ 59 = (2342.4 + 3484.6) ÷ 59 = 98.76
  expect(sheet.getCell('K6').value).toBe(98.76);
  expect(sheet.getCell('G7').value).toBe('优 2 张　良 0 张　中 0 张　差 0 张');
  expect(sheet.getCell('B10').value).toContain('坏.xlsx');
});

it('汇总 and 问题清单: frozen header, autofilter, A4 landscape fitted to the width with the header repeated', async () => {
  const wb = await workbook();
  const summary = wb.getWorksheet('汇总')!;
  expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(summary.autoFilter).toBe('A2:P4');
  expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
  expect(summary.getColumn(5).width).toBe(30);
  const issues = wb.getWorksheet('问题清单')!;
  expect((issues.getRow(2).values as unknown[]).slice(1)).toEqual([1, '收件/南康区.xlsx', '档案馆建设经费', 'H20', '错误', 'total-mismatch', issue.message, '99.56', '100']);
  expect(issues.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(issues.autoFilter).toBe('A1:I2');
  expect(issues.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
});
