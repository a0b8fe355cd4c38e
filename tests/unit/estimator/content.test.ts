/** The estimator against the real content/data files: the figures the site publishes must agree. */
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../../src/lib/estimator/estimate';
import { defaultInputs, type EstimatorInputs } from '../../../src/lib/estimator/inputs';
import { estimateTimeline } from '../../../src/lib/estimator/timeline';
import { ROLES } from '../../../src/lib/scoping';
import { costsData, pricingData, realModel } from './realModel';

const typical: EstimatorInputs = { ...defaultInputs(), ...pricingData.typicalProfile.inputs };
const brief = {
  'gap-analysis': [10000, 30000],
  'framework-development': [25000, 75000],
  'impact-assessments': [15000, 50000],
  'technical-controls': [30000, 100000],
  'certification-audit': [15000, 40000],
  'annual-surveillance': [8000, 20000],
};

describe('base ranges and phases come from costs.yaml and certification.yaml', () => {
  it('uses the six components of the brief for 50-500 employees', () => {
    expect(Object.fromEntries(realModel.components.map((c) => [c.id, [c.low, c.high]]))).toEqual(brief);
  });

  it('with nothing in place (the default answers) gives exactly the full component range: 95,000-295,000 first-year', () => {
    const costs = estimateCosts(defaultInputs(), realModel);
    expect(costs.firstYear).toEqual({ low: 95000, high: 295000 });
    expect(costs.surveillance).toEqual({ low: 8000, high: 20000 });
    expect(costs.threeYear).toEqual({ low: 95000 + 2 * 8000, high: 295000 + 2 * 20000 });
  });

  it('with the default answers the timeline is the published 15-22 weeks', () => {
    const timeline = estimateTimeline(defaultInputs(), realModel, '2026-11-28');
    expect([timeline.minWeeks, timeline.maxWeeks]).toEqual([15, 22]);
  });
});

describe("the typical profile lands in costs.yaml's typical total (issue 5, point 1)", () => {
  const { low, high } = costsData.typicalTotal;
  const costs = estimateCosts(typical, realModel);

  it('is the profile costs.yaml describes: 50-500, ISO 27001, an AI inventory, 1-3 systems, none high-risk', () => {
    expect(typical).toMatchObject({
      sizeBand: '50-500',
      highRisk: false,
      certifications: ['iso27001'],
      aiInventory: true,
    });
    expect(typical.aiSystemCount).toBeGreaterThanOrEqual(1);
    expect(typical.aiSystemCount).toBeLessThanOrEqual(3);
    expect([low, high]).toEqual([75000, 200000]);
  });

  it('each end of the first-year estimate is within 10% of the typical total', () => {
    console.info(
      `typical profile: first year ${costs.firstYear.low}-${costs.firstYear.high}, typical total ${low}-${high}`,
    );
    expect(Math.abs(costs.firstYear.low - low) / low).toBeLessThanOrEqual(0.1);
    expect(Math.abs(costs.firstYear.high - high) / high).toBeLessThanOrEqual(0.1);
  });

  it('for every AI system count from 1 to 3 and every role, the estimate overlaps most of the typical range', () => {
    for (const aiSystemCount of [1, 2, 3]) {
      for (const role of ROLES) {
        const { firstYear } = estimateCosts({ ...typical, aiSystemCount, role }, realModel);
        const overlap = Math.min(firstYear.high, high) - Math.max(firstYear.low, low);
        expect(overlap / (high - low)).toBeGreaterThanOrEqual(0.85);
      }
    }
  });

  it('sits below the full range at both ends, as costs.yaml explains', () => {
    expect(costs.firstYear.low).toBeLessThan(95000);
    expect(costs.firstYear.high).toBeLessThan(295000);
  });
});
