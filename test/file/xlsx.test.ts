import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CHANGE_SHEET, LEDGER_SHEET, REPORT_SHEET } from '../../src/core/marks';
import type { WritePlan } from '../../src/core/report';
import { valueAt } from '../../src/core/grid';
import { applyPlan, cleanCopy, readWorkbook, removeMarks } from '../../src/file';
import { WorkbookError } from '../../src/file/errors';
import { toDense } from '../support/dense';
import { changeSheetOf, reportSheetOf } from '../support/plans';

const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as ExcelJS.Fill;
const THEME_FILL = { type: 'pattern', pattern: 'darkGrid', fgColor: { theme: 4, tint: 0.6 }, bgColor: { argb: 'FF00B050' } } as ExcelJS.Fill;

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

/** A small workbook with every kind of content the adapter must read or keep. */
async function sampleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('说明');
  cover.getCell('A1').value = '本工作簿为测试用';
  cover.getColumn(1).width = 40;

  const sheet = workbook.addWorksheet('自评表');
  sheet.getCell('B2').value = '任务名称';
  sheet.getCell('C2').value = { richText: [{ text: '预算执' }, { font: { bold: true }, text: ' 行率' }] };
  sheet.getCell('B3').value = 134.5;
  sheet.getCell('C3').value = 69.64;
  sheet.getCell('D3').value = { formula: 'C3/B3', result: 0.5178 };
  sheet.getCell('D3').numFmt = '0.00%';
  sheet.getCell('E3').value = 0.0143;
  sheet.getCell('E3').numFmt = '0.00%';
  sheet.getCell('E3').fill = YELLOW;
  sheet.getCell('E3').note = '原有批注：请核对';
  sheet.getCell('E3').font = { name: '宋体', size: 11, bold: true };
  sheet.getCell('F3').value = 9;
  sheet.getCell('F3').fill = THEME_FILL;
  sheet.getCell('G3').value = new Date(Date.UTC(2021, 11, 31));
  sheet.getCell('G3').numFmt = 'yyyy-mm-dd';
  sheet.getCell('A5').value = '投入管理指标（20分）';
  sheet.mergeCells('A5:A8');
  sheet.getCell('B5').value = '合理';
  sheet.getCell('B6').value = '134.5';
  sheet.getCell('B7').value = { text: '链接文字', hyperlink: 'https://example.com' };
  sheet.getCell('B8').value = { formula: 'SUM(B3:C3)', result: 204.14 };
  sheet.getColumn('B').width = 25;
  sheet.getRow(2).height = 30;
  return toBytes(workbook);
}

function plan(marks: WritePlan['marks'], writes: WritePlan['writes'] = []): WritePlan {
  return {
    writes,
    marks,
    reportSheet: reportSheetOf(
      marks.map((m) => ({ rule: 'rate-mismatch', severity: m.severity, sheet: m.sheet, cell: m.cell, related: [], message: m.note, expected: 0.143, actual: 0.0143, unit: 'rate', fixable: true })),
    ),
    // E3 is formatted 0.00% in sampleWorkbook()
    changeSheet: changeSheetOf(writes, (sheet, cell) => (sheet === '自评表' && cell === 'E3' ? '0.00%' : null)),
  };
}

const SAMPLE_PLAN = plan(
  [
    { sheet: '自评表', cell: 'E3', severity: 'error', fill: 'FFC7CE', note: '预算执行率应为 14.30%' },
    { sheet: '自评表', cell: 'F3', severity: 'warning', fill: 'FFEB9C', note: '得分应为 10' },
    { sheet: '自评表', cell: 'C3', severity: 'info', fill: null, note: '以文本形式存储的数字' },
  ],
  [
    { sheet: '自评表', cell: 'E3', before: 0.0143, after: 0.143 },
    { sheet: '自评表', cell: 'F3', before: 9, after: 10, numFmt: '0.00' },
  ],
);

/** Cell values, fills and notes of every sheet: what "the same workbook" means for recalc twice = once. */
async function snapshot(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const workbook = await load(bytes);
  const out: Record<string, unknown> = {};
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out[`${ws.name}!${cell.address}`] = JSON.stringify([cell.value, cell.style?.fill ?? null, cell.note ?? null, cell.numFmt ?? null]);
      }),
    );
    out[`${ws.name}#state`] = ws.state;
  }
  return out;
}

