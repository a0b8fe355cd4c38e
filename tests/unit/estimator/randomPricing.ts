/**
 * Random pricing data that follows the rules of pricingProblems(), to show that the rules alone
 * (not the particular numbers in pricing.yaml) guarantee the buyer's expectations.
 */
import { CERTIFICATIONS, COMPONENT_IDS, PHASE_IDS } from '../../../src/lib/estimator/ids';
import { ROLES, SIZE_BANDS } from '../../../src/lib/scoping';
import type { Adjustment, EstimatorModel, PricingConfig } from '../../../src/lib/estimator/types';
import { seededRandom } from './inputSpace';

export function randomModel(seed: number, maxAiSystems: number): EstimatorModel {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => Math.round((low + random() * (high - low)) * 10) / 10;
  const targets = [
    ...COMPONENT_IDS.map((id) => ['costs', id] as const),
    ...PHASE_IDS.map((id) => ['weeks', id] as const),
  ];

  /** Builds adjustments from a percent per target (0 or a random drop leaves the target out). */
  const adjustment = (reason: string, percentFor: (target: string, kind: 'costs' | 'weeks') => number): Adjustment => {
    const result: Adjustment = { reason, costs: [], weeks: [] };
    for (const [kind, target] of targets) {
      const percent = percentFor(target, kind);
      if (percent === 0 && random() < 0.5) continue;
      if (kind === 'costs')
        result.costs.push({
          component: target as (typeof COMPONENT_IDS)[number],
          percent,
          because: 'random test value',
        });
      else result.weeks.push({ phase: target as (typeof PHASE_IDS)[number], percent, because: 'random test value' });
    }
    return result;
  };

  // Size: per target a non-decreasing sequence with the reference band at 0.
  const sizeValues = new Map(
    targets.map(([kind, target]) => {
      const large = random() < 0.2 ? 0 : between(0, 150);
      return [`${kind}:${target}`, [random() < 0.2 ? 0 : -between(0, 80), 0, large, large + between(0, 150)]];
    }),
  );
  const sizeBands = SIZE_BANDS.map((id, i) => ({
    id,
    label: id,
    ...adjustment(id, (target, kind) => sizeValues.get(`${kind}:${target}`)![i]!),
  }));

  // AI systems: 1 to 5 bands with rising starts and non-decreasing percents.
  const bandCount = 1 + Math.floor(random() * 5);
  const starts = [1];
  while (starts.length < bandCount)
    starts.push(starts[starts.length - 1]! + 1 + Math.floor(random() * Math.max(1, maxAiSystems / bandCount)));
  const bandStarts = starts.filter((from) => from <= maxAiSystems);
  const bandValues = new Map(
    targets.map(([kind, target]) => {
      let value = -between(0, 60);
      return [`${kind}:${target}`, bandStarts.map(() => (value += random() < 0.3 ? 0 : between(0, 80)))];
    }),
  );
  const bands = bandStarts.map((from, i) => ({
    from,
    ...adjustment(`from ${from}`, (target, kind) => bandValues.get(`${kind}:${target}`)![i]!),
  }));

  const pricing: PricingConfig = {
    roundTo: [1, 100, 500, 1000][Math.floor(random() * 4)]!,
    surveillanceYears: 2,
    sizeBands,
    aiSystems: { max: maxAiSystems, bands },
    highRisk: adjustment('high-risk', () => between(0, 100)),
    roles: ROLES.map((id) => ({ id, label: id, hint: 'random role', ...adjustment(id, () => between(-50, 100)) })),
    certifications: CERTIFICATIONS.map((id) => ({
      id,
      label: id,
      hint: 'random cert',
      ...adjustment(id, () => -between(0, 90)),
    })),
    aiInventory: adjustment('inventory', () => -between(0, 90)),
  };
  return {
    components: COMPONENT_IDS.map((id) => {
      const low = Math.round(between(1000, 50000));
      return { id, name: id, low, high: low + Math.round(between(0, 80000)), recurring: id === 'annual-surveillance' };
    }),
    phases: PHASE_IDS.map((id) => {
      const minWeeks = 1 + Math.floor(random() * 5);
      return { id, name: id, minWeeks, maxWeeks: minWeeks + Math.floor(random() * 4) };
    }),
    pricing,
  };
}
