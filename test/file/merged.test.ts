// The .xlsx door on a score cell merged over three rows (test/core/parse.test.ts 'a score cell merged over three
// rows'; the Excel door's case is in test/excel/merges.test.ts): recalc writes into the merged area's top-left only,
// and a second recalc writes nothing.
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core';
import { applyPlan, readWorkbook } from '../../src/file';

// 80 人次 against ≥100 人次 with weight 20 scores 80 ÷ 100 × 20 = 16; the table says 20 in G2, merged over G2:G4.
async function mergedScore(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标');
  sheet.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']);
  sheet.getCell('G2').value = 20;
  sheet.getRow(3).values = ['产出指标', '数量指标', '培训人次', '≥100人次', 80, 20];
  sheet.mergeCells('G2:G4');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('.xlsx door: a score cell merged over three rows', () => {
  it('reads the merge, writes 16 into G2, and a second recalc writes nothing', async () => {
    const { grids } = await readWorkbook(await mergedScore());
    expect(grids[0].merges).toEqual(['G2:G4']);
    const first = analyzeWorkbook(grids, {});
    expect(first.plan.writes.map((w) => [w.cell, w.after])).toEqual([['G2', 16]]);
    const out = await applyPlan(await mergedScore(), first.plan);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(out as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('指标')!;
    expect(sheet.getCell('G2').value).toBe(16);
    // G3 and G4 are still the merged area's hidden cells: no value of their own.
    expect([sheet.getCell('G3').type, sheet.getCell('G4').type]).toEqual([ExcelJS.ValueType.Merge, ExcelJS.ValueType.Merge]);

    const again = analyzeWorkbook((await readWorkbook(out)).grids, {});
    expect(again.plan.writes).toEqual([]);
    expect(again.report.tables[0].groups.map((g) => [g.name, g.score])).toEqual([['产出指标', 16]]);
  });
});
