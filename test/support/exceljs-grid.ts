// The Grid ExcelJS's own model gives for a worksheet: the oracle the streaming reader (src/file/read.ts) is held to.
// This was the file door's reader before it; it builds an object per cell, which is why it is a test's tool now.
import * as ExcelJS from 'exceljs';
import { emptyGrid, type Grid, setCell } from '../../src/core/grid';
import { plainValue } from '../../src/file';

function formulaText(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const formula = cell.formula;
  if (!formula) return null;
  return formula.startsWith('=') ? formula : `=${formula}`;
}

export function exceljsGrid(worksheet: ExcelJS.Worksheet, date1904 = false): Grid {
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? []).map((m) => m.replace(/\$/g, ''));
  const grid = emptyGrid(worksheet.name, merges);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      setCell(grid, rowNumber - 1, colNumber - 1, { value: plainValue(cell.value, date1904), format: cell.numFmt || null, formula: formulaText(cell) });
    });
  });
  return grid;
}

export async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook.worksheets.map((w) => exceljsGrid(w, Boolean(workbook.properties?.date1904)));
}
