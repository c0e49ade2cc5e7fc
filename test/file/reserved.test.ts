// jixiao's own sheets (校验结果, the ledger) are told by the defined names it writes, never by their names alone:
// a person's sheet called 校验结果 is kept and read, and a forged jixiao_marks sheet restores nothing.
import * as ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/engine';
import { LEDGER_SHEET, LEDGER_SIGNATURE, REPORT_SHEET, REPORT_SIGNATURE, freeSheetName, ownSheets, sheetOfRef, signatureRef } from '../../src/core/marks';
import type { WritePlan } from '../../src/core/report';
import { applyPlan, applyPlanWithStats, readWorkbook, removeMarks } from '../../src/file';
import { loadWorkbook, projectWorkbook, toBytes } from '../cli/workbooks';
import { planOf } from '../support/plans';

jest.setTimeout(30_000); // ExcelJS round trips on two shared cores

const RED = 'FFFFC7CE';
const PURPLE = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7030A0' } } as ExcelJS.Fill;

function markPlan(sheet: string, cell: string): WritePlan {
  return planOf({ marks: [{ sheet, cell, severity: 'error', fill: 'FFC7CE', note: '绩效自评助手：\n[错误] 请核对' }] });
}

describe('signature names', () => {
  it('refer to a sheet as Excel writes a reference, quotes doubled', () => {
    expect(signatureRef("it's 校验")).toBe("'it''s 校验'!$A$1");
    expect(sheetOfRef("'it''s 校验'!$A$1")).toBe("it's 校验");
    expect(sheetOfRef('Sheet1!$A$1:$B$2')).toBe('Sheet1');
    expect(sheetOfRef('#REF!$A$1')).toBeNull(); // how Excel keeps a name whose sheet was deleted
  });

  it('mark a sheet as jixiao’s only where they point, and a ledger only when very hidden', () => {
    const sheets = [
      { name: '自评表', state: 'visible' },
      { name: '校验结果', state: 'visible' },
      { name: '校验结果(2)', state: 'visible' },
      { name: 'jixiao_marks', state: 'visible' },
    ];
    expect(ownSheets([], sheets)).toEqual({ report: null, ledger: null, changes: null });
    const names = [
      { name: REPORT_SIGNATURE, refs: ["'校验结果(2)'!$A$1"] },
      { name: LEDGER_SIGNATURE, refs: ["'jixiao_marks'!$A$1"] },
    ];
    expect(ownSheets(names, sheets)).toEqual({ report: '校验结果(2)', ledger: null, changes: null }); // a visible ledger is no ledger
    expect(ownSheets(names, sheets.map((s) => (s.name === 'jixiao_marks' ? { ...s, state: 'veryHidden' } : s)))).toEqual({ report: '校验结果(2)', ledger: 'jixiao_marks', changes: null });
  });

  it('free names go (2), (3)… without regard to case, as Excel compares sheet names', () => {
    expect(freeSheetName('校验结果', ['自评表'])).toBe('校验结果');
    expect(freeSheetName('校验结果', ['校验结果', '校验结果(2)'])).toBe('校验结果(3)');
    expect(freeSheetName('jixiao_marks', ['JIXIAO_MARKS'])).toBe('jixiao_marks(2)');
  });
});

