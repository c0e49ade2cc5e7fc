// Browser glue for the Excel-mode e2e test: the fake Excel object model from test/fakes, filled with a workbook's
// grids, behind a stub `Office` global whose onReady reports an Excel host and an `Excel.run` that runs batches
// against the fake. Bundled by test/e2e/support/bundle.ts and injected with page.addInitScript before the
// task pane's scripts; the test routes office.js to an empty script so the real one cannot replace the stub.
import { FakeExcel, FakeOfficeError, type FakeValue } from '../../fakes/excel';

export interface SeedSheet {
  sheet: string;
  values: (FakeValue | null)[][];
  formats?: (string | null | undefined)[][];
  formulas?: (string | null | undefined)[][];
}

export interface FakeOfficeOptions {
  sheets: SeedSheet[];
  /** ExcelApi minor version the fake claims (20: mergeUndoGroup and notes). */
  apiMinor?: number;
  displayLanguage?: string;
}

function cellName(row: number, col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

export function buildFakeExcel(options: FakeOfficeOptions): FakeExcel {
  const excel = new FakeExcel({ apiMinor: options.apiMinor ?? 20 });
  for (const seed of options.sheets) {
    const sheet = excel.addSheet(seed.sheet, seed.values.map((row) => row.map((v) => (v === null ? undefined : v))));
    seed.values.forEach((row, r) =>
      row.forEach((_, c) => {
        const cell = sheet.cells.get(cellName(r, c));
        if (!cell) return;
        const format = seed.formats?.[r]?.[c];
        if (format && format !== 'General') cell.numberFormat = format;
        const formula = seed.formulas?.[r]?.[c];
        if (typeof formula === 'string' && formula.startsWith('=')) cell.formula = formula;
      }),
    );
  }
  return excel;
}

export function installFakeOffice(options: FakeOfficeOptions): FakeExcel {
  const excel = buildFakeExcel(options);
  const info = { host: 'Excel', platform: 'PC' };
  const w = window as unknown as Record<string, unknown>;
  w.__jixiaoFakeExcel = excel;
  w.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
    onReady(callback?: (i: typeof info) => void) {
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      contentLanguage: options.displayLanguage ?? 'zh-CN',
      host: 'Excel',
      platform: 'PC',
      requirements: { isSetSupported: (name: string, version = '1.1') => excel.isSetSupported(name, String(version)) },
      document: { settings: { get: () => null, set: () => undefined, saveAsync: (cb?: () => void) => cb?.() } },
      ui: { displayDialogAsync: () => undefined },
    },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: () => Promise.resolve(), hide: () => Promise.resolve() },
  };
  w.OfficeExtension = { Error: FakeOfficeError };
  w.Excel = {
    run(a: unknown, b?: unknown) {
      if (typeof a === 'function') return excel.run(a as never);
      return excel.run(b as never, (a ?? {}) as never);
    },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
    ErrorCodes: { accessDenied: 'AccessDenied', itemNotFound: 'ItemNotFound', invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode' },
  };
  return excel;
}

(window as unknown as Record<string, unknown>).__installFakeOffice = installFakeOffice;
