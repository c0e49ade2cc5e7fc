// What cells hold, as the Excel door reads and marks them: text that starts with "=", cached formula results, error
// values, dates, and threaded comments on marked cells.
import { formulaAt, valueAt, formatAt, NOTE_PREFIX } from '../../src/core';
import { WorkbookLayout, readWorkbook, workbookGrids } from '../../src/excel/read';
import { detectCapabilities } from '../../src/excel/capabilities';
import { FakeExcel, type FakeOfficeError } from '../fakes/excel';
import { hostOver, seedWorkbook } from './helpers';

const SHEET = '部门整体绩效自评表';
const OPTIONS = { profile: 'national' as const };

async function grids(excel: FakeExcel) {
  const read = await readWorkbook(excel.context() as unknown as Excel.RequestContext, new WorkbookLayout(), detectCapabilities(excel, excel.library));
  return workbookGrids(read);
}

describe('cell contents as the engine sees them', () => {
  it('text typed as "=4辆" is text; a formula is a formula with its cached result', async () => {
    const { excel, sheet } = seedWorkbook();
    // A target typed as text (the cell formatted 文本 first), and 自评得分 as a formula whose last result was 98.
    sheet.cells.set('D24', { value: '=4辆', numberFormat: '@' });
    sheet.cells.set('G4', { value: 98, formula: '=SUM(I17,H22:H46)' });
    const grid = (await grids(excel)).find((g) => g.sheet === SHEET)!;
    expect([valueAt(grid, 23, 3), formulaAt(grid, 23, 3)]).toEqual(['=4辆', null]);
    expect([valueAt(grid, 3, 6), formulaAt(grid, 3, 6)]).toEqual([98, '=SUM(I17,H22:H46)']);
  });

  it('a recalculation leaves "=4辆" as the text it is, and undo writes text back as text', async () => {
    const { excel, sheet } = seedWorkbook({ apiMinor: 19 });
    sheet.cells.set('D24', { value: '=4辆', numberFormat: '@' });
    // 任务 2's rate typed as text "+23.36%": the stand-in rewrites it; undo must put back text, not a formula.
    sheet.cells.set('I9', { value: '+23.36%' });
    const host = hostOver(excel);
    await host.recalc(OPTIONS);
    expect(excel.cell(SHEET, 'D24')).toEqual({ value: '=4辆', numberFormat: '@' });
    expect(excel.cell(SHEET, 'I9')?.value).toBe(0.2335);
    await host.undoLastRecalc();
    expect(excel.cell(SHEET, 'I9')).toEqual({ value: '+23.36%' });
    expect(excel.cell(SHEET, 'D24')).toEqual({ value: '=4辆', numberFormat: '@' });
  });

  it('error results read as their text, dates as serial numbers with their format', async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet('表');
    s.cells.set('A1', { value: '#DIV/0!', formula: '=B1/C1', error: true });
    s.cells.set('A2', { value: 44561, numberFormat: 'yyyy"年"m"月"d"日"' }); // 2021-12-31
    const context = excel.context();
    const range = context.workbook.worksheets.getItem('表').getRange('A1:A2');
    range.load('values,valueTypes');
    await context.sync();
    expect(range.values).toEqual([['#DIV/0!'], [44561]]);
    expect(range.valueTypes).toEqual([['Error'], ['Double']]);
    const [grid] = await grids(excel);
    expect([valueAt(grid, 0, 0), formulaAt(grid, 0, 0)]).toEqual(['#DIV/0!', '=B1/C1']);
    expect([valueAt(grid, 1, 0), formatAt(grid, 1, 0)]).toEqual([44561, 'yyyy"年"m"月"d"日"']);
  });
});

describe('a threaded comment on a marked cell', () => {
  it('Excel takes a note or a thread per cell: the fake refuses a note beside a thread', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.comments.set('I28', '请补充未完成原因');
    const context = excel.context();
    context.workbook.worksheets.getItem(SHEET).notes.add('I28', '说明');
    expect(((await context.sync().catch((e: unknown) => e)) as FakeOfficeError).code).toBe('InvalidOperation');
  });

  it('the mark is the fill alone there: the thread stays, the recalculation goes through, 清除标记 restores the fill', async () => {
    const { excel, sheet } = seedWorkbook();
    sheet.comments.set('I28', '请补充未完成原因');
    const host = hostOver(excel);
    await host.check(OPTIONS);
    const before = excel.syncCount;
    await host.recalc(OPTIONS);
    // Read, a probe for where the thread sits, apply.
    expect(excel.syncCount - before).toBe(3);
    expect(host.lastRecalc?.notesSkipped).toBe(1);
    expect(excel.cell(SHEET, 'I28')?.fill).toBe('FFEB9C');
    expect(excel.sheet(SHEET).notes.has('I28')).toBe(false);
    expect(excel.sheet(SHEET).notes.get('I17')).toBe(`${NOTE_PREFIX}\n得分应为 10`);
    expect(excel.sheet(SHEET).comments.get('I28')).toBe('请补充未完成原因');
    expect(JSON.parse(excel.settings.get('jixiao.ledger') as string).map((r: string[]) => r[1])).toEqual(['cell', 'I17', 'I28']);
    await host.clearMarks();
    expect(excel.cell(SHEET, 'I28')?.fill).toBeUndefined();
    expect(excel.sheet(SHEET).notes.size).toBe(0);
    expect(excel.sheet(SHEET).comments.get('I28')).toBe('请补充未完成原因');
  });
});
