import { FakeExcel, type FakeRequestContext } from '../fakes/excel';
import { addLargeSeed002Sheet, addSeed002Sheet } from '../fakes/seed002';
import { ExcelHost, type ExcelHostOptions, type ExcelRun } from '../../src/excel/host';
import { standInAnalyze } from './standin';

export function fakeRun(excel: FakeExcel): ExcelRun {
  return (batch, options) => excel.run((ctx: FakeRequestContext) => batch(ctx as unknown as Excel.RequestContext), options ?? {});
}

export function hostOver(excel: FakeExcel, options: Partial<ExcelHostOptions> = {}): ExcelHost {
  return new ExcelHost({
    run: fakeRun(excel),
    capabilities: { notes: excel.apiMinor >= 18, undoGroup: excel.apiMinor >= 20 },
    analyze: standInAnalyze,
    ...options,
  });
}

/** A workbook like the ones accountants send: a cover sheet, the table, an instructions sheet. */
export function seedWorkbook(options: { apiMinor?: number; rows?: number } = {}) {
  const excel = new FakeExcel({ apiMinor: options.apiMinor });
  excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  const { sheet, layout } = options.rows ? addLargeSeed002Sheet(excel, options.rows) : addSeed002Sheet(excel);
  excel.addSheet('说明', [['本表由财务科填报']]);
  return { excel, sheet, layout };
}
