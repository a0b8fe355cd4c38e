import { describe, expect, it } from 'vitest';
import {
  formatBenchResult,
  formatBytes,
  formatGrowth,
  growthBetween,
  type BenchResult,
} from '../../../../scripts/lib/bench/report';

function result(updates: number, pages: number, wall: number, totalBytes: number, cardCpuMs = 80): BenchResult {
  return {
    syntheticUpdates: updates,
    wallSeconds: wall,
    cpuSeconds: wall * 1.5,
    peakMemoryBytes: 500 * 1024 * 1024,
    pagesBuilt: pages,
    totalBytes,
    largestHtml: { file: 'updates/index.html', bytes: 90_000 },
    largestHtmlGzipBytes: 12_000,
    pagefindIndexBytes: 400_000,
    pagefindBytes: 1_000_000,
    searchPayloadBytes: 150_000,
    measuredWith: 'GNU time, all build processes',
    socialCards: {
      cards: pages,
      coldSeconds: (pages * cardCpuMs) / 2000,
      coldCpuSeconds: (pages * cardCpuMs) / 1000,
      coldRendered: pages,
      warmSeconds: pages * 0.002,
      warmRendered: 0,
      smallestBytes: 25_000,
      largestBytes: 56_000,
    },
  };
}

describe('formatBytes', () => {
  it('uses B, KB, MB and GB of 1,024', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
  });
});

describe('formatBenchResult', () => {
  it('prints every figure the benchmark promises', () => {
    const text = formatBenchResult(result(100, 250, 12.34, 5 * 1024 * 1024)).join('\n');
    expect(text).toContain('100 synthetic updates');
    expect(text).toContain('12.3 s wall, 18.5 s CPU');
    expect(text).toContain('peak memory         500.0 MB');
    expect(text).toContain('pages built         250');
    expect(text).toContain('5.0 MB in total, 20.5 KB per page');
    expect(text).toContain('largest HTML page   87.9 KB, 11.7 KB gzip (updates/index.html)');
    expect(text).toContain('Pagefind index      390.6 KB');
    expect(text).toContain('search payload      146.5 KB');
    expect(text).toContain('social cards        250 cards, 24.4 KB-54.7 KB each');
    expect(text).toContain('cold cache        10.0 s wall, 20.0 s CPU for 250 rendered (80 ms CPU per card)');
    expect(text).toContain('warm cache        0.5 s wall for the card step run again, 0 rendered (2.0 ms per card)');
  });
});

describe('growthBetween', () => {
  it('compares per-page figures so that linear growth reads as ×1', () => {
    const growth = growthBetween(result(100, 200, 10, 2_000_000), result(1000, 2000, 40, 20_000_000));
    expect(growth.pages).toBe(10);
    expect(growth.wallSeconds).toBe(4);
    expect(growth.wallSecondsPerPage).toBeCloseTo(0.4);
    expect(growth.outputBytesPerPage).toBeCloseTo(1);
    expect(formatGrowth(growth).join('\n')).toContain('output per page     ×1.00 (flat: output grows linearly)');
  });

  it('compares the cost of a card, so that cards that get dearer with more pages show', () => {
    const growth = growthBetween(result(100, 200, 10, 2_000_000, 80), result(1000, 2000, 40, 20_000_000, 120));
    expect(growth.cardColdCpuPerCard).toBeCloseTo(1.5);
    expect(growth.cardWarmPerCard).toBeCloseTo(1);
    expect(formatGrowth(growth).join('\n')).toContain('social cards        per card ×1.50 cold CPU, ×1.00 warm wall');
  });

  it('calls out output that grows faster than the page count', () => {
    const growth = growthBetween(result(100, 200, 10, 2_000_000), result(1000, 2000, 40, 200_000_000));
    expect(formatGrowth(growth).join('\n')).toContain('×10.00 (rising: output grows faster than the page count)');
  });
});