describe('readWorkbook', () => {
  it('reads values, cached formula results, formats, formulas and merges', async () => {
    const read = await readWorkbook(await sampleWorkbook());
    expect(read.sheetNames).toEqual(['说明', '自评表']);
    expect(read.grids.map((g) => g.sheet)).toEqual(['说明', '自评表']);
    const grid = toDense(read.grids[1]);
    expect(grid.values[1][1]).toBe('任务名称');
    expect(grid.values[1][2]).toBe('预算执 行率');
    expect(grid.values[2][1]).toBe(134.5);
    expect(grid.values[2][3]).toBe(0.5178);
    expect(grid.formulas![2][3]).toBe('=C3/B3');
    expect(grid.formats![2][3]).toBe('0.00%');
    expect(grid.values[2][4]).toBe(0.0143);
    expect(grid.formats![2][4]).toBe('0.00%');
    expect(grid.values[2][6]).toBe(44561); // 2021-12-31 as an Excel serial
    expect(grid.values[4][0]).toBe('投入管理指标（20分）');
    expect(grid.values[5][0]).toBeNull(); // merged: only the top-left cell holds the text
    expect(grid.values[5][1]).toBe('134.5');
    expect(grid.values[6][1]).toBe('链接文字');
    expect(grid.values[7][1]).toBe(204.14);
    expect(grid.formulas![7][1]).toBe('=SUM(B3:C3)');
    expect(grid.merges).toEqual(['A5:A8']);
    expect(grid.values[0]).toEqual([null, null, null, null, null, null, null]);
    expect(grid.values).toHaveLength(8);
    expect(read.ledger).toEqual([]);
    expect(read.hasReportSheet).toBe(false);
  });

  it('reads shared formulas as their own formula text and cached result, and error results as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务');
    sheet.addRows([
      [134.5, 69.64, { formula: 'B1/A1', result: 0.5178 }],
      [46.5, 10.86, { sharedFormula: 'C1', result: 0.2335 }],
      [0, 0, { formula: 'B3/A3', result: { error: '#DIV/0!' } }],
      ['—', '/', '134.5'],
    ]);
    const grid = toDense((await readWorkbook(await toBytes(workbook))).grids[0]);
    expect(grid.values.map((r) => r[2])).toEqual([0.5178, 0.2335, '#DIV/0!', '134.5']);
    expect(grid.formulas!.map((r) => r[2])).toEqual(['=B1/A1', '=B2/A2', '=B3/A3', null]);
    expect(grid.values[3]).toEqual(['—', '/', '134.5']);
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await sampleWorkbook();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const read = await readWorkbook(buffer as ArrayBuffer);
    expect(valueAt(read.grids[1], 2, 1)).toBe(134.5);
  });

  it.each([
    ['plain text', new TextEncoder().encode('部门,得分\n金水区,98\n'), 'not-a-workbook'],
    ['an empty file', new Uint8Array(0), 'not-a-workbook'],
    ['a legacy .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'legacy-xls'],
    [
      'a password-protected workbook',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])]),
      'encrypted',
    ],
    ['a zip that is no workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'not-xlsx'],
    ['a truncated workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')]), 'corrupt'],
  ])('rejects %s with a typed zh-CN one-line reason', async (_name, bytes, code) => {
    const error = await readWorkbook(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe(code);
    expect((error as WorkbookError).reason).toMatch(/[\u4e00-\u9fff]/);
    expect((error as WorkbookError).reason).not.toContain('\n');
  });
});

