// A worker thread of `jixiao summary`: takes one file at a time from the main thread and answers with its part.
// One workbook in memory per worker, whatever the number of files.
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineOptions } from '../core/engine';
import type { FilePart } from '../core/rollup';
import { summarizeFile } from './summary-file';

export interface WorkerJob {
  index: number;
  file: string;
}

export interface WorkerAnswer {
  index: number;
  part: FilePart;
}

const options = (workerData as { options: EngineOptions }).options;
parentPort!.on('message', (job: WorkerJob) => {
  summarizeFile(job.file, options).then((part) => parentPort!.postMessage({ index: job.index, part } satisfies WorkerAnswer));
});
