// Which ExcelJS build the file door loads, loaded on first use.
// - 'bundle' (default): the self-contained dist/exceljs.min.js, what browsers get through ExcelJS's "browser" field.
//   Requires in ~50 ms.
// - 'node': the package's Node entry (lib/exceljs.nodejs.js), ~200 ms to require (archiver, unzipper, fast-csv …).
// Measured in CPU time on the bundled sample: `jixiao check` of one file 0.20 s (bundle) vs 0.41 s (node), of 20
// copies 0.65 s vs 0.80 s; both read and write .xlsx identically (the tests run on the bundle).
// Under webpack both names resolve to the same bundle.
import type * as ExcelJSTypes from 'exceljs';

export type ExcelJSBuild = 'bundle' | 'node';

let build: ExcelJSBuild = 'bundle';
let loaded: typeof ExcelJSTypes | null = null;

/** Chooses the build before the first workbook is read; later calls have no effect once ExcelJS is loaded. */
export function preferExcelJSBuild(choice: ExcelJSBuild): void {
  if (!loaded) build = choice;
}

export function excelJS(): typeof ExcelJSTypes {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- which build to load is chosen at run time
    loaded = (build === 'node' ? require('exceljs') : require('exceljs/dist/exceljs.min.js')) as typeof ExcelJSTypes;
  }
  return loaded;
}
