import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_COUNT, parseBenchArgs } from '../../../../scripts/lib/bench/benchArgs';

describe('parseBenchArgs', () => {
  it('defaults to 1,000 updates', () => {
    expect(parseBenchArgs([])).toEqual({ pageCounts: [DEFAULT_PAGE_COUNT] });
    expect(DEFAULT_PAGE_COUNT).toBe(1000);
  });

  it('reads one count or a comma-separated list, with or without "="', () => {
    expect(parseBenchArgs(['--pages', '250'])).toEqual({ pageCounts: [250] });
    expect(parseBenchArgs(['--pages', '100,1000'])).toEqual({ pageCounts: [100, 1000] });
    expect(parseBenchArgs(['--pages=100, 1_000'])).toEqual({ pageCounts: [100, 1000] });
  });

  it('explains what is wrong with a bad value or option', () => {
    expect(() => parseBenchArgs(['--pages'])).toThrow('--pages needs a value');
    expect(() => parseBenchArgs(['--pages', '0'])).toThrow('whole numbers of at least 1');
    expect(() => parseBenchArgs(['--pages', 'ten'])).toThrow('got "ten"');
    expect(() => parseBenchArgs(['--page', '10'])).toThrow('Unknown option "--page"');
  });
});
