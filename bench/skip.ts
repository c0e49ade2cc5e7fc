/**
 * Thrown by a bench section that cannot run here (dist/ not built, no browser, …): the runner reports the section
 * as skipped with this reason instead of failing. Recognised by name, so a section may also throw its own
 * `Object.assign(new Error(reason), { name: 'SkipSection' })`.
 */
export class SkipSection extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SkipSection';
  }
}

/** Median of the samples (the mean of the middle two for an even count). */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs fn `runs` times and returns the median wall time in ms, rounded to 0.01 ms. */
export async function timeMedian(runs: number, fn: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return round(median(samples));
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
