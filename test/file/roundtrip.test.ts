// Property: whatever values a sheet holds (numbers, text with CJK and full-width signs, blanks), the Grid read back
// holds the same values at the same 0-based positions; applying an empty plan changes no value.
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { REPORT_SHEET } from '../../src/core/marks';
import { applyPlan, readWorkbook } from '../../src/file';
import { toDense } from '../support/dense';
import { planOf } from '../support/plans';

jest.setTimeout(60_000); // dozens of ExcelJS round trips, on cores shared with the other test files

const cellValue = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.integer({ min: -1000, max: 100000 }),
  fc.constantFrom('预算执 行率', '≥90%', '﹦100', '51.78%', '—', '/', '其中：财政资金', '134.5', '定性指标', 'x'),
);

const table = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

async function workbookOf(rows: CellValue[][], top: number, left: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表');
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) sheet.getCell(top + r + 1, left + c + 1).value = v;
    }),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function valuesAt(values: CellValue[][], rows: CellValue[][], top: number, left: number): CellValue[][] {
  return rows.map((row, r) => row.map((_, c) => values[top + r]?.[left + c] ?? null));
}

it('reads back every value where it was written', async () => {
  await fc.assert(
    fc.asyncProperty(table, fc.nat(4), fc.nat(4), async (rows, top, left) => {
      const grid = (await readWorkbook(await workbookOf(rows, top, left))).grids[0];
      expect(valuesAt(toDense(grid).values, rows, top, left)).toEqual(rows);
    }),
    { numRuns: 25 },
  );
});

it('an empty plan changes no value and adds only the 校验结果 sheet', async () => {
  await fc.assert(
    fc.asyncProperty(table, async (rows) => {
      const bytes = await workbookOf(rows, 2, 1);
      const out = await applyPlan(bytes, planOf({}));
      const before = await readWorkbook(bytes);
      const after = await readWorkbook(out);
      expect(after.grids).toEqual(before.grids);
      expect(after.sheetNames).toEqual(['自评表', REPORT_SHEET]);
      expect(after.ledger).toEqual([]);
    }),
    { numRuns: 15 },
  );
});
