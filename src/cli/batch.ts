// Runs over several inputs (contract.md, "Multi-file runs"): every file gets its outcome, an unusable one its reason
// in its place, and the exit status is the worst of all (2 > 1 > 0). Commands that take many files (check today,
// summary and folder inputs later) share this.
import { Unusable } from './input';
import { EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE } from './io';

export type Outcome<T> = { file: string; result: T } | { file: string; error: string };

/** Runs `work` on each file in turn; an Unusable becomes that file's error, anything else is a bug and propagates. */
export async function eachFile<T>(files: string[], work: (file: string) => Promise<T>): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  for (const file of files) {
    try {
      outcomes.push({ file, result: await work(file) });
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      outcomes.push({ file, error: error.reason });
    }
  }
  return outcomes;
}

/** The worst exit status: 2 when any file was unusable, else 1 when `failed` holds for any result, else 0. */
export function worstExit<T>(outcomes: Outcome<T>[], failed: (result: T) => boolean): number {
  let worst = EXIT_OK;
  for (const o of outcomes) {
    const code = 'error' in o ? EXIT_UNUSABLE : failed(o.result) ? EXIT_ERRORS : EXIT_OK;
    worst = Math.max(worst, code);
  }
  return worst;
}
