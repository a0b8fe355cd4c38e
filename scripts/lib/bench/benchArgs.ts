// Command-line options of `npm run bench`.

export interface BenchOptions {
  /** Numbers of synthetic updates to build with, in the order given, e.g. [100, 1000]. */
  pageCounts: number[];
}

export const DEFAULT_PAGE_COUNT = 1000;

function parsePageCounts(text: string): number[] {
  const counts = text.split(',').map((part) => part.trim().replaceAll('_', ''));
  return counts.map((count) => {
    if (!/^\d+$/.test(count) || Number(count) < 1) {
      throw new Error(
        `--pages expects whole numbers of at least 1, separated by commas (e.g. 100,1000); got "${text}"`,
      );
    }
    return Number(count);
  });
}

/** Reads `--pages N` or `--pages=N,M` from the arguments after `npm run bench --`. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  let pageCounts = [DEFAULT_PAGE_COUNT];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--pages') {
      const value = args[index + 1];
      if (value === undefined) throw new Error('--pages needs a value, e.g. --pages 1000 or --pages 100,1000');
      pageCounts = parsePageCounts(value);
      index++;
    } else if (arg.startsWith('--pages=')) {
      pageCounts = parsePageCounts(arg.slice('--pages='.length));
    } else {
      throw new Error(`Unknown option "${arg}". Usage: npm run bench -- --pages 100,1000`);
    }
  }
  return { pageCounts };
}
