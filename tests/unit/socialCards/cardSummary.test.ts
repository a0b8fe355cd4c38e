import { describe, expect, it } from 'vitest';
import { formatCardSummary, parseCardSummary } from '../../../src/integrations/socialCards/cardSummary';

describe('the social card summary line', () => {
  it('reads back the figures it printed, as the benchmark needs them', () => {
    const line = formatCardSummary({
      cards: 125,
      rendered: 120,
      fromCache: 5,
      seconds: 12.345,
      cpuSeconds: 9.6,
      smallestBytes: 25_190,
      largestBytes: 56_730,
    });
    expect(line).toBe(
      'Social cards: 125 pages, 120 rendered, 5 from cache in 12.35 s, 9.60 s CPU (80 ms CPU per rendered card; 24.6-55.4 KB each)',
    );
    expect(parseCardSummary(`01:11:04 [social-cards] ${line}`)).toEqual({
      cards: 125,
      rendered: 120,
      fromCache: 5,
      seconds: 12.35,
      cpuSeconds: 9.6,
      cpuMsPerRenderedCard: 80,
      smallestKb: 24.6,
      largestKb: 55.4,
    });
  });

  it('ignores other build output', () => {
    expect(parseCardSummary('[build] 125 page(s) built in 30.1s')).toBeUndefined();
  });
});
