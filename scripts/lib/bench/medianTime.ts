/**
 * Timing for the in-process benchmarks (bench-workbench, bench-snapshots): the median of several
 * runs after one warm-up, and `--runs N` from the command line (9 by default).
 */

export function runsFromArguments(args: readonly string[], fallback = 9): number {
  const index = args.indexOf('--runs');
  const runs = Number(index >= 0 ? args[index + 1] : fallback);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error('--runs expects a whole number of at least 1, e.g. --runs 9');
  return runs;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median milliseconds of `runs` calls of `work`, after one warm-up call, with the last result. */
export function medianTime<T>(work: () => T, runs: number): { ms: number; result: T } {
  let result = work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = work();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), result };
}
