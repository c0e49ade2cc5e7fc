import { FakeExcel, type FakeOptions, type FakeRequestContext } from '../fakes/excel';
import { addLargeSeed002Sheet, addSeed002Sheet } from '../fakes/seed002';
import { detectCapabilities } from '../../src/excel/capabilities';
import { ExcelHost, type ExcelHostOptions, type ExcelRun } from '../../src/excel/host';
import { standInAnalyze } from './standin';

export function fakeRun(excel: FakeExcel): ExcelRun {
  return (batch, options) => excel.run((ctx: FakeRequestContext) => batch(ctx as unknown as Excel.RequestContext), options ?? {});
}

/** An ExcelHost over the fake, its abilities detected the way the real one detects them: host and library both. */
export function hostOver(excel: FakeExcel, options: Partial<ExcelHostOptions> = {}): ExcelHost {
  return new ExcelHost({
    run: fakeRun(excel),
    capabilities: detectCapabilities(excel, excel.library),
    documentSettings: excel.documentSettings(),
    analyze: standInAnalyze,
    ...options,
  });
}

/** A workbook like the ones accountants send: a cover sheet, the table, an instructions sheet. */
export function seedWorkbook(options: FakeOptions & { rows?: number } = {}) {
  const excel = new FakeExcel(options);
  excel.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  const { sheet, layout } = options.rows ? addLargeSeed002Sheet(excel, options.rows) : addSeed002Sheet(excel);
  excel.addSheet('说明', [['本表由财务科填报']]);
  return { excel, sheet, layout };
}
