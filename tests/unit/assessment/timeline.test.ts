import { describe, expect, it } from 'vitest';
import { estimateTimeline, timelineProfile } from '../../../src/lib/assessment/timeline';
import { buildTimelineTable } from '../../../src/lib/estimator/timeline';
import { systemBandIndex, timelineKey } from '../../../src/lib/assessment/timelineTable';
import { fixtureModel, fixturePricing } from '../estimator/fixtures';
import { scoping } from './fixtures';

// Published phases 2-3, 3-4, 3-4, 4-6, 2-3, 1-2 weeks: 15-22 in total.
const { phases } = fixtureModel();
const rule = buildTimelineTable(phases, fixturePricing());
const reference = scoping({ role: 'provider', sizeBand: '50-500', aiSystemCount: 5, euExposure: 'none' });

describe('estimateTimeline (assessment)', () => {
  it('keeps the published ranges for the organization they are stated for', () => {
    expect(estimateTimeline(phases, reference, 100, rule)).toMatchObject({
      totalLowWeeks: 15,
      totalHighWeeks: 22,
      totalExpectedWeeks: 15,
      factor: 1,
      assumedDefaults: false,
    });
  });

  it('moves the expectation to the high end as readiness falls', () => {
    const expected = (readiness: number | null) =>
      estimateTimeline(phases, reference, readiness, rule).totalExpectedWeeks;
    expect(expected(0)).toBe(22);
    // Halfway per phase, rounded: 2.5->3, 3.5->4, 3.5->4, 5, 2.5->3, 1.5->2.
    expect(expected(50)).toBe(21);
    expect(expected(null)).toBe(22);
  });

  it('applies the week effects of the size band, as the estimator does', () => {
    const large = estimateTimeline(phases, { ...reference, sizeBand: 'over-2000' }, 0, rule);
    // The fixture doubles gap analysis for over 2,000 people: 2-3 becomes 4-6.
    expect(large.phases[0]).toMatchObject({ id: 'gap-analysis', lowWeeks: 4, highWeeks: 6 });
    expect(large.totalHighWeeks).toBe(25);
    expect(large.factor).toBe(1.14);
  });

  it('counts high-risk EU exposure as high-risk use', () => {
    const pricing = fixturePricing();
    const highRiskRule = buildTimelineTable(phases, {
      ...pricing,
      highRisk: { ...pricing.highRisk, weeks: [{ phase: 'impact-assessments', percent: 50, because: 'deeper' }] },
    });
    const highRisk = estimateTimeline(phases, { ...reference, euExposure: 'high-risk' }, 0, highRiskRule);
    expect(highRisk.phases[2]).toMatchObject({ id: 'impact-assessments', lowWeeks: 5, highWeeks: 6 });
    const unsure = estimateTimeline(phases, { ...reference, euExposure: 'unsure' }, 0, highRiskRule);
    expect(unsure.phases[2]).toMatchObject({ lowWeeks: 3, highWeeks: 4 });
  });

  it('moves nothing for unanswered scoping questions, and says so', () => {
    const estimate = estimateTimeline(phases, scoping(), 0, rule);
    expect(estimate).toMatchObject({ totalLowWeeks: 15, totalHighWeeks: 22, assumedDefaults: true });
    expect(timelineProfile(scoping())).toEqual({ sizeBand: null, aiSystemCount: null, highRisk: false, role: null });
  });

  it('refuses a table built for other phases rather than guess', () => {
    expect(() => estimateTimeline(phases.slice(1), reference, 0, rule)).toThrow(
      /no ranges for "50-500\|1\|provider\|-"/,
    );
  });
});

describe('the timeline table', () => {
  it('finds the AI-systems band as the estimator does: the last band a count reaches', () => {
    expect([0, 1, 3, 4, 10, 11, 500].map((count) => systemBandIndex(count, [1, 4, 11]))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it('has a row for every combination of answers, unanswered ones included', () => {
    // 5 size answers (4 bands or none) x 4 system answers (3 bands or none) x 4 roles (3 or none) x 2 exposures.
    expect(Object.keys(rule.ranges)).toHaveLength(5 * 4 * 4 * 2);
    expect(
      rule.ranges[timelineKey({ sizeBand: null, aiSystemCount: null, role: null, highRisk: false }, rule.systemBands)],
    ).toEqual([
      [2, 3],
      [3, 4],
      [3, 4],
      [4, 6],
      [2, 3],
      [1, 2],
    ]);
  });
});
