import { CERTIFICATIONS, COMPONENT_IDS, PHASE_IDS, REFERENCE_SIZE_BAND, ROLES, SIZE_BANDS } from './ids';
import type { Adjustment, PricingConfig } from './types';

/**
 * Rules the pricing data must follow so the estimate behaves as a buyer expects, whatever marketing
 * changes in content/data/pricing.yaml: a larger company or more AI systems never cost less or take
 * less time, high-risk never costs less, an existing certification or AI inventory never costs more.
 * Returns human-readable problems; the content schema turns them into build errors.
 */
export function pricingProblems(pricing: PricingConfig): string[] {
  const problems: string[] = [];
  const percentOf = (adjustment: Adjustment | undefined, kind: 'costs' | 'weeks', target: string) => {
    if (!adjustment) return 0;
    const effect =
      kind === 'costs'
        ? adjustment.costs.find((item) => item.component === target)
        : adjustment.weeks.find((item) => item.phase === target);
    return effect?.percent ?? 0;
  };
  const targets = { costs: COMPONENT_IDS, weeks: PHASE_IDS } as const;

  const checkAdjustment = (where: string, adjustment: Adjustment, sign?: 'up' | 'down') => {
    for (const kind of ['costs', 'weeks'] as const) {
      const effects =
        kind === 'costs'
          ? adjustment.costs.map((e) => [e.component, e.percent] as const)
          : adjustment.weeks.map((e) => [e.phase, e.percent] as const);
      const seen = new Set<string>();
      for (const [target, percent] of effects) {
        if (seen.has(target)) problems.push(`${where}: ${kind} lists "${target}" twice`);
        seen.add(target);
        if (percent <= -100) problems.push(`${where}: ${kind} "${target}" ${percent}% would make it free or negative`);
        if (sign === 'up' && percent < 0) problems.push(`${where}: ${kind} "${target}" must not go down (${percent}%)`);
        if (sign === 'down' && percent > 0)
          problems.push(`${where}: ${kind} "${target}" must not go up (+${percent}%)`);
      }
    }
  };

  const checkOrdered = (where: string, steps: { label: string; adjustment: Adjustment }[]) => {
    for (const kind of ['costs', 'weeks'] as const) {
      for (const target of targets[kind]) {
        for (let i = 1; i < steps.length; i += 1) {
          const [previous, current] = [steps[i - 1]!, steps[i]!];
          const [before, after] = [
            percentOf(previous.adjustment, kind, target),
            percentOf(current.adjustment, kind, target),
          ];
          if (after < before) {
            problems.push(
              `${where}: ${kind} "${target}" is ${after}% for ${current.label} but ${before}% for ${previous.label}; it must not decrease`,
            );
          }
        }
      }
    }
  };

  // Company size: the four bands, in order, the reference band unchanged, never decreasing.
  const bandIds = pricing.sizeBands.map((band) => band.id);
  if (bandIds.join() !== SIZE_BANDS.join())
    problems.push(`sizeBands: expected ${SIZE_BANDS.join(', ')} in this order, got ${bandIds.join(', ')}`);
  for (const band of pricing.sizeBands) checkAdjustment(`sizeBands ${band.id}`, band);
  const reference = pricing.sizeBands.find((band) => band.id === REFERENCE_SIZE_BAND);
  if (reference && [...reference.costs, ...reference.weeks].some((effect) => effect.percent !== 0)) {
    problems.push(
      `sizeBands ${REFERENCE_SIZE_BAND}: the base ranges are stated for this band, so its effects must be 0`,
    );
  }
  checkOrdered(
    'sizeBands',
    pricing.sizeBands.map((band) => ({ label: band.id, adjustment: band })),
  );

  // AI systems: bands from 1 upwards, never decreasing.
  const { max, bands } = pricing.aiSystems;
  if (bands[0]?.from !== 1) problems.push('aiSystems: the first band must start at 1');
  bands.forEach((band, i) => {
    checkAdjustment(`aiSystems band from ${band.from}`, band);
    if (i > 0 && band.from <= bands[i - 1]!.from)
      problems.push(`aiSystems: band from ${band.from} must start after the band from ${bands[i - 1]!.from}`);
    if (band.from > max) problems.push(`aiSystems: band from ${band.from} starts above the maximum of ${max}`);
  });
  checkOrdered(
    'aiSystems',
    bands.map((band) => ({ label: `${band.from}+ systems`, adjustment: band })),
  );

  checkAdjustment('highRisk', pricing.highRisk, 'up');
  checkAdjustment('aiInventory', pricing.aiInventory, 'down');

  const roleIds = pricing.roles.map((role) => role.id);
  if ([...roleIds].sort().join() !== [...ROLES].sort().join())
    problems.push(`roles: expected each of ${ROLES.join(', ')} once`);
  for (const role of pricing.roles) checkAdjustment(`roles ${role.id}`, role);

  const certificationIds = pricing.certifications.map((item) => item.id);
  if ([...certificationIds].sort().join() !== [...CERTIFICATIONS].sort().join()) {
    problems.push(`certifications: expected each of ${CERTIFICATIONS.join(', ')} once`);
  }
  for (const certification of pricing.certifications)
    checkAdjustment(`certifications ${certification.id}`, certification, 'down');

  if (!Number.isInteger(pricing.roundTo) || pricing.roundTo < 1)
    problems.push('roundTo: expected a whole number of at least 1');
  if (!Number.isInteger(pricing.surveillanceYears) || pricing.surveillanceYears < 0)
    problems.push('surveillanceYears: expected a whole number of at least 0');
  return problems;
}
