import { describe, expect, it } from 'vitest';
import { estimateCosts, explainEstimate } from '../../../src/lib/estimator/estimate';
import { defaultInputs, type EstimatorInputs } from '../../../src/lib/estimator/inputs';
import { pricingProblems } from '../../../src/lib/estimator/invariants';
import { buildEstimatorModel } from '../../../src/lib/estimator/model';
import { aiSystemsBandFor } from '../../../src/lib/estimator/sources';
import { fixtureModel, fixturePricing } from './fixtures';

const model = fixtureModel();
const inputs = (changes: Partial<EstimatorInputs> = {}): EstimatorInputs => ({ ...defaultInputs(), ...changes });
const component = (result: ReturnType<typeof estimateCosts>, id: string) =>
  result.components.find((item) => item.id === id)!;

describe('estimateCosts', () => {
  it('returns the base ranges for the reference answers', () => {
    const result = estimateCosts(inputs(), model);
    expect(result.components.map((c) => [c.low, c.high])).toEqual(model.components.map((c) => [c.low, c.high]));
    expect(result.firstYear).toEqual({ low: 80000, high: 160000 });
    expect(result.surveillance).toEqual({ low: 5000, high: 10000 });
    expect(result.threeYear).toEqual({ low: 90000, high: 180000 });
  });

  it('multiplies the effects of different answers', () => {
    // Large (+50%) and inventory (-30%) on gap analysis: 10,000 x 1.5 x 0.7 = 10,500.
    const result = estimateCosts(inputs({ sizeBand: '500-2000', aiInventory: true }), model);
    expect(component(result, 'gap-analysis')).toMatchObject({ low: 10500, high: 31500 });
  });

  it('counts only the biggest saving when several certifications touch the same component', () => {
    const both = estimateCosts(inputs({ certifications: ['iso27001', 'iso9001'] }), model);
    expect(component(both, 'framework-development')).toMatchObject({ low: 14000, high: 28000 });
    const all = estimateCosts(inputs({ certifications: ['iso27001', 'iso9001', 'iso27701'] }), model);
    expect(component(all, 'framework-development')).toMatchObject({ low: 12000, high: 24000 });
    const effects = component(all, 'framework-development').effects;
    expect(effects.filter((effect) => !effect.supersededBy).map((effect) => effect.key)).toEqual([
      'certification:iso27701',
    ]);
    expect(
      effects.filter((effect) => effect.supersededBy).every((effect) => effect.supersededBy === 'ISO 27701 in place'),
    ).toBe(true);
  });

  it('rounds every figure to roundTo', () => {
    const pricing = { ...fixturePricing(), roundTo: 1000 };
    const result = estimateCosts(inputs({ aiSystemCount: 2 }), fixtureModel(pricing));
    // Impact 10,000 x 0.8 = 8,000; 20,000 x 0.8 = 16,000.
    expect(component(result, 'impact-assessments')).toMatchObject({ low: 8000, high: 16000 });
    expect(result.components.every((c) => c.low % 1000 === 0 && c.high % 1000 === 0)).toBe(true);
  });

  it('keeps unselected components visible but out of the totals', () => {
    const result = estimateCosts(inputs({ services: ['gap-analysis', 'annual-surveillance'] }), model);
    expect(result.firstYear).toEqual({ low: 10000, high: 30000 });
    expect(result.surveillance).toEqual({ low: 5000, high: 10000 });
    expect(component(result, 'technical-controls')).toMatchObject({ selected: false, low: 30000, high: 50000 });
  });

  it('counts surveillanceYears years of surveillance in the 3-year total', () => {
    const result = estimateCosts(inputs({ sizeBand: 'over-2000' }), model);
    expect(result.surveillance).toEqual({ low: 10000, high: 20000 });
    expect(result.threeYear.low).toBe(result.firstYear.low + 2 * 10000);
  });
});

