// Stray cells far from the table (A1048576, XFD1) cost nothing and change nothing: not the findings, not the
// table's range. A line just below the table (a 填表人 line) is the table's; one after ten blank rows is not.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkbook } from '../../src/core/engine';
import { TABLE_GAP } from '../../src/core/locate';
import { readWorkbook } from '../../src/file';
import { loadWorkbook, toBytes } from '../cli/workbooks';

jest.setTimeout(30_000);

const SAMPLE = path.resolve(__dirname, '../../samples/department-2021-jinshui.xlsx');
const SHEET = '部门整体自评表';

async function sampleWith(cells: Record<string, string>) {
  const workbook = await loadWorkbook(fs.readFileSync(SAMPLE));
  for (const [address, value] of Object.entries(cells)) workbook.getWorksheet(SHEET)!.getCell(address).value = value;
  const { grids } = await readWorkbook(await toBytes(workbook));
  return analyzeWorkbook(grids).report;
}

let plain: Awaited<ReturnType<typeof sampleWith>>;
beforeAll(async () => {
  plain = await sampleWith({});
});

it('the sample’s table starts at B3, behind a 说明 sheet', () => {
  expect(plain.tables).toHaveLength(1);
  expect(plain.tables[0].range).toMatch(/^B3:[A-Z]+\d+$/);
});

it('stray cells at A1048576 and XFD1 leave the range and the findings as they were', async () => {
  const stray = await sampleWith({ A1048576: '备注', XFD1: 'x' });
  expect(stray.tables.map((t) => t.range)).toEqual(plain.tables.map((t) => t.range));
  expect(stray.findings).toEqual(plain.findings);
  expect(stray.writes).toEqual(plain.writes);
});

it('a 填表人 line two rows below the table is part of it; one after a gap of ten blank rows is not', async () => {
  const [, lastRow] = /(\d+)$/.exec(plain.tables[0].range)!;
  const near = Number(lastRow) + 3; // two blank rows between
  const withNear = await sampleWith({ [`B${near}`]: '填表人：张三' });
  expect(withNear.tables[0].range).toBe(plain.tables[0].range.replace(/\d+$/, String(near)));
  const far = Number(lastRow) + TABLE_GAP + 2; // TABLE_GAP + 1 blank rows between
  const withFar = await sampleWith({ [`B${far}`]: '填表人：张三' });
  expect(withFar.tables[0].range).toBe(plain.tables[0].range);
});

it('a note within ten columns to the right widens the range; one further out does not', async () => {
  const right = /^B3:([A-Z]+)\d+$/.exec(plain.tables[0].range)![1];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const letter = (n: number) => String.fromCharCode(64 + n); // columns below AA here
  const nearCol = letter(col(right) + 2);
  expect((await sampleWith({ [`${nearCol}20`]: '备注' })).tables[0].range).toBe(plain.tables[0].range.replace(right, nearCol));
  const farCol = letter(col(right) + TABLE_GAP + 1);
  expect((await sampleWith({ [`${farCol}20`]: '备注' })).tables[0].range).toBe(plain.tables[0].range);
});
