// `jixiao summary` on 500 generated department workbooks (scripts/make-submissions.ts: 2–4 project tables and a roll-up
// each, every fifth in 元): files per second with one worker per core and with one worker, the speed-up, and the peak
// RSS of the whole process (worker threads included). Each run is a fresh `node` process running the built CLI, so its
// RSS is its own. 100 workbooks are generated and each is copied five times under other names: generating all 500
// with ExcelJS would take minutes and measure nothing of jixiao.
// The machine's load average is reported beside the figures (summaryLoadAvg1): on shared cores a speed-up means little
// without it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeSubmissions } from '../../scripts/make-submissions';
import { round, SkipSection } from '../skip';

const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
const FILES = 500;
const DISTINCT = 100;

interface Measured {
  ms: number;
  rssMb: number;
  code: number;
}

/** One `jixiao summary <dir> --json --jobs n` in a child process; the JSON goes nowhere, the child reports its time and RSS. */
function measure(dir: string, jobs: number): Measured {
  const runner = `
    const { main } = require(${JSON.stringify(MAIN)});
    const start = performance.now();
    main(['summary', ${JSON.stringify(dir)}, '--json', '--jobs', '${jobs}'], { stdout() {}, stderr(t) { process.stderr.write(t); } }).then((code) => {
      process.stdout.write(JSON.stringify({ code, ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024 }));
    });`;
  const r = spawnSync(process.execPath, ['-e', runner], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(`summary --jobs ${jobs} failed: ${r.stderr}`);
  const m = JSON.parse(r.stdout) as Measured;
  if (m.code > 1) throw new Error(`summary --jobs ${jobs} exited ${m.code}: ${r.stderr}`);
  return m;
}

export async function run(): Promise<Record<string, number>> {
  if (!fs.existsSync(MAIN)) throw new SkipSection('lib/ not built (npm run build:cli)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-summary-'));
  try {
    const written = await makeSubmissions(path.join(dir, 'a'), { count: DISTINCT, seed: 500 });
    for (let copy = 1; copy < FILES / DISTINCT; copy++) {
      for (const s of written) {
        const target = path.join(dir, String.fromCharCode(97 + copy), path.relative(path.join(dir, 'a'), s.file));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(s.file, target);
      }
    }
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const load = os.loadavg()[0];
    const one = measure(dir, 1);
    const all = measure(dir, cores);
    return {
      summaryFiles: FILES,
      summaryWorkers: cores,
      summaryWallMs: round(all.ms),
      summaryFilesPerSec: round((FILES * 1000) / all.ms, 1),
      summarySingleWorkerFilesPerSec: round((FILES * 1000) / one.ms, 1),
      summarySpeedup: round(one.ms / all.ms, 2),
      summaryPeakRssMb: round(all.rssMb, 1),
      summarySingleWorkerPeakRssMb: round(one.rssMb, 1),
      summaryLoadAvg1: round(Math.max(load, os.loadavg()[0]), 2),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
