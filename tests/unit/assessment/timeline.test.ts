import { describe, expect, it } from 'vitest';
import { estimateTimeline, timelineFactor } from '../../../src/lib/assessment/timeline';
import type { TimelineSettings } from '../../../src/lib/assessment/types';
import { scoping } from './fixtures';

const phases = [
  { id: 'gap-analysis', name: 'Gap analysis', minWeeks: 2, maxWeeks: 3 },
  { id: 'implementation', name: 'Control implementation', minWeeks: 4, maxWeeks: 6 },
];
const settings: TimelineSettings = {
  sizeFactors: { 'under-50': 0.8, '50-500': 1, '500-2000': 1.25, 'over-2000': 1.5 },
  systemCountFactors: [
    { minSystems: 0, factor: 1 },
    { minSystems: 6, factor: 1.2 },
  ],
};

describe('timelineFactor', () => {
  it('multiplies the size and system-count factors', () => {
    expect(timelineFactor(scoping({ sizeBand: 'over-2000', aiSystemCount: 10 }), settings).factor).toBeCloseTo(1.8);
    expect(timelineFactor(scoping({ sizeBand: '50-500', aiSystemCount: 5 }), settings).factor).toBe(1);
  });

  it('assumes 1 and says so when scoping is incomplete', () => {
    expect(timelineFactor(scoping(), settings)).toEqual({ factor: 1, assumedDefaults: true });
  });
});

describe('estimateTimeline', () => {
  it('keeps the published ranges for the reference organization', () => {
    const estimate = estimateTimeline(phases, scoping({ sizeBand: '50-500', aiSystemCount: 3 }), 100, settings);
    expect(estimate).toMatchObject({
      totalLowWeeks: 6,
      totalHighWeeks: 9,
      totalExpectedWeeks: 6,
      assumedDefaults: false,
    });
  });

  it('moves the expectation to the high end as readiness falls', () => {
    const estimate = (readiness: number | null) =>
      estimateTimeline(phases, scoping({ sizeBand: '50-500', aiSystemCount: 1 }), readiness, settings)
        .totalExpectedWeeks;
    expect(estimate(0)).toBe(9);
    expect(estimate(50)).toBe(8);
    expect(estimate(null)).toBe(9);
  });

  it('scales ranges for larger organizations and never goes below one week', () => {
    const large = estimateTimeline(phases, scoping({ sizeBand: 'over-2000', aiSystemCount: 1 }), 0, settings);
    expect(large.phases[0]).toMatchObject({ lowWeeks: 3, highWeeks: 5 });
    const tiny = estimateTimeline(
      [{ id: 'x', name: 'X', minWeeks: 1, maxWeeks: 1 }],
      scoping({ sizeBand: 'under-50' }),
      0,
      settings,
    );
    expect(tiny.phases[0]).toMatchObject({ lowWeeks: 1, highWeeks: 1, expectedWeeks: 1 });
  });
});
