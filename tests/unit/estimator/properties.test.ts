import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS, COMPONENT_IDS } from '../../../src/lib/estimator/ids';
import type { EstimatorInputs } from '../../../src/lib/estimator/inputs';
import { ROLES, SIZE_BANDS } from '../../../src/lib/scoping';
import { pricingProblems } from '../../../src/lib/estimator/invariants';
import { checkMonotonicProperties, checkServiceRemoval, randomProfiles } from './inputSpace';
import { randomModel } from './randomPricing';
import { realModel } from './realModel';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the pricing model behaves as a buyer expects (real content/data files)', () => {
  const max = realModel.pricing.aiSystems.max;

  it('over every combination of size, AI systems 1..max, high-risk, role, certifications and inventory', () => {
    // Never cheaper or faster for a larger company, more AI systems or high-risk use; never dearer
    // or slower with a certification or an AI inventory; low never above high.
    const report = checkMonotonicProperties(realModel, range(1, max));
    console.info(`monotonic properties: ${report.profiles} profiles, ${report.comparisons} comparisons`);
    expect(report.profiles).toBe(4 * max * 2 * 3 * 16 * 2);
    expect(report.failures).toEqual([]);
  }, 120_000);

  it('deselecting a service removes exactly its component, for all 64 service subsets', () => {
    // Prices depend on the AI system count only through its band: one count per band, plus the maximum.
    const edges = [...new Set(realModel.pricing.aiSystems.bands.map((band) => band.from).concat(max))];
    const grid: EstimatorInputs[] = [];
    for (const sizeBand of SIZE_BANDS)
      for (const aiSystemCount of edges)
        for (const highRisk of [false, true])
          for (const role of ROLES)
            for (let mask = 0; mask < 16; mask += 1)
              for (const aiInventory of [false, true])
                grid.push({
                  sizeBand,
                  aiSystemCount,
                  highRisk,
                  role,
                  certifications: CERTIFICATIONS.filter((_, i) => (mask >> i) & 1),
                  aiInventory,
                  services: [...COMPONENT_IDS],
                  targetDate: '',
                });
    const report = checkServiceRemoval(realModel, grid);
    const random = checkServiceRemoval(realModel, randomProfiles(1000, max, 42));
    console.info(
      `service removal: ${report.profiles} + ${random.profiles} (seeded) combinations, ${report.comparisons + random.comparisons} removals`,
    );
    expect(report.failures).toEqual([]);
    expect(random.failures).toEqual([]);
  }, 120_000);
});

describe('the rules enforced on pricing.yaml are enough: random data that follows them keeps the properties', () => {
  const seeds = range(1, 8);
  it.each(seeds)(
    'random pricing #%i',
    (seed) => {
      const model = randomModel(seed, 20);
      expect(pricingProblems(model.pricing)).toEqual([]);
      const report = checkMonotonicProperties(model, range(1, 20));
      const removal = checkServiceRemoval(model, randomProfiles(100, 20, seed));
      expect(report.failures).toEqual([]);
      expect(removal.failures).toEqual([]);
    },
    60_000,
  );
});
