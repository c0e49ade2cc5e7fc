// The streaming reader (src/file/read.ts) reads what ExcelJS's full model reads: the same Grid, cell for cell, on
// the bundled samples, on random tables of numbers and CJK text, and on XML as other writers (Excel, WPS) write it:
// namespace prefixes, cells and rows without r, inline strings, shared formulas, phonetic runs, built-in zh-CN formats.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import type { CellValue } from '../../src/core/grid';
import { readWorkbook } from '../../src/file';
import { shiftFormula } from '../../src/file/read';
import { exceljsGrids } from '../support/exceljs-grid';
import { toDense } from '../support/dense';

jest.setTimeout(60_000);

const SAMPLES = path.resolve(__dirname, '../../samples');

it.each(fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')))('%s reads as ExcelJS reads it', async (name) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));
  expect((await readWorkbook(bytes)).grids).toEqual(await exceljsGrids(bytes));
});

const cellValue = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constantFrom('预算执 行率', '≥90%', '﹦100', '51.78%', '—', '<&>"\'', ' 前后有空格 ', '换\n行', '其中：财政资金', '134.5', '#DIV/0!'),
);

it('random tables, formats and merges read as ExcelJS reads them', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cellValue, { maxLength: 7 }), { minLength: 1, maxLength: 9 }),
      fc.constantFrom(null, '0.00%', '0%', 'yyyy/m/d', '#,##0.00', '@'),
      fc.boolean(),
      async (rows, numFmt, merge) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('自评表');
        rows.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v === null) return;
            const cell = sheet.getCell(r + 3, c + 2);
            // ExcelJS turns a date-formatted number into a Date (ms precision) and back: whole days up to 9999 survive that.
            cell.value = (numFmt === 'yyyy/m/d' && typeof v === 'number' ? Math.abs(Math.round(v)) % 2_958_466 : v) as ExcelJS.CellValue; // ≤ 9999-12-31
            if (numFmt && typeof v === 'number') cell.numFmt = numFmt;
          }),
        );
        if (merge) sheet.mergeCells('B3:C4');
        sheet.getCell('H20').value = { formula: 'SUM(B3:C4)', result: 7 };
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        expect((await readWorkbook(bytes)).grids).toEqual(await exceljsGrids(bytes));
      },
    ),
    { numRuns: 25 },
  );
});

/** A package as Excel writes one, with its own sheet XML. */
function excelPackage(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<x:sheets><x:sheet name="自评表" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet9.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet9.xml': strToU8(`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`),
  };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

it('reads namespace prefixes, cells and rows without r, inline and rich strings without phonetic runs', async () => {
  const bytes = excelPackage(
    '<x:row><x:c t="inlineStr"><x:is><x:t>预算</x:t></x:is></x:c><x:c><x:v>134.5</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="C3" t="s"><x:v>0</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c></x:row>',
    {
      'xl/sharedStrings.xml':
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>预算执</t></r><r><t xml:space="preserve"> 行率</t></r><rPh sb="0" eb="1"><t>ヨサン</t></rPh></si></sst>',
    },
  );
  const grid = toDense((await readWorkbook(bytes)).grids[0]);
  const expected: CellValue[][] = [
    ['预算', 134.5, null, null, null],
    [null, null, null, null, null],
    [null, null, '预算执 行率', true, '#DIV/0!'],
  ];
  expect(grid.values).toEqual(expected);
});

it('gives each cell of a shared formula its own references, and reads built-in zh-CN formats by id', async () => {
  const bytes = excelPackage(
    '<x:row r="1"><x:c r="A1"><x:v>10</x:v></x:c><x:c r="B1"><x:v>1.43</x:v></x:c><x:c r="C1" s="1"><x:f t="shared" ref="C1:C3" si="0">B1/A1</x:f><x:v>0.143</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="C2" s="1"><x:f t="shared" si="0"/><x:v>0.5</x:v></x:c><x:c r="D2" s="2"><x:v>44561</x:v></x:c></x:row>',
    {
      'xl/styles.xml':
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellStyleXfs><xf numFmtId="9"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="31"/></cellXfs></styleSheet>',
    },
  );
  const grid = toDense((await readWorkbook(bytes)).grids[0]);
  expect(grid.formulas!.map((r) => r[2])).toEqual(['=B1/A1', '=B2/A2']);
  expect(grid.formats![0][2]).toBe('0.00%'); // id 10; cellStyleXfs do not count
  expect(grid.formats![1][3]).toBe('yyyy"年"m"月"d"日"'); // id 31 in zh-CN Excel
  expect(grid.values[1][3]).toBe(44561); // 2021-12-31 stays its serial number
});

describe('shiftFormula', () => {
  it.each([
    ['B1/A1', 1, 0, 'B2/A2'],
    ['$B$1/A$1+$A1', 2, 3, '$B$1/D$1+$A3'],
    ['SUM(D11:D18)', 1, 0, 'SUM(D12:D19)'],
    ['LOG10(A1)&"B1"', 1, 1, 'LOG10(B2)&"B1"'],
    ["'自评表'!G11/D11", 0, 1, "'自评表'!H11/E11"],
    ['A1', -1, 0, '#REF!'],
  ])('%s moved %i rows, %i columns → %s', (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});