describe('explainEstimate', () => {
  it('lists each answer that moved something, with the effect on the first-year total', () => {
    const reasons = explainEstimate(inputs({ certifications: ['iso27001'], highRisk: true }), model);
    expect(reasons.map((reason) => reason.key)).toEqual(['highRisk', 'certification:iso27001']);
    const iso = reasons[1]!;
    expect(iso.costs).toEqual([
      expect.objectContaining({
        name: 'Framework',
        percent: -30,
        because: 'shared clauses',
        reason: 'ISO 27001 in place',
      }),
    ]);
    expect(iso.weeks).toEqual([expect.objectContaining({ name: 'Framework', percent: -25 })]);
    expect(iso.firstYearDelta).toEqual({ low: -6000, high: -12000 });
    expect(reasons[0]!.firstYearDelta).toEqual({ low: 5000, high: 10000 });
  });

  it('shows a superseded certification with no effect on the total', () => {
    const reasons = explainEstimate(inputs({ certifications: ['iso27001', 'iso9001'] }), model);
    const qms = reasons.find((reason) => reason.key === 'certification:iso9001')!;
    expect(qms.costs[0]).toMatchObject({ supersededBy: 'ISO 27001 in place' });
    expect(qms.firstYearDelta).toEqual({ low: 0, high: 0 });
  });

  it('says nothing for answers at the reference', () => {
    expect(explainEstimate(inputs(), model)).toEqual([]);
  });
});

describe('aiSystemsBandFor', () => {
  const bands = fixturePricing().aiSystems.bands;
  it.each([
    [1, 1],
    [3, 1],
    [4, 4],
    [10, 4],
    [11, 11],
    [50, 11],
  ])('%i systems fall in the band from %i', (count, from) => {
    expect(aiSystemsBandFor(count, bands).from).toBe(from);
  });
});

describe('pricingProblems', () => {
  it('accepts the fixture', () => {
    expect(pricingProblems(fixturePricing())).toEqual([]);
  });

  it('refuses a larger size band that costs less', () => {
    const pricing = fixturePricing();
    pricing.sizeBands[3]!.costs[0]!.percent = 10;
    expect(pricingProblems(pricing)).toEqual([
      expect.stringContaining('"gap-analysis" is 10% for over-2000 but 50% for 500-2000'),
    ]);
  });

  it('refuses effects on the reference band', () => {
    const pricing = fixturePricing();
    pricing.sizeBands[1]!.costs.push({ component: 'gap-analysis', percent: 5, because: 'x' });
    expect(pricingProblems(pricing).join()).toContain('the base ranges are stated for this band');
  });

  it('refuses more AI systems that cost less, and badly ordered bands', () => {
    const pricing = fixturePricing();
    pricing.aiSystems.bands[2]!.costs[0]!.percent = -30;
    pricing.aiSystems.bands[2]!.from = 3;
    const problems = pricingProblems(pricing).join('\n');
    expect(problems).toContain('must not decrease');
    expect(problems).toContain('must start after');
  });

  it('refuses a certification or inventory that costs more, high-risk that costs less, and -100%', () => {
    const pricing = fixturePricing();
    pricing.certifications[0]!.costs[0]!.percent = 5;
    pricing.aiInventory.costs[0]!.percent = 1;
    pricing.highRisk.costs[0]!.percent = -1;
    pricing.roles[0]!.costs[0]!.percent = -100;
    const problems = pricingProblems(pricing).join('\n');
    expect(problems).toContain('certifications iso27001: costs "framework-development" must not go up');
    expect(problems).toContain('aiInventory: costs "gap-analysis" must not go up');
    expect(problems).toContain('highRisk: costs "impact-assessments" must not go down');
    expect(problems).toContain('would make it free');
  });

  it('refuses missing or duplicated roles and certifications', () => {
    const pricing = fixturePricing();
    pricing.roles.pop();
    pricing.certifications.push(pricing.certifications[0]!);
    expect(pricingProblems(pricing)).toHaveLength(2);
  });
});

describe('buildEstimatorModel', () => {
  const costs = { components: model.components };
  const certification = { phases: model.phases };

  it('keeps only what the estimator needs, in a fixed order', () => {
    const built = buildEstimatorModel({ components: [...costs.components].reverse() }, certification, fixturePricing());
    expect(built.components.map((c) => c.id)).toEqual(model.components.map((c) => c.id));
  });

  it('names the file when a component or phase is missing', () => {
    expect(() =>
      buildEstimatorModel({ components: costs.components.slice(1) }, certification, fixturePricing()),
    ).toThrow('content/data/costs.yaml: the estimator needs a component with id "gap-analysis"');
    expect(() => buildEstimatorModel(costs, { phases: certification.phases.slice(0, 5) }, fixturePricing())).toThrow(
      'content/data/certification.yaml: the estimator needs a phase with id "certification-audit"',
    );
  });
});