describe('applyPlan', () => {
  it('writes values, sets numFmt only where asked, marks cells and keeps everything else', async () => {
    const input = await sampleWorkbook();
    const output = await applyPlan(input, SAMPLE_PLAN);
    const workbook = await load(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['说明', '自评表', CHANGE_SHEET, REPORT_SHEET, LEDGER_SHEET]);
    const sheet = workbook.getWorksheet('自评表')!;

    // writes
    expect(sheet.getCell('E3').value).toBe(0.143);
    expect(sheet.getCell('E3').numFmt).toBe('0.00%');
    expect(sheet.getCell('E3').font).toMatchObject({ name: '宋体', bold: true });
    expect(sheet.getCell('F3').value).toBe(10);
    expect(sheet.getCell('F3').numFmt).toBe('0.00');

    // marks: fill and note
    expect(sheet.getCell('E3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('F3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    const e3Note = sheet.getCell('E3').note;
    const e3Text = typeof e3Note === 'string' ? e3Note : (e3Note?.texts ?? []).map((t) => t.text).join('');
    expect(e3Text).toContain('预算执行率应为 14.30%');
    expect(e3Text).toContain('原有批注：请核对');
    expect(sheet.getCell('C3').fill).toBeUndefined(); // info: a note, no fill
    expect(sheet.getCell('C3').note).toBeTruthy();

    // everything else kept
    expect(sheet.getCell('D3').formula).toBe('C3/B3');
    expect(sheet.getCell('B8').formula).toBe('SUM(B3:C3)');
    expect(sheet.getCell('D3').numFmt).toBe('0.00%');
    expect(sheet.model.merges).toEqual(['A5:A8']);
    expect(sheet.getColumn('B').width).toBe(25);
    expect(sheet.getRow(2).height).toBe(30);
    expect(workbook.getWorksheet('说明')!.getCell('A1').value).toBe('本工作簿为测试用');
    expect(workbook.getWorksheet('说明')!.getColumn(1).width).toBe(40);
    // neighbours that shared a style with a marked cell keep theirs
    expect(sheet.getCell('B3').fill).toBeUndefined();

    // the ledger is very hidden; the report sheet links with a formula
    expect(workbook.getWorksheet(LEDGER_SHEET)!.state).toBe('veryHidden');
    const report = workbook.getWorksheet(REPORT_SHEET)!;
    expect(report.getRow(1).values).toEqual([undefined, '序号', '严重程度', '规则', '编号', '工作表', '单元格', '说明', '应为', '表中为']);
    // grouped by severity: a line over each group, then its findings
    expect(report.getCell('A2').value).toBe('错误 1 处（提交前须改正）');
    expect(report.getCell('C3').value).toBe('执行率/得分率不符');
    expect(report.getCell('D3').value).toBe('rate-mismatch');
    expect(report.getCell('F3').formula).toBe(`HYPERLINK("#'自评表'!E3","E3")`);
    expect(report.getCell('G3').value).toBe('预算执行率应为 14.30%');
    expect([report.getCell('H3').value, report.getCell('I3').value]).toEqual(['14.30%', '1.43%']);
    expect(report.getCell('A4').value).toBe('警告 1 处（请核对，必要时改正或说明）');
    expect(report.getCell('A6').value).toBe('提示 1 处（供参考）');
    expect(report.rowCount).toBe(7);

    // and the new file reads back as Grids without jixiao's sheets, ledger included
    const read = await readWorkbook(output);
    expect(read.grids.map((g) => g.sheet)).toEqual(['说明', '自评表']);
    expect(read.hasReportSheet).toBe(true);
    expect(read.ledger).toEqual([
      { sheet: '自评表', cell: 'E3', originalFill: 'FFFF00', originalNote: '原有批注：请核对' },
      { sheet: '自评表', cell: 'F3', originalFill: null, originalNote: null },
      { sheet: '自评表', cell: 'C3', originalFill: null, originalNote: null },
    ]);
  });

  it('gives the same workbook when run twice as when run once', async () => {
    const once = await applyPlan(await sampleWorkbook(), SAMPLE_PLAN);
    const twice = await applyPlan(once, SAMPLE_PLAN);
    expect(await snapshot(twice)).toEqual(await snapshot(once));
  });

  it('asks Excel to recompute formulas on open, since cells they read were written', async () => {
    // ExcelJS writes <calcPr> but does not read it back: look at the package's workbook part itself.
    const calcPr = async (bytes: Uint8Array) =>
      /<calcPr[^>]*>/.exec(await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string'))?.[0] ?? '';
    expect(await calcPr(await sampleWorkbook())).not.toContain('fullCalcOnLoad');
    expect(await calcPr(await applyPlan(await sampleWorkbook(), SAMPLE_PLAN))).toContain('fullCalcOnLoad="1"');
  });

  it('replaces the marks of a previous run instead of stacking them', async () => {
    const first = await applyPlan(await sampleWorkbook(), SAMPLE_PLAN);
    const second = await applyPlan(first, plan([{ sheet: '自评表', cell: 'B3', severity: 'warning', fill: 'FFEB9C', note: '请核对' }]));
    const sheet = (await load(second)).getWorksheet('自评表')!;
    expect(sheet.getCell('E3').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } }); // back to the user's yellow
    expect(sheet.getCell('E3').note).toBe('原有批注：请核对');
    expect(sheet.getCell('C3').note).toBeUndefined();
    expect(sheet.getCell('B3').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
  });
});

describe('removeMarks', () => {
  it('restores the original fills and notes exactly and removes jixiao sheets', async () => {
    const input = await sampleWorkbook();
    const original = (await load(input)).getWorksheet('自评表')!;
    const marked = await applyPlan(input, SAMPLE_PLAN);
    const cleaned = await removeMarks(marked);
    const workbook = await load(cleaned);
    // the record of what recalc wrote stays with the values it wrote
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['说明', '自评表', CHANGE_SHEET]);
    const sheet = workbook.getWorksheet('自评表')!;
    for (const address of ['E3', 'F3', 'C3']) {
      expect(sheet.getCell(address).fill).toEqual(original.getCell(address).fill);
      expect(sheet.getCell(address).note).toEqual(original.getCell(address).note);
    }
    expect(sheet.getCell('E3').fill).toEqual(YELLOW);
    expect(sheet.getCell('F3').fill).toMatchObject({ pattern: 'darkGrid', fgColor: { theme: 4, tint: 0.6 } });
    expect(sheet.getCell('E3').note).toBe('原有批注：请核对');
    // writes stay: removing marks is not undoing the recalculation
    expect(sheet.getCell('E3').value).toBe(0.143);
    const read = await readWorkbook(cleaned);
    expect(read.ledger).toEqual([]);
    expect(read.hasReportSheet).toBe(false);
  });

  it('leaves a workbook without marks as it was', async () => {
    const input = await sampleWorkbook();
    expect(await snapshot(await removeMarks(input))).toEqual(await snapshot(input));
  });
});

describe('the sheets for paper', () => {
  it('prints 校验结果 one page wide on A4 landscape, the header on every page, group lines across, the message wrapped', async () => {
    const report = (await load(await applyPlan(await sampleWorkbook(), SAMPLE_PLAN))).getWorksheet(REPORT_SHEET)!;
    expect(report.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(report.pageSetup.printTitlesRow).toBe('1:1');
    expect(report.model.merges).toEqual(expect.arrayContaining(['A2:I2', 'A4:I4', 'A6:I6']));
    expect(report.getCell('A2').font).toMatchObject({ bold: true });
    expect(report.getCell('G3').alignment).toMatchObject({ wrapText: true });
    expect(report.getColumn(7).width).toBeGreaterThan(report.getColumn(4).width!);
  });

  it('says so in one line when nothing is left to act on', async () => {
    const report = (await load(await applyPlan(await sampleWorkbook(), plan([])))).getWorksheet(REPORT_SHEET)!;
    expect(report.rowCount).toBe(2);
    expect(report.getCell('A2').value).toBe('未发现需要处理的问题');
  });

  it('lists every cell recalc wrote on 修改记录, as the cell showed it before and after, with a link', async () => {
    const changes = (await load(await applyPlan(await sampleWorkbook(), SAMPLE_PLAN))).getWorksheet(CHANGE_SHEET)!;
    expect(changes.getRow(1).values).toEqual([undefined, '序号', '工作表', '单元格', '原值', '新值', '原因']);
    expect(changes.rowCount).toBe(3);
    // E3 holds 0.0143 under 0.00% and becomes 0.143; F3 9 → 10
    expect([changes.getCell('A2').value, changes.getCell('B2').value, changes.getCell('D2').value, changes.getCell('E2').value]).toEqual([1, '自评表', '1.43%', '14.30%']);
    expect(changes.getCell('C2').formula).toBe(`HYPERLINK("#'自评表'!E3","E3")`);
    expect([changes.getCell('D3').value, changes.getCell('E3').value]).toEqual(['9', '10']);
    expect(changes.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });

  it('keeps the 修改记录 of the recalc that wrote, when the next one writes nothing', async () => {
    const once = await applyPlan(await sampleWorkbook(), SAMPLE_PLAN);
    const again = await applyPlan(once, plan(SAMPLE_PLAN.marks));
    const changes = (await load(again)).getWorksheet(CHANGE_SHEET)!;
    expect(changes.rowCount).toBe(3);
    expect((await readWorkbook(again)).grids.map((g) => g.sheet)).toEqual(['说明', '自评表']); // still jixiao's, not read as a table
    const rewritten = await applyPlan(again, plan(SAMPLE_PLAN.marks, [{ sheet: '自评表', cell: 'F3', before: 10, after: 11 }]));
    expect((await load(rewritten)).getWorksheet(CHANGE_SHEET)!.rowCount).toBe(2);
    expect((await load(rewritten)).worksheets.filter((w) => w.name.startsWith(CHANGE_SHEET)).map((w) => w.name)).toEqual([CHANGE_SHEET]);
  });
});

describe('cleanCopy (生成提交版)', () => {
  it('keeps the values recalc wrote and removes every mark, note and jixiao sheet, fills restored', async () => {
    const input = await sampleWorkbook();
    const original = (await load(input)).getWorksheet('自评表')!;
    const { bytes, stats } = await cleanCopy(await applyPlan(input, SAMPLE_PLAN));
    expect(stats).toEqual({ restored: 3, sheets: [REPORT_SHEET, CHANGE_SHEET, LEDGER_SHEET] });
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['说明', '自评表']);
    expect(workbook.definedNames.model.map((n: { name: string }) => n.name).filter((n: string) => n.startsWith('jixiao'))).toEqual([]);
    const sheet = workbook.getWorksheet('自评表')!;
    for (const address of ['E3', 'F3', 'C3']) {
      expect([address, sheet.getCell(address).fill, sheet.getCell(address).note]).toEqual([address, original.getCell(address).fill, original.getCell(address).note]);
    }
    expect([sheet.getCell('E3').value, sheet.getCell('F3').value]).toEqual([0.143, 10]);
  });

  it('keeps a person’s own sheet named 修改记录', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('自评表').getCell('A1').value = '表';
    workbook.addWorksheet(CHANGE_SHEET).getCell('A1').value = '我自己的记录';
    const own = new Uint8Array(await workbook.xlsx.writeBuffer());
    const marked = await applyPlan(own, SAMPLE_PLAN_ON('自评表'));
    expect((await load(marked)).worksheets.map((w) => w.name)).toEqual(['自评表', CHANGE_SHEET, `${CHANGE_SHEET}(2)`, REPORT_SHEET, LEDGER_SHEET]);
    const { bytes, stats } = await cleanCopy(marked);
    expect(stats.sheets).toEqual([REPORT_SHEET, `${CHANGE_SHEET}(2)`, LEDGER_SHEET]);
    const after = await load(bytes);
    expect(after.worksheets.map((w) => w.name)).toEqual(['自评表', CHANGE_SHEET]);
    expect(after.getWorksheet(CHANGE_SHEET)!.getCell('A1').value).toBe('我自己的记录');
  });

  it('changes nothing but the file in a workbook without marks', async () => {
    const input = await sampleWorkbook();
    const { bytes, stats } = await cleanCopy(input);
    expect(stats).toEqual({ restored: 0, sheets: [] });
    expect(await snapshot(bytes)).toEqual(await snapshot(input));
  });
});

function SAMPLE_PLAN_ON(sheet: string): WritePlan {
  return plan([{ sheet, cell: 'A1', severity: 'error', fill: 'FFC7CE', note: '请核对' }], [{ sheet, cell: 'B1', before: null, after: 1 }]);
}

describe('unsupportedParts', () => {
  it('names what ExcelJS would drop, from the part names of the package', async () => {
    const { unsupportedParts } = await import('../../src/file');
    expect(unsupportedParts(await sampleWorkbook())).toEqual([]);
    const parts = new TextEncoder().encode('PK\u0003\u0004xl/workbook.xml xl/charts/chart1.xml xl/pivotTables/pivotTable1.xml');
    expect(unsupportedParts(parts)).toEqual(['图表', '数据透视表']);
  });
});
