// Fuzz: the bundled sample workbooks, mutated at the .xlsx level the ways real files go wrong (junk strings, odd
// merges, deleted rows, tables shifted down or right, stray far cells, huge numbers, truncated or damaged zips),
// run through the real CLI entry point. Whatever the file, jixiao must not crash, must exit 0, 1 or 2, must print
// JSON that parses, must point every finding at a cell that exists, must give the same workbook from recalc run
// twice as from once, and must never change a cell a person typed (only the derived cells it lists in `writes`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/file';
import { parseAddress } from '../../src/core/grid';
import type { CellWrite, Finding } from '../../src/core/report';
import { loadWorkbook, toBytes } from '../cli/workbooks';

jest.setTimeout(Number(process.env.FUZZ_TIMEOUT_MS ?? 110_000));

const SAMPLES = ['department-2021-jinshui.xlsx', 'project-2021-national.xlsx', 'projects-2021-rongjiang.xlsx'].map((name) =>
  fs.readFileSync(path.resolve(__dirname, '../../samples', name)),
);

const JUNK = ['', ' ', '—', '/', 'NaN', 'Infinity', '-Infinity', '1e308', '＝', '≥', '≤90万元', '#DIV/0!', '=1/0', '％', '完成', '１２３．５', '12,34.5', 'x'.repeat(2000), '\u0000\u0001', '😀', '<v>1</v>', '&amp;'];
const HUGE = [1e308, -1e308, 1e15, 999_999_999_999_999, 5e-324, -0, 1e-7, 2 ** 53, -1];

type Mutation =
  | { kind: 'junk'; pick: number; text: string }
  | { kind: 'huge'; pick: number; value: number }
  | { kind: 'merge'; pick: number; rows: number; cols: number }
  | { kind: 'deleteRows'; pick: number; count: number }
  | { kind: 'shift'; rows: number; cols: number }
  | { kind: 'stray'; address: string; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('junk' as const), pick: fc.nat(), text: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('huge' as const), pick: fc.nat(), value: fc.oneof(fc.constantFrom(...HUGE), fc.double({ noNaN: true, noDefaultInfinity: true })) }),
  fc.record({ kind: fc.constant('merge' as const), pick: fc.nat(), rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('deleteRows' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('shift' as const), rows: fc.integer({ min: 0, max: 30 }), cols: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('stray' as const), address: fc.constantFrom('A1048576', 'XFD1', 'XFD1048576', 'ZZ5000', 'A60'), text: fc.constantFrom('x', '备注', '合计', '预算执行率') }),
);

/** Filled cells of a sheet, in reading order. */
function filledCells(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.push(cell)));
  return cells;
}

function apply(workbook: ExcelJS.Workbook, m: Mutation): void {
  const sheets = workbook.worksheets.filter((w) => w.state === 'visible');
  const sheet = sheets[sheets.length - 1];
  const cells = filledCells(sheet);
  const cell = cells.length ? cells[('pick' in m ? m.pick : 0) % cells.length] : sheet.getCell('A1');
  switch (m.kind) {
    case 'junk':
      cell.value = m.text;
      break;
    case 'huge':
      cell.value = m.value;
      break;
    case 'merge':
      try {
        sheet.mergeCells(Number(cell.row), Number(cell.col), Number(cell.row) + m.rows - 1, Number(cell.col) + m.cols - 1);
      } catch {
        /* overlaps a merge: ExcelJS refuses, as Excel would */
      }
      break;
    case 'deleteRows':
      sheet.spliceRows(Number(cell.row), m.count);
      break;
    case 'shift':
      if (m.rows) sheet.spliceRows(1, 0, ...Array.from({ length: m.rows }, () => []));
      if (m.cols) sheet.spliceColumns(1, 0, ...Array.from({ length: m.cols }, () => []));
      break;
    case 'stray':
      sheet.getCell(m.address).value = m.text;
      break;
  }
}

type ZipDamage = { kind: 'none' } | { kind: 'truncate'; keep: number } | { kind: 'flip'; at: number; value: number };
const zipDamage: fc.Arbitrary<ZipDamage> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), keep: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.integer({ min: 0, max: 255 }) }) },
);

