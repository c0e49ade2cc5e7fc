// `jixiao check` on the bundled sample: wall time of the spawned command, split into .xlsx parsing (ExcelJS → Grids)
// and engine time measured in process; and throughput when checking 20 copies in one command.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeWorkbook } from '../../src/core/engine';
import { applyPlan, readWorkbook } from '../../src/file/xlsx';
import { SkipSection, median, round, timeMedian } from '../skip';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'jixiao.js');
const SAMPLE = path.join(ROOT, 'samples', 'department-2021-jinshui.xlsx');
const COPIES = 20;

function spawnCheck(files: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'check', '--json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao check exited ${r.status}: ${r.stderr.trim()}`);
  return ms;
}

export async function run(): Promise<Record<string, number>> {
  if (!fs.existsSync(SAMPLE)) throw new SkipSection('samples/department-2021-jinshui.xlsx missing (npm run samples)');
  if (!fs.existsSync(path.join(ROOT, 'lib', 'src', 'cli', 'main.js'))) throw new SkipSection('lib/ not built (npm run build:cli)');

  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const { grids } = await readWorkbook(bytes);
  analyzeWorkbook(grids);
  const cliSampleParseMs = await timeMedian(7, () => readWorkbook(bytes));
  const cliSampleEngineMs = await timeMedian(21, () => analyzeWorkbook(grids));
  const { plan } = analyzeWorkbook(grids);
  const fileApplyPlanMs = await timeMedian(7, () => applyPlan(bytes, plan));

  spawnCheck([SAMPLE]); // warm the file cache
  const walls: number[] = [];
  for (let i = 0; i < 5; i++) walls.push(spawnCheck([SAMPLE]));
  const cliSampleWallMs = round(median(walls));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  try {
    const copies = Array.from({ length: COPIES }, (_, i) => {
      const file = path.join(dir, `copy-${i + 1}.xlsx`);
      fs.copyFileSync(SAMPLE, file);
      return file;
    });
    const batch = median([spawnCheck(copies), spawnCheck(copies), spawnCheck(copies)]);
    const recalcWalls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'recalc', SAMPLE, '-o', path.join(dir, `out-${i}.xlsx`)], { encoding: 'utf8' });
      recalcWalls.push(performance.now() - start);
      if (r.status !== 0 && r.status !== 1) throw new Error(`jixiao recalc exited ${r.status}: ${r.stderr.trim()}`);
    }
    return {
      cliSampleWallMs,
      cliSampleParseMs,
      cliSampleEngineMs,
      cliSampleEngineShare: round(cliSampleEngineMs / cliSampleWallMs, 4),
      cliSampleRecalcWallMs: round(median(recalcWalls)),
      fileApplyPlanMs,
      cliBatchFiles: COPIES,
      cliBatchWallMs: round(batch),
      cliFilesPerSec: round((COPIES * 1000) / batch, 1),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
