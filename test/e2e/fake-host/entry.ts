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
  /** Merged areas ("A12:A30"), values in their top-left cells. */
  merges?: string[];
}

export interface FakeOfficeOptions {
  sheets: SeedSheet[];
  /** ExcelApi minor version the fake host claims (20: mergeUndoGroup and notes). */
  apiMinor?: number;
  /** ExcelApi minor version the fake office.js library knows (default: the CDN's, all of them). */
  libraryMinor?: number;
  displayLanguage?: string;
}

function cellName(row: number, col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

export function buildFakeExcel(options: FakeOfficeOptions): FakeExcel {
  const excel = new FakeExcel({ apiMinor: options.apiMinor ?? 20, libraryMinor: options.libraryMinor });
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
    for (const range of seed.merges ?? []) excel.merge(seed.sheet, range);
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
      document: { settings: { get: excel.documentSettings().get, set: () => undefined, saveAsync: (cb?: () => void) => cb?.() } },
      // Dialogs the page asked for, by URL (the ribbon's notice); none opens.
      ui: {
        displayDialogAsync: (url: string, _options?: unknown, callback?: (result: { status: string }) => void) => {
          ((w.__jixiaoDialogs as string[] | undefined) ?? (w.__jixiaoDialogs = [])).push(url);
          callback?.({ status: 'failed' });
        },
      },
    },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: () => Promise.resolve(), hide: () => Promise.resolve() },
  };
  w.OfficeExtension = { Error: FakeOfficeError };
  // The library's classes, as capability detection looks at them (an API the library lacks is absent).
  const library = excel.library;
  w.Excel = {
    Worksheet: library.Worksheet,
    Range: library.Range,
    ...(library.CustomFunctionManager ? { CustomFunctionManager: library.CustomFunctionManager } : {}),
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
