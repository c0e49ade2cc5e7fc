// Browser glue for the WPS-mode e2e test: the fake WPS object model (test/fakes/wps.ts) as window.Application, the
// way WPS gives it to every page of an add-in, filled with a workbook. Bundled by test/e2e/support/bundle.ts and
// injected with page.addInitScript before the add-in's own scripts.
import { FakeWps, type FakeEtSheet } from '../../fakes/wps';

export interface WpsSeedSheet {
  sheet: string;
  values: (number | string | boolean | null)[][];
  formats?: (string | null | undefined)[][];
  formulas?: (string | null | undefined)[][];
}

/** A workbook's state as plain JSON, to carry the main page's workbook into the task pane's page. */
export interface WpsState {
  sheets: { name: string; visible: number; protectContents: boolean; cells: [string, object][]; comments: [string, string][]; merges: FakeEtSheet['merges'] }[];
  active: string | null;
}

function cellName(row: number, col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

export function installFakeWps(seed: { sheets?: WpsSeedSheet[]; state?: WpsState }): FakeWps {
  const wps = new FakeWps();
  for (const s of seed.sheets ?? []) {
    const sheet = wps.addSheet(s.sheet);
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c];
        const format = s.formats?.[r]?.[c];
        if ((value === null || value === '') && !formula) return;
        sheet.cells.set(cellName(r, c), {
          ...(value === null || value === '' ? {} : { value }),
          ...(formula ? { formula } : {}),
          ...(format && format !== 'General' ? { numberFormat: format } : {}),
        });
      }),
    );
  }
  for (const s of seed.state?.sheets ?? []) {
    const sheet = wps.addSheet(s.name);
    Object.assign(sheet, { visible: s.visible, protectContents: s.protectContents, merges: s.merges, cells: new Map(s.cells), comments: new Map(s.comments) });
  }
  const active = seed.state?.active ?? seed.sheets?.[seed.sheets.length - 1]?.sheet;
  wps.activeSheet = wps.sheets.find((s) => s.name === active) ?? wps.sheets[0] ?? null;
  const w = window as unknown as Record<string, unknown>;
  w.__jixiaoFakeWps = wps;
  // WPS puts its object model on every add-in page as Application (and wps).
  w.Application = wps.Application;
  w.wps = wps.Application;
  return wps;
}

export function exportFakeWps(): WpsState {
  const wps = (window as unknown as { __jixiaoFakeWps: FakeWps }).__jixiaoFakeWps;
  return {
    sheets: wps.sheets.map((s) => ({ name: s.name, visible: s.visible, protectContents: s.protectContents, cells: [...s.cells.entries()], comments: [...s.comments.entries()], merges: s.merges })),
    active: wps.activeSheet?.name ?? null,
  };
}

const w = window as unknown as Record<string, unknown>;
w.__installFakeWps = installFakeWps;
w.__exportFakeWps = exportFakeWps;
