// Tests write small tables as rows of cells; the engine takes sparse Grids. These two turn one into the other.
import { colCount, formatAt, formulaAt, type CellValue, type Grid, gridFromRows, rowCount, valueAt } from '../../src/core/grid';

export interface DenseGrid {
  sheet: string;
  values: CellValue[][];
  formats?: (string | null | undefined)[][];
  formulas?: (string | null | undefined)[][];
  merges?: string[];
}

export function fromDense(d: DenseGrid): Grid {
  return gridFromRows(d.sheet, d.values, { formats: d.formats, formulas: d.formulas, merges: d.merges });
}

/** The grid as rows of cells from A1 to its last filled cell (small grids only). */
export function toDense(grid: Grid): Required<DenseGrid> {
  const rows = rowCount(grid);
  const cols = colCount(grid);
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push([]);
    formats.push([]);
    formulas.push([]);
    for (let c = 0; c < cols; c++) {
      values[r].push(valueAt(grid, r, c));
      formats[r].push(formatAt(grid, r, c));
      formulas[r].push(formulaAt(grid, r, c));
    }
  }
  return { sheet: grid.sheet, values, formats, formulas, merges: grid.merges ?? [] };
}
