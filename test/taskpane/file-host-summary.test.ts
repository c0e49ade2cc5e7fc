// File mode's 下载汇总表: the FileHost over the real ExcelJS door, on the bundled samples, builds the same 汇总
// workbook as `jixiao summary -o`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as file from '../../src/file';
import { FileHost, SUMMARY_FILE_NAME } from '../../src/taskpane/file/fileHost';
import { loadWorkbook } from '../cli/workbooks';

const sample = (name: string) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../samples', name))) });

it('two files open: one row per table of both, seed 000’s twelve projects first, and the totals', async () => {
  const host = new FileHost(async () => file, null);
  expect(await host.open([sample('rollup-2021-rongjiang.xlsx'), sample('project-2021-national.xlsx')])).toEqual([]);
  await host.check({});
  expect(host.state().tables).toBe(13);
  const workbook = await loadWorkbook(await host.summaryBytes({}));
  expect(SUMMARY_FILE_NAME).toBe('汇总.xlsx');
  const sheet = workbook.getWorksheet('汇总')!;
  expect(sheet.getCell('A1').value).toBe('绩效自评汇总表（2 个文件，13 张表；金额单位：万元）');
  expect([sheet.getCell('B3').value, sheet.getCell('E3').value]).toEqual(['rollup-2021-rongjiang.xlsx', '办公耗材设备购置经费']);
  expect([sheet.getCell('B15').value, sheet.getCell('E15').value, sheet.getCell('P15').value]).toEqual(['project-2021-national.xlsx', '档案馆建设经费', '可提交']);
  // 222.54 + 329.77 = 552.31 年初预算; 144.86 + 338.31 = 483.17 执行
  expect(sheet.getCell('A16').value).toBe('合计（13 张表）');
  expect([sheet.getCell('G16').value, sheet.getCell('I16').value]).toEqual([552.31, 483.17]);
  // The national project's two warnings (over-budget, over-completion) are listed with their file.
  const issues = workbook.getWorksheet('问题清单')!;
  expect(issues.getColumn(2).values.slice(2)).toEqual(['project-2021-national.xlsx', 'project-2021-national.xlsx']);
});
