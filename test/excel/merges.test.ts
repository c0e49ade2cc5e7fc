// Merged areas in the Excel door: read with getMergedAreasOrNullObject (ExcelApi 1.13), so the engine names only
// top-left cells, and the door never writes, fills or notes any other cell of a merged area.
import { analyzeWorkbook, mergeAnchor } from '../../src/core';
import { WorkbookLayout, readWorkbook, workbookGrids } from '../../src/excel/read';
import { detectCapabilities } from '../../src/excel/capabilities';
import type { Analysis } from '../../src/core';
import { FakeExcel, type FakeOfficeError } from '../fakes/excel';
import { hostOver } from './helpers';

// test/core/parse.test.ts 'a score cell merged over three rows': the indicator's figures sit in row 3, its 得分 is
// merged over G2:G4 and holds 20 in G2. 80 人次 against ≥100 人次 with weight 20 scores 80 ÷ 100 × 20 = 16.
const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

function mergedScore(apiMinor = 20): FakeExcel {
  const excel = new FakeExcel({ apiMinor });
  excel.addSheet('指标', [HEADER, [null, null, null, null, null, null, 20], ['产出指标', '数量指标', '培训人次', '≥100人次', 80, 20, null]]);
  excel.merge('指标', 'G2:G4');
  return excel;
}

describe('a score cell merged over three rows, in Excel', () => {
  it('reads the merged areas into the grid, so the score is the top-left cell G2', async () => {
    const excel = mergedScore();
    const read = await readWorkbook(excel.context() as unknown as Excel.RequestContext, new WorkbookLayout(), detectCapabilities(excel, excel.library));
    const [grid] = workbookGrids(read);
    expect(grid.merges).toEqual(['G2:G4']);
    expect(mergeAnchor(grid, 2, 6)).toEqual({ row: 1, col: 6 });
  });

  it('writes 16 into G2 only, and a second recalculation writes nothing and counts the score once', async () => {
    const excel = mergedScore();
    const host = hostOver(excel, { analyze: analyzeWorkbook });
    const [first] = await host.recalc({});
    expect(first.analysis.plan.writes.map((w) => [w.cell, w.after])).toEqual([['G2', 16]]);
    expect(excel.cell('指标', 'G2')?.value).toBe(16);
    expect([excel.cell('指标', 'G3'), excel.cell('指标', 'G4')]).toEqual([undefined, undefined]);
    const [second] = await host.recalc({});
    expect(second.analysis.plan.writes).toEqual([]);
    expect(second.analysis.report.tables[0].groups.map((g) => [g.name, g.score])).toEqual([['产出指标', 16]]);
  });

  it('a mark the engine puts on another cell of a merged area lands on its top-left; a write there is left out', async () => {
    const excel = mergedScore();
    // An engine naming G3 for both (what the core did before it knew merges).
    const analyze = (grids: Parameters<typeof analyzeWorkbook>[0]): Analysis => {
      const real = analyzeWorkbook(grids, {});
      const finding = { rule: 'score-mismatch' as const, severity: 'warning' as const, sheet: '指标', cell: 'G3', related: [], message: '得分待核', expected: 16, actual: null, fixable: false };
      return { ...real, plan: { ...real.plan, writes: [{ sheet: '指标', cell: 'G3', before: null, after: 16 }], marks: [{ sheet: '指标', cell: 'G3', severity: 'warning', fill: 'FFEB9C', note: '得分待核' }] } , remaining: [finding] };
    };
    const host = hostOver(excel, { analyze });
    await host.recalc({});
    expect(excel.cell('指标', 'G2')).toEqual({ value: 20, fill: 'FFEB9C' });
    expect(excel.cell('指标', 'G3')).toBeUndefined();
    expect([...excel.sheet('指标').notes.keys()]).toEqual(['G2']);
    expect(host.lastRecalc?.written).toBe(0);
  });

  it('the fake refuses a change to part of a merged area, as Excel refuses to change part of a merged cell', async () => {
    const excel = mergedScore();
    const context = excel.context();
    context.workbook.worksheets.getItem('指标').getRange('G3').values = [[16]];
    const error = (await context.sync().catch((e: unknown) => e)) as FakeOfficeError;
    expect(error.code).toBe('InvalidOperation');
    expect(excel.cell('指标', 'G2')?.value).toBe(20);
  });

  it('an Excel without getMergedAreasOrNullObject (before ExcelApi 1.13) reads no merges and still reads the table', async () => {
    const excel = mergedScore(12);
    const read = await readWorkbook(excel.context() as unknown as Excel.RequestContext, new WorkbookLayout(), detectCapabilities(excel, excel.library));
    expect(read.sheets[0].merges).toBeNull();
    expect(workbookGrids(read)[0].merges).toBeUndefined();
  });
});
