import { describe, expect, it } from 'vitest';
import { CYCLE_INSET_PERCENT, layoutCertificationCycle } from '../../../src/lib/charts/certificationCycle';

const steps = (count: number) => Array.from({ length: count }, (_, index) => ({ when: `Step ${index}` }));

describe('layoutCertificationCycle', () => {
  it('spaces the steps one year apart across the line, surveillance between the start and the renewal', () => {
    const events = layoutCertificationCycle(steps(4));
    expect(events.map((event) => event.kind)).toEqual(['initial', 'surveillance', 'surveillance', 'recertification']);
    expect(events.map((event) => event.year)).toEqual([0, 1, 2, 3]);
    expect(events[0]!.xPercent).toBe(CYCLE_INSET_PERCENT);
    expect(events[3]!.xPercent).toBe(100 - CYCLE_INSET_PERCENT);
    expect(events[2]!.xPercent - events[1]!.xPercent).toBeCloseTo(events[1]!.xPercent - events[0]!.xPercent, 1);
  });

  it('follows the data when a step is added', () => {
    expect(layoutCertificationCycle(steps(5)).map((event) => event.kind)).toEqual([
      'initial',
      'surveillance',
      'surveillance',
      'surveillance',
      'recertification',
    ]);
  });

  it('alternates labels above and below the line and keeps the end labels inside it', () => {
    const events = layoutCertificationCycle(steps(4));
    expect(events.map((event) => event.side)).toEqual(['below', 'above', 'below', 'above']);
    expect(events.map((event) => event.anchor)).toEqual(['start', 'middle', 'middle', 'end']);
  });

  it('refuses a cycle with a single step', () => {
    expect(() => layoutCertificationCycle(steps(1))).toThrow(/at least/);
  });
});
