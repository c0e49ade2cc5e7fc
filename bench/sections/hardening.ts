// `jixiao check` on inputs that used to exhaust the machine, each in a fresh process, wall time and peak RSS:
//   strayCells*  the bundled sample plus stray cells at A1048576 and XFD1 (was 69 s and 4.1 GB, then V8's OOM);
//   rows50k*     a 部门整体绩效自评表 of 50,000 indicator rows (450,000 cells, a 1.6 MB file);
//   files200*    200 copies of the sample in one command.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { filledRows, formatAt, rowEntries } from '../../src/core/grid';
import { departmentGrid } from '../tables';
import { round, SkipSection } from '../skip';

const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
const SAMPLE = path.join(ROOT, 'samples', 'department-2021-jinshui.xlsx');

/** Runs `jixiao check --json files…` in a new Node process; its own peak RSS (getrusage) and the wall time. */
function measure(files: string[]): { ms: number; rssMb: number } {
  const script = `require(${JSON.stringify(MAIN)}).main(['check', '--json', ...process.argv.slice(1)], { stdout() {}, stderr() {} })
    .then((code) => process.stdout.write(JSON.stringify({ code, maxRss: process.resourceUsage().maxRSS })));`;
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-e', script, ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const ms = performance.now() - start;
  const out = JSON.parse(r.stdout || '{}') as { code?: number; maxRss?: number };
  if (out.code !== 0 && out.code !== 1) throw new Error(`jixiao check exited ${out.code}: ${r.stderr.trim().split('\n')[0]}`);
  return { ms: round(ms), rssMb: round(out.maxRss! / 1024, 1) };
}

async function write(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function run(): Promise<Record<string, number>> {
  if (!fs.existsSync(MAIN)) throw new SkipSection('lib/ not built (npm run build:cli)');
  if (!fs.existsSync(SAMPLE)) throw new SkipSection('samples/department-2021-jinshui.xlsx missing (npm run samples)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-hardening-'));
  try {
    const stray = new ExcelJS.Workbook();
    await stray.xlsx.readFile(SAMPLE);
    stray.getWorksheet('部门整体自评表')!.getCell('A1048576').value = '备注';
    stray.getWorksheet('部门整体自评表')!.getCell('XFD1').value = 'x';
    const strayFile = await write(stray, path.join(dir, 'stray.xlsx'));

    const grid = departmentGrid(50_000);
    const big = new ExcelJS.Workbook();
    const sheet = big.addWorksheet('自评表');
    for (const r of filledRows(grid)) {
      for (const { col, value } of rowEntries(grid, r)) {
        const cell = sheet.getCell(r + 1, col + 1);
        cell.value = value;
        const format = formatAt(grid, r, col);
        if (format) cell.numFmt = format;
      }
    }
    for (const m of grid.merges ?? []) sheet.mergeCells(m);
    const bigFile = await write(big, path.join(dir, 'rows50k.xlsx'));

    const copies = Array.from({ length: 200 }, (_, i) => {
      const file = path.join(dir, `copy-${i + 1}.xlsx`);
      fs.copyFileSync(SAMPLE, file);
      return file;
    });

    measure([SAMPLE]); // warm the file cache
    const s = measure([strayFile]);
    const b = measure([bigFile]);
    const c = measure(copies);
    return {
      strayCellsCheckMs: s.ms,
      strayCellsPeakRssMb: s.rssMb,
      rows50kCheckMs: b.ms,
      rows50kPeakRssMb: b.rssMb,
      files200CheckMs: c.ms,
      files200PeakRssMb: c.rssMb,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