function damage(bytes: Uint8Array, d: ZipDamage): Uint8Array {
  if (d.kind === 'truncate') return bytes.slice(0, Math.floor(bytes.length * d.keep));
  if (d.kind === 'flip') {
    const copy = bytes.slice();
    copy[Math.min(copy.length - 1, Math.floor(copy.length * d.at))] = d.value;
    return copy;
  }
  return bytes;
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Every part of the package but docProps/core.xml (which carries the time it was written): the same workbook,
 *  byte for byte, down to each fill, note and hidden ledger row. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir && name !== 'docProps/core.xml') out[name] = await file.async('string');
  return out;
}

/** The values people typed: every cell of every sheet but jixiao's own. */
async function typedValues(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const workbook = await loadWorkbook(bytes);
  const values = new Map<string, unknown>();
  // A merged area's other cells show its top-left cell's value in ExcelJS: only the top-left one holds it.
  for (const ws of workbook.worksheets) for (const cell of filledCells(ws)) if (cell.type !== ExcelJS.ValueType.Merge) values.set(`${ws.name}!${cell.address}`, cell.value);
  return values;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fuzz-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let counter = 0;

it('mutated sample workbooks: no crash, exit 0/1/2, JSON parses, findings on real cells, recalc twice = once, typed cells kept', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(SAMPLES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), zipDamage, async (sample, mutations, zip) => {
      const workbook = await loadWorkbook(SAMPLES[sample]);
      let bytes: Uint8Array;
      try {
        // Stray far cells go in last: shifting a cell at XFD1048576 further pushes it off the sheet, where ExcelJS
        // loops for ever — a file no spreadsheet can make.
        for (const m of [...mutations.filter((x) => x.kind !== 'stray'), ...mutations.filter((x) => x.kind === 'stray')]) apply(workbook, m);
        bytes = await toBytes(workbook);
      } catch {
        return; // ExcelJS could not make the mutation itself (a column pushed past XFD): nothing of jixiao's to test
      }
      bytes = damage(bytes, zip);
      const id = ++counter;
      const input = path.join(dir, `in-${id}.xlsx`);
      fs.writeFileSync(input, bytes);

      const check = await run('check', input, '--json');
      expect([0, 1, 2]).toContain(check.code);
      const report = JSON.parse(check.stdout) as { error?: string; findings?: Finding[]; writes?: CellWrite[] };
      if (check.code === 2) {
        expect(typeof report.error).toBe('string');
        expect(check.stderr.trim().split('\n')).toHaveLength(1);
        return;
      }
      const sheets = (await readWorkbook(bytes)).sheetNames;
      for (const f of report.findings!) {
        expect(sheets).toContain(f.sheet);
        const { row, col } = parseAddress(f.cell);
        expect(row >= 0 && row < 1_048_576 && col >= 0 && col < 16_384).toBe(true);
        // Only quoted text (what the person typed) may say NaN; nothing computed is NaN, Infinity or undefined.
        expect(f.message.replace(/“[^”]*”/g, '“”')).not.toMatch(/NaN|Infinity|undefined|\[object/);
      }

      const once = path.join(dir, `once-${id}.xlsx`);
      const first = await run('recalc', input, '-o', once, '--json');
      expect([0, 1, 2]).toContain(first.code);
      const recalc = JSON.parse(first.stdout) as { writes: CellWrite[]; reportSheet: string; error?: string };
      if (first.code === 2) {
        // A damaged zip the reader can still read but ExcelJS cannot write from: refused, nothing written.
        expect(recalc.error).toMatch(/^无法写出/);
        expect(fs.existsSync(once)).toBe(false);
        return;
      }
      const onceBytes = new Uint8Array(fs.readFileSync(once));

      // No typed cell changed: every input cell reads the same in the output unless recalc wrote it.
      const written = new Map(recalc.writes.map((w) => [`${w.sheet}!${w.cell}`, w.after]));
      const after = await typedValues(onceBytes);
      for (const [key, value] of await typedValues(bytes)) {
        if (written.has(key)) continue;
        if (key.startsWith(`${recalc.reportSheet}!`)) continue;
        expect([key, after.get(key)]).toEqual([key, value]);
      }
      for (const [key, value] of written) expect([key, after.get(key)]).toEqual([key, value]);

      const twice = path.join(dir, `twice-${id}.xlsx`);
      const second = await run('recalc', once, '-o', twice, '--json');
      expect(second.code).toBe(first.code);
      expect(await parts(new Uint8Array(fs.readFileSync(twice)))).toEqual(await parts(onceBytes));
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 20) },
  );
});
