// The fake Excel keeps to what Excel documents: these pin the behaviours the adapter's tests rely on.
import { BUNDLED_LIBRARY, FakeExcel, type FakeOfficeError } from './excel';

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as FakeOfficeError);

describe('fake Excel', () => {
  it('an API the library lacks is absent from its objects; one the host lacks fails at sync, after what came before', async () => {
    const old = new FakeExcel({ apiMinor: 20, libraryMinor: BUNDLED_LIBRARY });
    old.addSheet('表', [['a']]);
    expect(old.context().workbook.worksheets.getItem('表').notes).toBeUndefined();

    const oldHost = new FakeExcel({ apiMinor: 12 });
    oldHost.addSheet('表', [['a']]);
    const context = oldHost.context();
    const sheet = context.workbook.worksheets.getItem('表');
    sheet.getRange('B1').values = [['written first']];
    sheet.getRange('A1:B2').getMergedAreasOrNullObject().load('address');
    sheet.getRange('C1').values = [['never written']];
    expect((await failure(context.sync()))?.code).toBe('ApiNotFound');
    expect(oldHost.cell('表', 'B1')?.value).toBe('written first');
    expect(oldHost.cell('表', 'C1')).toBeUndefined();
  });

  it('Worksheet.pageLayout: absent from a library before ExcelApi 1.9, ApiNotFound at sync from a host before it', async () => {
    const oldLibrary = new FakeExcel({ apiMinor: 20, libraryMinor: 8 });
    oldLibrary.addSheet('表');
    expect(oldLibrary.context().workbook.worksheets.getItem('表').pageLayout).toBeUndefined();

    const oldHost = new FakeExcel({ apiMinor: 8 });
    oldHost.addSheet('表');
    const context = oldHost.context();
    const page = context.workbook.worksheets.getItem('表').pageLayout;
    page.orientation = 'Landscape';
    expect((await failure(context.sync()))?.code).toBe('ApiNotFound');
    expect(oldHost.sheet('表').pageLayout).toBeUndefined();

    const current = new FakeExcel();
    current.addSheet('表');
    const c = current.context();
    const layout = c.workbook.worksheets.getItem('表').pageLayout;
    layout.paperSize = 'A4';
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintTitleRows('$1:$1');
    // Nothing happens before the sync; zoom is set as a whole object, and a scale outside 10–400 is refused at once.
    expect(current.sheet('表').pageLayout).toBeUndefined();
    await c.sync();
    expect(current.sheet('表').pageLayout).toEqual({ paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$1:$1' });
    expect(() => (layout.zoom = { scale: 5 })).toThrow(/zoom scale 5/);
  });

  it('merge keeps the upper-left value, refuses to cut a merged area, and unmerge takes areas apart', async () => {
    const excel = new FakeExcel();
    excel.addSheet('表', [['a', 'b', 'c'], ['d', 'e', 'f']]);
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem('表');
    ws.getRange('A1:C1').merge();
    await context.sync();
    expect(excel.sheet('表').merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect([excel.cell('表', 'A1')?.value, excel.cell('表', 'B1')?.value ?? '']).toEqual(['a', '']);
    ws.getRange('B1:C2').merge();
    expect((await failure(context.sync()))?.code).toBe('InvalidOperation');
    ws.getRange('A2:C2').merge(true);
    await context.sync();
    // Across: each row of the range on its own (a one-row range: one area).
    expect(excel.sheet('表').merges).toHaveLength(2);
    ws.getRange().unmerge();
    await context.sync();
    expect(excel.sheet('表').merges).toEqual([]);
  });

  it('keeps column widths, wrap, bold and fitted rows as set, and Range.clear takes the formats away', async () => {
    const excel = new FakeExcel();
    excel.addSheet('表', [['a']]);
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem('表');
    ws.getRange('B1:B3').format.columnWidth = 318.75;
    ws.getRange('A1:A2').format.wrapText = true;
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1:A3').format.autofitRows();
    await context.sync();
    const sheet = excel.sheet('表');
    expect([...(sheet.columnWidths ?? [])]).toEqual([[1, 318.75]]);
    expect(sheet.formats?.get('A1')).toEqual({ wrapText: true, bold: true });
    expect(sheet.formats?.get('A2')).toEqual({ wrapText: true });
    expect([...(sheet.autofitRows ?? [])]).toEqual([0, 1, 2]);
    // Range.clear(), applyTo All: "Clear range values and formatting".
    ws.getRange().clear();
    await context.sync();
    expect(sheet.formats?.size).toBe(0);
    expect(sheet.cells.size).toBe(0);
  });

  it('an old library never sends mergeUndoGroup', async () => {
    const old = new FakeExcel({ apiMinor: 20, libraryMinor: BUNDLED_LIBRARY });
    await old.run(async () => undefined, { mergeUndoGroup: true, delayForCellEdit: true });
    expect(old.runs).toEqual([{ delayForCellEdit: true }]);
  });

  it('finds sheets whatever their letter case, and refuses a second "Sheet1" spelled otherwise', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1', [['x']]);
    const context = excel.context();
    const range = context.workbook.worksheets.getItem('SHEET1').getRange('A1');
    range.load('values');
    await context.sync();
    expect(range.values).toEqual([['x']]);
    context.workbook.worksheets.add('sheet1');
    expect((await failure(context.sync()))?.code).toBe('ItemAlreadyExists');
  });

  it('addresses sheets by position in tab order; past the end a null object, whose use beyond loading fails', async () => {
    const excel = new FakeExcel();
    excel.addSheet('封面', [['a']]);
    excel.addSheet('隐藏', [['b']]).visibility = 'Hidden';
    excel.addSheet('自评表', [['c']]);
    const context = excel.context();
    const sheets = context.workbook.worksheets;
    const first = sheets.getFirst().load('name');
    const second = sheets.getFirst().getNextOrNullObject().load('name');
    const visibleSecond = sheets.getFirst().getNextOrNullObject(true).load('name');
    const last = sheets.getLast().load('name');
    const beyond = sheets.getLast().getNextOrNullObject().load('name');
    const count = sheets.getCount(true);
    await context.sync();
    expect([first.name, second.name, visibleSecond.name, last.name]).toEqual(['封面', '隐藏', '自评表', '自评表']);
    expect(count.value).toBe(2);
    // A null object: isNullObject, and its loaded properties read undefined rather than PropertyNotLoaded.
    expect(first.isNullObject).toBe(false);
    expect(beyond.isNullObject).toBe(true);
    expect(beyond.name).toBeUndefined();

    // getNext past the last sheet "will throw an error"; a method called on a null object fails too.
    sheets.getLast().getNext().load('name');
    expect((await failure(context.sync()))?.code).toBe('ItemNotFound');
    sheets.getLast().getNextOrNullObject().getUsedRange().load('address');
    expect((await failure(context.sync()))?.code).toBe('InvalidObjectPath');
    sheets.getLast().getNextOrNullObject().getNextOrNullObject().load('name');
    expect((await failure(context.sync()))?.code).toBe('InvalidObjectPath');

    // ExcelApi 1.5: a host below it fails at sync.
    const old = new FakeExcel({ apiMinor: 4 });
    old.addSheet('表');
    const oldContext = old.context();
    oldContext.workbook.worksheets.getFirst().load('name');
    expect((await failure(oldContext.sync()))?.code).toBe('ApiNotFound');
  });

  it('a blank sheet\'s used range is A1 ("it will not throw"), or a null object', async () => {
    const excel = new FakeExcel();
    excel.addSheet('空白');
    const context = excel.context();
    const used = context.workbook.worksheets.getItem('空白').getUsedRange(true);
    used.load('address');
    const orNull = context.workbook.worksheets.getItem('空白').getUsedRangeOrNullObject(true);
    orNull.load('address');
    await context.sync();
    expect(used.address).toBe('空白!A1'.replace('空白', "'空白'"));
    expect(orNull.isNullObject).toBe(true);
  });

  it('refuses a request over 5 MB on the web, before doing any of it; the desktop has no such limit', async () => {
    // 80,000 cells of about 75 bytes each: some 6 MB of request.
    const big = Array.from({ length: 80_000 }, (_, i) => [`第 ${i} 行的说明文字，足够长以便超出请求的大小限制`]);
    for (const platform of ['web', 'desktop'] as const) {
      const excel = new FakeExcel({ platform });
      excel.addSheet('表');
      const context = excel.context();
      context.workbook.worksheets.getItem('表').getRange(`A1:A${big.length}`).values = big;
      const error = await failure(context.sync());
      if (platform === 'web') {
        expect(error?.code).toBe('RequestPayloadSizeLimitExceeded');
        expect(excel.sheet('表').cells.size).toBe(0);
      } else {
        expect(error).toBeNull();
        expect(excel.sheet('表').cells.size).toBe(80_000);
      }
    }
  });

  it('a protected sheet refuses values, fills and notes', async () => {
    const excel = new FakeExcel();
    excel.addSheet('表', [['a']]).protected = true;
    for (const change of [
      (c: ReturnType<FakeExcel['context']>) => (c.workbook.worksheets.getItem('表').getRange('A1').values = [['b']]),
      (c: ReturnType<FakeExcel['context']>) => (c.workbook.worksheets.getItem('表').getRange('A1').format.fill.color = '#FFC7CE'),
      (c: ReturnType<FakeExcel['context']>) => c.workbook.worksheets.getItem('表').notes.add('A1', 'x'),
    ]) {
      const context = excel.context();
      change(context);
      expect((await failure(context.sync()))?.code).toBe('AccessDenied');
    }
    expect(excel.cell('表', 'A1')).toEqual({ value: 'a' });
  });

  it('lists formula cells as areas, and fails a merged-areas read of more than 512 areas', async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet('表');
    s.cells.set('B2', { value: 3, formula: '=1+2' });
    s.cells.set('B3', { value: 4, formula: '=1+3' });
    s.cells.set('D2', { value: '=4辆', numberFormat: '@' });
    for (let r = 0; r < 513; r++) excel.merge('表', `F${r * 2 + 1}:G${r * 2 + 1}`);
    const context = excel.context();
    const formulas = context.workbook.worksheets.getItem('表').getRange('A1:E5').getSpecialCellsOrNullObject('Formulas');
    formulas.load('address');
    await context.sync();
    expect(formulas.address).toBe('表!B2:B3'.replace('表', "'表'"));
    context.workbook.worksheets.getItem('表').getRange('A1:G1200').getMergedAreasOrNullObject().load('address');
    expect((await failure(context.sync()))?.code).toBe('GeneralException');
  });
});

describe('Worksheet.findAllOrNullObject and what the adapter reads of its answer', () => {
  function sheetWithWords() {
    const excel = new FakeExcel();
    const sheet = excel.addSheet('凭证', [['摘要', '预算执行数'], ['Budget', '一般公共预算'], ['预算', null]]);
    return { excel, sheet };
  }

  it('finds a substring, without regard to case unless asked, as RangeAreas; cellCount and each area\'s values', async () => {
    const { excel } = sheetWithWords();
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem('凭证');
    const found = ws.findAllOrNullObject('预', { completeMatch: false, matchCase: false });
    found.load('cellCount,areaCount');
    const areas = found.areas.load('items/address,items/values');
    const lower = ws.findAllOrNullObject('budget', {});
    lower.load('cellCount');
    const cased = ws.findAllOrNullObject('budget', { matchCase: true });
    cased.load('cellCount');
    const whole = ws.findAllOrNullObject('预算', { completeMatch: true });
    whole.load('cellCount');
    await context.sync();
    // B1, B2 and A3 hold 预: two areas (B1:B2 one above the other, A3).
    expect(found.cellCount).toBe(3);
    expect(found.areaCount).toBe(2);
    expect(areas.items.map((r) => [r.address, r.values])).toEqual([["'凭证'!B1:B2", [['预算执行数'], ['一般公共预算']]], ["'凭证'!A3", [['预算']]]]);
    expect(lower.cellCount).toBe(1);
    expect(cased.isNullObject).toBe(true);
    expect(whole.cellCount).toBe(1);
  });

  it('is a null object where nothing matches; leaves hidden rows out; Range.rowHidden says all, none or some', async () => {
    const { excel, sheet } = sheetWithWords();
    sheet.hiddenRows = new Set([2]);
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem('凭证');
    const none = ws.findAllOrNullObject('指', {});
    none.load('cellCount');
    const visibleOnly = ws.findAllOrNullObject('预', {});
    visibleOnly.load('cellCount');
    const used = ws.getUsedRange(true).load('rowHidden,columnHidden');
    const row3 = ws.getRange('A3:B3').load('rowHidden');
    await context.sync();
    expect(none.isNullObject).toBe(true);
    expect(none.cellCount).toBeUndefined();
    expect(visibleOnly.cellCount).toBe(2);
    expect([used.rowHidden, used.columnHidden, row3.rowHidden]).toEqual([null, false, true]);
  });

  it('needs ExcelApi 1.9 in the host (ApiNotFound at sync) and in the library (absent)', async () => {
    const old = new FakeExcel({ apiMinor: 8 });
    old.addSheet('s', [['预']]);
    const context = old.context();
    context.workbook.worksheets.getItem('s').findAllOrNullObject('预', {}).load('cellCount');
    expect(((await context.sync().catch((e: unknown) => e)) as FakeOfficeError).code).toBe('ApiNotFound');
    expect(new FakeExcel({ libraryMinor: 8 }).library.Worksheet.prototype.findAllOrNullObject).toBeUndefined();
  });
});
