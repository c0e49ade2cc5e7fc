// Workbooks for the WPS door's tests: real tables (test/fixtures) put into the fake WPS object model.
import { type Grid, cellAddress, filledRows, formatAt, formulaAt, rowEntries, rowWidth } from '../../src/core';
import { FakeWps, type FakeEtCell } from '../fakes/wps';
import { seed002Grid } from '../fixtures/seed002';
import { WpsHost, type WpsHostOptions } from '../../src/wps/host';
import type { EtApplication } from '../../src/wps/et';

export const SHEET = '部门整体绩效自评表';

/** Puts a Grid's values, number formats and formulas on a new sheet of the fake. */
export function addGrid(wps: FakeWps, grid: Grid): void {
  const sheet = wps.addSheet(grid.sheet);
  for (const row of filledRows(grid)) {
    const entries = new Map(rowEntries(grid, row).map((e) => [e.col, e.value]));
    for (let col = 0; col < rowWidth(grid, row); col++) {
      const cell: FakeEtCell = {};
      const value = entries.get(col);
      if (value !== undefined) cell.value = value;
      const format = formatAt(grid, row, col);
      if (format && format !== 'General') cell.numberFormat = format;
      const formula = formulaAt(grid, row, col);
      if (formula) cell.formula = formula;
      if (Object.keys(cell).length) sheet.cells.set(cellAddress(row, col), cell);
    }
  }
}

/**
 * Seed 002 as accountants lay it out in WPS: a cover sheet, the table with its labels merged over the rows they
 * head (as the published report prints them), an instructions sheet.
 */
export function seed002Workbook(options: { merged?: boolean } = {}): FakeWps {
  const wps = new FakeWps();
  wps.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  addGrid(wps, seed002Grid());
  if (options.merged ?? true) {
    for (const range of ['A2:A3', 'B2:E3', 'B4:E4', 'A5:A13', 'A14:A19', 'B15:C15', 'A21:A39', 'B21:B23', 'B24:B35', 'B36:B39', 'A40:A41', 'A42:A44', 'B42:B43', 'A46:D46']) {
      wps.merge(SHEET, range);
    }
  }
  wps.addSheet('说明', [['本表由财务科填报']]);
  wps.activeSheet = wps.sheet(SHEET);
  return wps;
}

export function hostOver(wps: FakeWps, options: WpsHostOptions = {}): WpsHost {
  return new WpsHost(wps.Application as unknown as EtApplication, options);
}

const SEED_MERGES = ['A2:A3', 'B2:E3', 'B4:E4', 'A5:A13', 'A14:A19', 'B15:C15', 'A21:A39', 'B21:B23', 'B24:B35', 'B36:B39', 'A40:A41', 'A42:A44', 'B42:B43', 'A46:D46'];

/**
 * Seed 002 grown to about `rows` rows by repeating its eight tasks (a department with many budget tasks), merges
 * shifted with them. `mixedFormats` gives every other task's rate "0%" instead of "0.00%" (the published table does
 * so for its 0% tasks), so number formats change from row to row.
 */
export function largeSeed002Workbook(rows: number, options: { mixedFormats?: boolean } = {}): FakeWps {
  const wps = new FakeWps();
  wps.addSheet('封面', [['2021 年度部门整体支出绩效自评报告']]);
  const grid = seed002Grid();
  addGrid(wps, grid);
  const sheet = wps.sheet(SHEET);
  const taskCount = Math.max(8, rows - 44);
  const extra = taskCount - 8;
  // Move everything below the tasks down, then fill the new task rows with the eight tasks over again.
  const moved = new Map<string, FakeEtCell>();
  for (const [address, cell] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const row = Number(m[2]);
    moved.set(row > 13 ? `${m[1]}${row + extra}` : address, cell);
  }
  for (let i = 8; i < taskCount; i++) {
    const from = 6 + (i % 8);
    for (const col of ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']) {
      const source = sheet.cells.get(`${col}${from}`);
      if (source) moved.set(`${col}${6 + i}`, { ...source, ...(col === 'B' ? { value: `任务 ${i + 1}:` } : {}) });
    }
  }
  if (options.mixedFormats) for (let i = 0; i < taskCount; i += 2) moved.get(`I${6 + i}`)!.numberFormat = '0%';
  sheet.cells = moved;
  for (const range of SEED_MERGES) {
    const shifted = range.replace(/(\d+)/g, (n) => String(Number(n) > 13 ? Number(n) + extra : n === '13' ? 13 + extra : Number(n)));
    wps.merge(SHEET, shifted);
  }
  wps.addSheet('说明', [['本表由财务科填报']]);
  wps.activeSheet = wps.sheet(SHEET);
  return wps;
}

/** Bridge calls of one recalculation, the pane having read the workbook once as it opens. */
export async function callsPerRecalc(wps: FakeWps): Promise<number> {
  const host = hostOver(wps);
  await host.loadSettings();
  await host.check({});
  const before = wps.calls;
  await host.recalc({});
  return wps.calls - before;
}
