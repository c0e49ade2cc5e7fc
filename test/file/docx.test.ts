// The .docx door: the seed reports built as Word writes them, read back into paragraphs and Grids.
import JSZip from 'jszip';
import { analyzeWorkbook, valueAt, formatAt } from '../../src/core';
import { readDocument } from '../../src/file/docx';
import { isWorkbookError } from '../../src/file/errors';
import { buildDocx, seedDocx } from '../fixtures/make-docx';
import { seedReportText, type SeedId } from '../fixtures/seed-reports';

// Real .docx and .xlsx files built, read and written: slower than the engine tests on a shared machine.
jest.setTimeout(30_000);

const IDS: SeedId[] = ['000', '001', '002', '003', '004'];

describe('reads the seed reports', () => {
  it.each(IDS)('seed %s: the paragraphs as written, numbered from 1', async (id) => {
    const read = await readDocument(await seedDocx(id), `${id}.docx`);
    const expected = seedReportText(id);
    expect(read.paragraphs).toEqual(expected.paragraphs);
    expect(read.tables.map((t) => t.sheet)).toEqual(expected.tables.map((t) => t.sheet));
  });

  it('seed 004: 资金情况 merged down its five rows, 预算执行率 across three columns, figures as numbers', async () => {
    const [basic] = (await readDocument(await seedDocx('004'), '004.docx')).tables;
    // Rows 1–4 under 基本情况, rows 5–9 under 资金情况（万元）; the name, the object, the purpose and the rate span C:E.
    expect(basic.merges).toEqual(['A1:A4', 'A5:A9', 'C1:E1', 'C3:E3', 'C4:E4', 'C9:E9']);
    expect(valueAt(basic, 4, 0)).toBe('资金情况（万元）');
    expect([valueAt(basic, 4, 1), valueAt(basic, 4, 2), valueAt(basic, 4, 3), valueAt(basic, 4, 4)]).toEqual(['预算安排资金', 5257.66, '实际到位资金', 5257.66]);
    expect([valueAt(basic, 5, 1), valueAt(basic, 5, 2)]).toEqual(['其中：市级资金', 0]);
    expect([valueAt(basic, 8, 2), formatAt(basic, 8, 2)]).toEqual([1, '0%']);
  });

  it.each(IDS)('seed %s: the same findings read from the .docx as from its text', async (id) => {
    const read = await readDocument(await seedDocx(id), `${id}.docx`);
    const fromDocx = analyzeWorkbook(read.tables, { report: { text: read } }).report;
    const fromText = analyzeWorkbook(seedReportText(id).tables, { report: { text: seedReportText(id) } }).report;
    expect(fromDocx.report?.claims).toBe(fromText.report?.claims);
    expect(fromDocx.findings.filter((f) => f.source).map((f) => f.message)).toEqual(fromText.findings.filter((f) => f.source).map((f) => f.message));
  });

  it('seed 002: its 部门整体绩效自评表 inside the report is found and checked as a table', async () => {
    const read = await readDocument(await seedDocx('002'), '002.docx');
    const { report } = analyzeWorkbook(read.tables, { report: { text: read } });
    expect(report.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([['表1', 'department', 'A1:I52']]);
    // The table's own slips (seed002.test.ts): task 5's 1.43% for 1.43 ÷ 10, and the report's paragraph 53 against it.
    expect(report.findings.find((f) => f.rule === 'rate-mismatch' && f.cell === 'I10')).toMatchObject({ expected: 0.143, actual: 0.0143 });
    expect(report.findings.find((f) => f.rule === 'report-mismatch' && f.cell === 'E15')).toMatchObject({ sheet: '表1', expected: 1125.54, actual: 1209.35 });
    expect(report.findings.filter((f) => f.rule === 'number-as-text')).toEqual([]);
  });
});

describe('Word details', () => {
  const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  async function docxOf(body: string): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', xml(body));
    return zip.generateAsync({ type: 'uint8array' });
  }
  it('tracked deletions and field codes are not text; insertions, hyperlinks and content controls are', async () => {
    const body = '<w:p><w:r><w:t>调整预算数为 </w:t></w:r><w:del><w:r><w:delText>1209.35</w:delText></w:r></w:del><w:ins><w:r><w:t>1125.54</w:t></w:r></w:ins>'
      + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
      + '<w:hyperlink><w:r><w:t xml:space="preserve"> 万元</w:t></w:r></w:hyperlink></w:p>'
      + '<w:sdt><w:sdtContent><w:p><w:r><w:t>控件中的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    const read = await readDocument(await docxOf(body), 'a.docx');
    expect(read.paragraphs).toEqual([{ index: 1, text: '调整预算数为 1125.54 万元' }, { index: 2, text: '控件中的段落' }]);
  });
  it('w:gridBefore shifts a row; full-width and thousands-separated figures become numbers', async () => {
    const cell = (t: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const body = `<w:tbl><w:tr>${cell('预算安排资金')}${cell('８,０２４.８６')}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('５１.７８％')}</w:tr></w:tbl>`;
    const [grid] = (await readDocument(await docxOf(body), 'a.docx')).tables;
    expect([valueAt(grid, 0, 1), formatAt(grid, 0, 1)]).toEqual([8024.86, '#,##0.00']);
    expect([valueAt(grid, 1, 0), valueAt(grid, 1, 1), formatAt(grid, 1, 1)]).toEqual([null, 0.5178, '0.00%']);
  });
  const reason = async (bytes: Uint8Array, limits?: Parameters<typeof readDocument>[2]) => readDocument(bytes, 'x.docx', limits).then(() => 'read', (e) => (isWorkbookError(e) ? e.reason : `other: ${e}`));
  it('refuses what is not a .docx with a zh-CN reason', async () => {
    expect(await reason(new Uint8Array())).toBe('文件是空的，不是 Word 文档');
    expect(await reason(new TextEncoder().encode('调整预算数 1125.54'))).toBe('不是 Word 文档（.docx）文件');
    expect(await reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('这是旧版 .doc 文件，请在 Word 或 WPS 中另存为 .docx 后再检查');
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    expect(await reason(await xlsx.generateAsync({ type: 'uint8array' }))).toBe('这是 Excel 工作簿，不是 Word 文档');
  });
  it('refuses a document that inflates past the limit, before inflating it all', async () => {
    const zip = new JSZip();
    // 4 MB of text that deflates to a few kB, against a 1 MB limit (the door's is 100 MB: same code, smaller numbers).
    zip.file('word/document.xml', xml(`<w:p><w:r><w:t>${'0'.repeat(4 * 1024 * 1024)}</w:t></w:r></w:p>`));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const limits = { maxInputBytes: 1024 * 1024, maxPartBytes: 1024 * 1024 };
    expect(await reason(bomb, limits)).toBe('文档内容解压后超过 1 MB，无法检查');
    expect(await reason(new Uint8Array(2 * 1024 * 1024), limits)).toBe('文件超过 1 MB，无法检查');
  });
  it('an empty paragraph still counts, so paragraph numbers follow the document', async () => {
    const bytes = await buildDocx([{ type: 'p', text: '一' }, { type: 'p', text: '' }, { type: 'p', text: '三' }]);
    expect((await readDocument(bytes, 'a.docx')).paragraphs.map((p) => p.index)).toEqual([1, 2, 3]);
  });
});
