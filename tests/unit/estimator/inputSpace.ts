/** Enumerates the estimator's input space and checks the buyer's expectations of issue 5, point 4. */
import { estimateCosts } from '../../../src/lib/estimator/estimate';
import { CERTIFICATIONS, COMPONENT_IDS } from '../../../src/lib/estimator/ids';
import { ROLES, SIZE_BANDS } from '../../../src/lib/scoping';
import type { EstimatorInputs } from '../../../src/lib/estimator/inputs';
import { estimateTimeline } from '../../../src/lib/estimator/timeline';
import type { EstimatorModel } from '../../../src/lib/estimator/types';

const TODAY = '2026-11-28';

/** A small deterministic generator (mulberry32), so failures reproduce. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subsetOf = <T>(items: readonly T[], mask: number) => items.filter((_, i) => (mask >> i) & 1);

/** Numbers compared by the properties: per component low/high, totals, weeks. */
const FIGURES_PER_PROFILE = COMPONENT_IDS.length * 2 + 6 + 2;

function figures(inputs: EstimatorInputs, model: EstimatorModel): number[] {
  const costs = estimateCosts(inputs, model);
  const timeline = estimateTimeline(inputs, model, TODAY);
  return [
    ...costs.components.flatMap((component) => [component.low, component.high]),
    costs.firstYear.low,
    costs.firstYear.high,
    costs.surveillance.low,
    costs.surveillance.high,
    costs.threeYear.low,
    costs.threeYear.high,
    timeline.minWeeks,
    timeline.maxWeeks,
  ];
}

export interface SpaceReport {
  profiles: number;
  comparisons: number;
  failures: string[];
}

/**
 * Every profile (size x AI systems x high-risk x role x certifications x inventory, all services) is
 * computed once; then each property compares neighbouring profiles that differ in one input.
 */
export function checkMonotonicProperties(model: EstimatorModel, counts: readonly number[]): SpaceReport {
  const dims = [SIZE_BANDS.length, counts.length, 2, ROLES.length, 1 << CERTIFICATIONS.length, 2] as const;
  const total = dims.reduce((a, b) => a * b, 1);
  const table = new Float64Array(total * FIGURES_PER_PROFILE);
  const index = (s: number, c: number, r: number, o: number, m: number, v: number) =>
    ((((s * dims[1] + c) * dims[2] + r) * dims[3] + o) * dims[4] + m) * dims[5] + v;
  const profile = (s: number, c: number, r: number, o: number, m: number, v: number): EstimatorInputs => ({
    sizeBand: SIZE_BANDS[s]!,
    aiSystemCount: counts[c]!,
    highRisk: r === 1,
    role: ROLES[o]!,
    certifications: subsetOf(CERTIFICATIONS, m),
    aiInventory: v === 1,
    services: [...COMPONENT_IDS],
    targetDate: '',
  });
  const failures: string[] = [];
  let comparisons = 0;
  const each = (fn: (s: number, c: number, r: number, o: number, m: number, v: number) => void) => {
    for (let s = 0; s < dims[0]; s += 1)
      for (let c = 0; c < dims[1]; c += 1)
        for (let r = 0; r < dims[2]; r += 1)
          for (let o = 0; o < dims[3]; o += 1)
            for (let m = 0; m < dims[4]; m += 1) for (let v = 0; v < dims[5]; v += 1) fn(s, c, r, o, m, v);
  };
  each((s, c, r, o, m, v) => {
    const values = figures(profile(s, c, r, o, m, v), model);
    table.set(values, index(s, c, r, o, m, v) * FIGURES_PER_PROFILE);
    for (let i = 0; i + 1 < FIGURES_PER_PROFILE; i += 2) {
      comparisons += 1;
      if (values[i]! > values[i + 1]!)
        failures.push(`low > high at ${JSON.stringify(profile(s, c, r, o, m, v))}, figure ${i}`);
    }
  });
  /** `more` must be >= `less` on every figure (costs and weeks). */
  const atLeast = (name: string, less: number, more: number, where: () => string) => {
    for (let i = 0; i < FIGURES_PER_PROFILE; i += 1) {
      comparisons += 1;
      if (table[more * FIGURES_PER_PROFILE + i]! < table[less * FIGURES_PER_PROFILE + i]!) {
        if (failures.length < 20) failures.push(`${name}: figure ${i} went down at ${where()}`);
      }
    }
  };
  each((s, c, r, o, m, v) => {
    const here = index(s, c, r, o, m, v);
    const where = () => JSON.stringify(profile(s, c, r, o, m, v));
    if (s + 1 < dims[0]) atLeast('larger company', here, index(s + 1, c, r, o, m, v), where);
    if (c + 1 < dims[1]) atLeast('more AI systems', here, index(s, c + 1, r, o, m, v), where);
    if (r === 0) atLeast('high-risk', here, index(s, c, 1, o, m, v), where);
    for (let bit = 0; bit < CERTIFICATIONS.length; bit += 1) {
      if (!((m >> bit) & 1))
        atLeast(`adding ${CERTIFICATIONS[bit]}`, index(s, c, r, o, m | (1 << bit), v), here, where);
    }
    if (v === 0) atLeast('AI inventory', index(s, c, r, o, m, 1), here, where);
  });
  return { profiles: total, comparisons, failures };
}

/**
 * For each profile, every subset of services: removing one selected service must remove exactly
 * its component from the totals and change nothing else.
 */
export function checkServiceRemoval(model: EstimatorModel, profiles: readonly EstimatorInputs[]): SpaceReport {
  const failures: string[] = [];
  let comparisons = 0;
  const subsets = 1 << COMPONENT_IDS.length;
  for (const base of profiles) {
    const bySubset = Array.from({ length: subsets }, (_, mask) =>
      estimateCosts({ ...base, services: subsetOf(COMPONENT_IDS, mask) }, model),
    );
    for (let mask = 0; mask < subsets; mask += 1) {
      const withAll = bySubset[mask]!;
      for (let bit = 0; bit < COMPONENT_IDS.length; bit += 1) {
        if (!((mask >> bit) & 1)) continue;
        comparisons += 1;
        const without = bySubset[mask & ~(1 << bit)]!;
        const removed = withAll.components[bit]!;
        const bucket = removed.recurring ? 'surveillance' : 'firstYear';
        const other = removed.recurring ? 'firstYear' : 'surveillance';
        const ok =
          withAll[bucket].low - without[bucket].low === removed.low &&
          withAll[bucket].high - without[bucket].high === removed.high &&
          withAll[other].low === without[other].low &&
          withAll[other].high === without[other].high &&
          without.components[bit]!.selected === false &&
          withAll.components.every(
            (component, i) =>
              component.low === without.components[i]!.low && component.high === without.components[i]!.high,
          );
        if (!ok && failures.length < 20)
          failures.push(
            `removing ${removed.id} from ${JSON.stringify({ ...base, services: subsetOf(COMPONENT_IDS, mask) })}`,
          );
      }
    }
  }
  return { profiles: profiles.length * subsets, comparisons, failures };
}

/** Random profiles (any AI system count) from a seeded generator. */
export function randomProfiles(count: number, maxAiSystems: number, seed: number): EstimatorInputs[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, () => ({
    sizeBand: pick(SIZE_BANDS),
    aiSystemCount: 1 + Math.floor(random() * maxAiSystems),
    highRisk: random() < 0.5,
    role: pick(ROLES),
    certifications: subsetOf(CERTIFICATIONS, Math.floor(random() * 16)),
    aiInventory: random() < 0.5,
    services: [...COMPONENT_IDS],
    targetDate: '',
  }));
}
