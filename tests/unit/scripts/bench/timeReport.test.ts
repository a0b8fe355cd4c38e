import { describe, expect, it } from 'vitest';
import { figuresFromResourceUsage, parseElapsed, parseGnuTimeReport } from '../../../../scripts/lib/bench/timeReport';

// Trimmed from real `/usr/bin/time -v` output.
const report = `	Command being timed: "sh -c astro build && pagefind --site dist"
	User time (seconds): 6.83
	System time (seconds): 2.62
	Percent of CPU this job got: 120%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:07.86
	Maximum resident set size (kbytes): 648912
	Exit status: 0
`;

describe('parseGnuTimeReport', () => {
  it('reads wall time, CPU time (user + system) and peak memory', () => {
    const figures = parseGnuTimeReport(report);
    expect(figures.wallSeconds).toBeCloseTo(7.86);
    expect(figures.cpuSeconds).toBeCloseTo(9.45);
    expect(figures.peakMemoryBytes).toBe(648912 * 1024);
  });

  it('says which line is missing', () => {
    expect(() => parseGnuTimeReport('User time (seconds): 1')).toThrow('"Elapsed (wall clock) time"');
  });
});

describe('parseElapsed', () => {
  it('reads m:ss and h:mm:ss', () => {
    expect(parseElapsed('0:07.86')).toBeCloseTo(7.86);
    expect(parseElapsed('2:05.5')).toBeCloseTo(125.5);
    expect(parseElapsed('1:02:03')).toBe(3723);
    expect(() => parseElapsed('soon')).toThrow('Unexpected elapsed time');
  });
});

describe('figuresFromResourceUsage', () => {
  it('converts microseconds and kilobytes', () => {
    expect(figuresFromResourceUsage({ userCPUTime: 2_500_000, systemCPUTime: 500_000, maxRSS: 1024 }, 4)).toEqual({
      wallSeconds: 4,
      cpuSeconds: 3,
      peakMemoryBytes: 1024 * 1024,
    });
  });
});
