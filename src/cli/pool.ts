// Spreads files over worker threads (node:worker_threads): each worker holds one file at a time and gets the next
// when it answers, so memory stays bounded however many files there are. A worker that dies (out of memory, a crash)
// costs only its file, reported as unusable, and is replaced.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EngineOptions } from '../core/engine';
import type { FilePart } from '../core/rollup';
import type { WorkerAnswer, WorkerJob } from './summary-worker';

/** The worker's script beside this one; under ts-jest-like runs (.ts sources) compiled on the fly by bench/register.js. */
function workerScript(): { file: string; execArgv: string[] } {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `summary-worker${ext}`);
  return ext === '.ts' ? { file, execArgv: ['-r', path.resolve(__dirname, '../../bench/register.js')] } : { file, execArgv: [] };
}

/**
 * Runs `files` on `workers` threads; `onPart` gets each file's part as it arrives (in completion order, with its index
 * in `files`). Resolves once every file has answered.
 */
export function runPool(files: string[], workers: number, options: EngineOptions, onPart: (index: number, part: FilePart) => void): Promise<void> {
  const { file: script, execArgv } = workerScript();
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = () => {
      if (done === files.length) resolve();
    };
    const start = () => {
      const worker = new Worker(script, { workerData: { options }, execArgv });
      let current: number | null = null;
      const give = () => {
        if (next >= files.length) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current] } satisfies WorkerJob);
      };
      worker.on('message', (answer: WorkerAnswer) => {
        onPart(answer.index, answer.part);
        done++;
        give();
        finish();
      });
      // A dead worker loses its file only: that file is reported, a new worker takes the rest.
      const lost = (reason: string) => {
        if (current === null) return;
        const index = current;
        const file = files[index];
        current = null;
        onPart(index, { file, error: `${file}：检查时出现内部错误（${reason}），请把文件反馈给开发者` });
        done++;
        if (next < files.length) start();
        finish();
      };
      worker.on('error', (error) => lost(String(error?.message ?? error).split('\n')[0]));
      worker.on('exit', (code) => lost(`检查进程意外退出，代码 ${code}`));
      give();
    };
    for (let i = 0; i < Math.min(workers, files.length); i++) start();
    finish();
  });
}