describe('a person’s own 校验结果 sheet', () => {
  async function withOwnReportSheet(): Promise<Uint8Array> {
    const workbook = await loadWorkbook((await projectWorkbook()).bytes);
    const own = workbook.addWorksheet(REPORT_SHEET);
    own.addRows([['科室自查记录'], ['2022-03-01', '已核对资金来源']]);
    return toBytes(workbook);
  }

  it('is read like any other sheet and kept; the report goes to 校验结果(2), and twice is once', async () => {
    const input = await withOwnReportSheet();
    const read = await readWorkbook(input);
    expect(read.grids.map((g) => g.sheet)).toEqual(['封面', '档案馆建设经费', REPORT_SHEET]);
    expect(read.hasReportSheet).toBe(false);

    const analysis = analyzeWorkbook(read.grids);
    expect(analysis.plan.reportSheet.name).toBe('校验结果(2)');
    const once = await applyPlanWithStats(input, analysis.plan);
    expect(once.stats.reportSheet).toBe('校验结果(2)');
    const out = await loadWorkbook(once.bytes);
    expect(out.worksheets.map((w) => w.name)).toEqual(['封面', '档案馆建设经费', REPORT_SHEET, '校验结果(2)', LEDGER_SHEET]);
    expect(out.getWorksheet(REPORT_SHEET)!.getCell('B2').value).toBe('已核对资金来源');
    expect(out.getWorksheet('校验结果(2)')!.getCell('A1').value).toBe('序号');

    // The second run knows 校验结果(2) as its own (signed) and the person's 校验结果 as theirs.
    const again = await readWorkbook(once.bytes);
    expect(again.grids.map((g) => g.sheet)).toEqual(['封面', '档案馆建设经费', REPORT_SHEET]);
    expect(again.hasReportSheet).toBe(true);
    const twice = await applyPlanWithStats(once.bytes, analyzeWorkbook(again.grids).plan);
    expect(twice.stats.reportSheet).toBe('校验结果(2)');
    expect((await loadWorkbook(twice.bytes)).worksheets.map((w) => w.name)).toEqual(out.worksheets.map((w) => w.name));

    // Removing the marks removes jixiao's sheets only.
    const cleaned = await loadWorkbook(await removeMarks(twice.bytes));
    expect(cleaned.worksheets.map((w) => w.name)).toEqual(['封面', '档案馆建设经费', REPORT_SHEET]);
    expect(cleaned.getWorksheet(REPORT_SHEET)!.getCell('A1').value).toBe('科室自查记录');
    expect(cleaned.definedNames.model).toEqual([]);
  });

  it('is checked when it holds a table: a sheet is not skipped for its name', async () => {
    const workbook = await loadWorkbook((await projectWorkbook()).bytes);
    workbook.getWorksheet('档案馆建设经费')!.name = REPORT_SHEET;
    const read = await readWorkbook(await toBytes(workbook));
    const analysis = analyzeWorkbook(read.grids);
    expect(analysis.report.tables.map((t) => t.sheet)).toEqual([REPORT_SHEET]);
    // executed 338.31 of 329.77 (domain.md §3, over-budget)
    expect(analysis.report.findings.some((f) => f.rule === 'over-budget' && f.sheet === REPORT_SHEET)).toBe(true);
  });
});

describe('a forged jixiao_marks sheet', () => {
  async function forged(state: ExcelJS.WorksheetState): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('自评表');
    sheet.getCell('B3').value = 9;
    sheet.getCell('B3').fill = PURPLE;
    // Claims B3's "original" fill was none and its note "已审核": trusting it would wipe the purple fill.
    workbook.addWorksheet(LEDGER_SHEET, { state }).addRows([
      ['sheet', 'cell', 'originalFill', 'originalNote'],
      ['自评表', 'B3', '', '已审核'],
    ]);
    return toBytes(workbook);
  }

  it.each(['visible', 'veryHidden'] as const)('(%s, without jixiao’s signature) restores nothing and is kept', async (state) => {
    const input = await forged(state);
    const read = await readWorkbook(input);
    expect(read.ledger).toEqual([]);
    expect(read.grids.map((g) => g.sheet)).toEqual(['自评表', LEDGER_SHEET]);

    const out = await loadWorkbook(await applyPlan(input, markPlan('自评表', 'C4')));
    expect(out.getWorksheet('自评表')!.getCell('B3').fill).toEqual(PURPLE);
    expect(out.getWorksheet('自评表')!.getCell('B3').note).toBeUndefined();
    expect(out.getWorksheet('自评表')!.getCell('C4').fill).toMatchObject({ fgColor: { argb: RED } });
    // jixiao's own ledger goes beside the forged one, which stays as it was
    expect(out.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['自评表', 'visible'],
      [LEDGER_SHEET, state],
      [REPORT_SHEET, 'visible'],
      ['jixiao_marks(2)', 'veryHidden'],
    ]);
    expect(out.getWorksheet(LEDGER_SHEET)!.getCell('D2').value).toBe('已审核');
  });

  it('made visible after jixiao wrote it is no longer trusted', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('自评表').getCell('C4').value = 1;
    const marked = await loadWorkbook(await applyPlan(await toBytes(workbook), markPlan('自评表', 'C4')));
    expect((await readWorkbook(await toBytes(marked))).ledger.map((e) => e.cell)).toEqual(['C4']);
    marked.getWorksheet(LEDGER_SHEET)!.state = 'visible';
    expect((await readWorkbook(await toBytes(marked))).ledger).toEqual([]);
  });
});
