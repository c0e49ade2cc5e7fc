// Abilities come from the host's requirement sets AND the loaded office.js: a new Excel with an old library must
// degrade, not fail.
import { LEDGER_SETTING, NOTE_PREFIX, REPORT_SHEET } from '../../src/core';
import { detectCapabilities, libraryHas } from '../../src/excel/capabilities';
import { BUNDLED_LIBRARY, FakeExcel } from '../fakes/excel';
import { hostOver, seedWorkbook } from './helpers';

const SHEET = '部门整体绩效自评表';
const OPTIONS = { profile: 'national' as const };

describe('detectCapabilities', () => {
  it('gives everything where host and library are both current (Microsoft 365 with the CDN library)', () => {
    const excel = new FakeExcel({ apiMinor: 20 });
    expect(detectCapabilities(excel, excel.library)).toEqual({ notes: true, undoGroup: true, merges: true, threadedComments: true, apiUndo: true, pageLayout: true, findAll: true });
  });

  it('host says 1.18, the bundled library (ExcelApi 1.15) lacks notes: no notes, no undo group, merges yes', () => {
    const excel = new FakeExcel({ apiMinor: 18, libraryMinor: BUNDLED_LIBRARY });
    expect(excel.isSetSupported('ExcelApi', '1.18')).toBe(true);
    expect(libraryHas(excel.library.Worksheet, 'notes')).toBe(false);
    // Worksheet.pageLayout is ExcelApi 1.9: both the host and the 1.15 library have it.
    expect(detectCapabilities(excel, excel.library)).toEqual({ notes: false, undoGroup: false, merges: true, threadedComments: true, apiUndo: false, pageLayout: true, findAll: true });
  });

  it('a 1.20 host with the bundled library: Excel would undo API changes, but the library cannot ask for one group', () => {
    const excel = new FakeExcel({ apiMinor: 20, libraryMinor: BUNDLED_LIBRARY });
    expect(detectCapabilities(excel, excel.library)).toMatchObject({ notes: false, undoGroup: false, apiUndo: true });
  });

  it('Excel 2021 (ExcelApi 1.14) with the CDN library: merges, no notes, no undo group', () => {
    const excel = new FakeExcel({ apiMinor: 14 });
    expect(detectCapabilities(excel, excel.library)).toEqual({ notes: false, undoGroup: false, merges: true, threadedComments: true, apiUndo: false, pageLayout: true, findAll: true });
  });

  it('an Excel before ExcelApi 1.13 lists no merged areas', () => {
    const excel = new FakeExcel({ apiMinor: 12 });
    expect(detectCapabilities(excel, excel.library).merges).toBe(false);
  });

  it.each([
    ['print setup', 'pageLayout', 'pageLayout'],
    ['a search of the whole sheet', 'findAllOrNullObject', 'findAll'],
  ] as const)('%s needs Worksheet.%s (ExcelApi 1.9) in the host and in the library', (_what, member, capability) => {
    expect(detectCapabilities(new FakeExcel({ apiMinor: 8 }), new FakeExcel().library)[capability]).toBe(false);
    const oldLibrary = new FakeExcel({ apiMinor: 20, libraryMinor: 8 });
    expect(libraryHas(oldLibrary.library.Worksheet, member)).toBe(false);
    expect(detectCapabilities(oldLibrary, oldLibrary.library)[capability]).toBe(false);
    const both = new FakeExcel({ apiMinor: 9, libraryMinor: 9 });
    expect(detectCapabilities(both, both.library)[capability]).toBe(true);
  });

  it('an isSetSupported that throws, or no Office at all, means nothing optional', () => {
    const throwing = { isSetSupported: () => { throw new Error('not initialised'); } };
    expect(detectCapabilities(throwing, new FakeExcel().library)).toEqual({ notes: false, undoGroup: false, merges: false, threadedComments: false, apiUndo: false, pageLayout: false, findAll: false });
    expect(detectCapabilities(undefined, undefined).notes).toBe(false);
  });
});

describe('a current Excel (ExcelApi 1.18) running the old bundled office.js', () => {
  const oldLibrary = () => seedWorkbook({ apiMinor: 18, libraryMinor: BUNDLED_LIBRARY });

  it('trusting the host alone fails the way the real one does: Worksheet.notes is undefined', async () => {
    const { excel } = oldLibrary();
    const original = excel.dump();
    const host = hostOver(excel, { capabilities: { notes: true, undoGroup: false, merges: true, threadedComments: true, apiUndo: false, pageLayout: true, findAll: true } });
    await expect(host.recalc(OPTIONS)).rejects.toThrow(/Cannot read properties of undefined/);
    // It failed while queuing, before the apply sync: nothing was written.
    expect(excel.dump()).toEqual(original);
  });

  it('checks, recalculates, clears and exports: marks are fills only, still recorded in the ledger', async () => {
    const { excel, sheet } = oldLibrary();
    sheet.cells.get('I17')!.fill = 'FFFF00';
    const host = hostOver(excel);
    const [checked] = await host.check(OPTIONS);
    expect(checked.analysis.report.writes.map((w) => w.cell)).toEqual(['I9', 'I12']);
    await host.recalc(OPTIONS);
    expect(excel.cell(SHEET, 'I12')?.value).toBe(0.143);
    // The stand-in marks I17 (score) and I28 (reason) as warnings: Excel's "Neutral" yellow, no note.
    expect([excel.cell(SHEET, 'I17')?.fill, excel.cell(SHEET, 'I28')?.fill]).toEqual(['FFEB9C', 'FFEB9C']);
    expect(excel.sheet(SHEET).notes.size).toBe(0);
    expect(JSON.parse(excel.settings.get(LEDGER_SETTING) as string)).toEqual([
      ['sheet', 'cell', 'originalFill', 'originalNote'],
      [SHEET, 'I17', 'FFFF00', ''],
      [SHEET, 'I28', '', ''],
    ]);
    // The library cannot send mergeUndoGroup: the pane offers its own undo.
    expect(excel.runs.every((r) => !r.mergeUndoGroup)).toBe(true);
    expect(host.undoState()).toEqual({ available: true, excelUndo: false });
    await host.clearMarks();
    expect(excel.cell(SHEET, 'I17')?.fill).toBe('FFFF00');
    expect(excel.cell(SHEET, 'I28')?.fill).toBeUndefined();
    // The rates were rewritten, so the report lists the two warnings that remain.
    expect((await host.exportReport(OPTIONS)).rows).toBe(2);
    expect(excel.sheet(REPORT_SHEET).cells.get('A1')?.value).toBe('序号');
  });

  it('the same workbook with the CDN library gets its notes', async () => {
    const { excel } = seedWorkbook({ apiMinor: 18 });
    await hostOver(excel).recalc(OPTIONS);
    expect(excel.sheet(SHEET).notes.get('I28')).toBe(`${NOTE_PREFIX}\n得分低于分值，须填写未完成原因`);
  });
});
