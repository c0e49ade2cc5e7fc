// The caps of src/file/limits.ts, on packages forged at the zip level: each refused with a zh-CN reason before
// the bytes it would cost are spent.
import * as ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { applyPlan, readWorkbook } from '../../src/file';
import { WorkbookError } from '../../src/file/errors';
import { MAX_CELLS, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES } from '../../src/file/limits';
import { countCells, zipDirectory } from '../../src/file/zip';
import { planOf } from '../support/plans';

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('自评表').addRows([['任务名称', '预算资金'], ['党务经费', 134.5]]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The offset of the central directory header of `name`. */
function centralHeader(bytes: Uint8Array, name: string): number {
  const needle = strToU8(name);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 1 || bytes[i + 3] !== 2) continue;
    const length = bytes[i + 28] | (bytes[i + 29] << 8);
    if (length === needle.length && needle.every((b, j) => bytes[i + 46 + j] === b)) return i;
  }
  throw new Error(`no central header for ${name}`);
}

function setU32(bytes: Uint8Array, offset: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(offset, value, true);
}

/** A minimal package around one worksheet's XML (Office Open XML part names, ECMA-376 Part 1 §12.3). */
function packageWith(sheetXml: string, options: { level?: 0 | 9 } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`,
    ),
  };
  return zipSync(files, { level: options.level ?? 6 });
}

async function refusal(work: Promise<unknown>): Promise<WorkbookError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

describe('size caps, checked from the zip directory before inflating', () => {
  it('refuses a file over the compressed cap without reading its zip', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    bytes.set([0x50, 0x4b, 3, 4]);
    const error = await refusal(readWorkbook(bytes));
    expect(error.code).toBe('too-large');
    expect(error.reason).toContain('100 MB');
  });

  it('refuses a package whose directory declares more than the uncompressed cap, before inflating it', async () => {
    const bytes = await smallWorkbook();
    // Declare 300 MB for the sheet: only the directory says so; inflating would show 1 KB.
    setU32(bytes, centralHeader(bytes, 'xl/worksheets/sheet1.xml') + 24, 300 * 1024 * 1024);
    expect(300 * 1024 * 1024).toBeGreaterThan(MAX_UNZIPPED_BYTES);
    const error = await refusal(readWorkbook(bytes));
    expect(error.code).toBe('too-large');
    expect(error.reason).toContain('256 MB');
    expect(error.reason).toMatch(/目录声明 300\.0 MB/); // 300 MB declared for the sheet, plus a few KB for the other parts
    expect((await refusal(applyPlan(bytes, planOf({})))).code).toBe('too-large');
  });

  it('refuses a part that inflates past the size its directory declares, as soon as it does', async () => {
    // 64 MB of zeros deflate to about 64 KB; the directory is made to say 1,000 bytes.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/media/image1.png': zeros }, { level: 9 });
    setU32(bomb, centralHeader(bomb, 'xl/media/image1.png') + 24, 1000);
    const error = await refusal(applyPlan(bomb, planOf({})));
    expect(error.code).toBe('corrupt');
    expect(error.reason).toContain('xl/media/image1.png');
    expect(error.reason).toContain('大于目录声明');
  });

  it('reads what it declares and what it is: an honest package passes', async () => {
    const read = await readWorkbook(packageWith('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>任务名称</t></is></c></row></sheetData>'));
    expect(read.sheetNames).toEqual(['自评表']);
  });
});

describe('the cell cap', () => {
  it('counts <c> elements with or without a namespace prefix, and the cells merged areas cover', () => {
    const xml = strToU8(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"/><c r="B1"><v>1</v></c><col min="1"/><pc/></x:row></x:sheetData>' +
        '<mergeCells count="2"><mergeCell ref="A1:B2"/><x:mergeCell ref="$C$3:$E$12"/></mergeCells></x:worksheet>',
    );
    // 2 cells (x:c, c; not col, not pc) + 2 × 2 + 3 × 10
    expect(countCells(xml)).toBe(2 + 4 + 30);
  });

  it('refuses one merged area of the whole sheet before ExcelJS expands it into 17 billion cells', async () => {
    const bytes = packageWith('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const error = await refusal(readWorkbook(bytes));
    expect(error.code).toBe('too-large');
    expect(error.reason).toContain(`${MAX_CELLS / 10_000} 万个`);
  });

  it('refuses a sheet of one more cell than the cap, and takes one of exactly the cap', async () => {
    const row = (r: number, n: number) => `<row r="${r}">${'<c/>'.repeat(n)}</row>`;
    // 1,000 rows of 1,000 cells = 1,000,000 = MAX_CELLS
    const rows = Array.from({ length: 1000 }, (_, i) => row(i + 1, 1000)).join('');
    const atCap = packageWith(`<sheetData>${rows}</sheetData>`);
    expect(zipDirectory(atCap).length).toBe(5);
    expect(countCells(strToU8(rows))).toBe(MAX_CELLS);
    await expect(readWorkbook(atCap)).resolves.toBeDefined();
    const over = packageWith(`<sheetData>${rows}${row(1001, 1)}</sheetData>`);
    expect((await refusal(readWorkbook(over))).code).toBe('too-large');
  }, 60_000);
});

