import type { CertificationId, Role, SizeBand } from './ids';
import type { Adjustment, AiSystemsBand, PricingConfig } from './types';

/**
 * The answers that switch adjustments on. The estimator always knows all of them; the readiness
 * assessment may not (null), and an unknown answer switches nothing on.
 */
export interface AdjustmentProfile {
  sizeBand: SizeBand | null;
  aiSystemCount: number | null;
  highRisk: boolean;
  role: Role | null;
  certifications: readonly CertificationId[];
  aiInventory: boolean;
}

/** The adjustments of content/data/pricing.yaml, without the estimator's rounding settings. */
export type AdjustmentRules = Pick<
  PricingConfig,
  'sizeBands' | 'aiSystems' | 'highRisk' | 'roles' | 'certifications' | 'aiInventory'
>;

/** Inputs of one group combine by keeping the strongest effect per target (certifications overlap). */
export type SourceGroup = 'size' | 'aiSystems' | 'highRisk' | 'role' | 'certifications' | 'aiInventory';

/** One input that moves the figures, with what it changes. */
export interface AdjustmentSource {
  /** Unique key, e.g. "size" or "certification:iso27001". */
  key: string;
  group: SourceGroup;
  adjustment: Adjustment;
}

/** The band that applies to a number of AI systems (bands are sorted by `from`, the first from 1). */
export function aiSystemsBandFor(count: number, bands: readonly AiSystemsBand[]): AiSystemsBand {
  let match = bands[0];
  for (const band of bands) if (count >= band.from) match = band;
  if (!match) throw new Error('pricing has no AI systems bands');
  return match;
}

/** Every adjustment the inputs switch on, in a fixed order. */
export function adjustmentSources(inputs: AdjustmentProfile, pricing: AdjustmentRules): AdjustmentSource[] {
  const sources: AdjustmentSource[] = [];
  // The key is the group's name, except for certifications, which are one source each.
  const add = (group: SourceGroup, adjustment: Adjustment | undefined | false, key: string = group) => {
    if (adjustment) sources.push({ key, group, adjustment });
  };
  add(
    'size',
    pricing.sizeBands.find((band) => band.id === inputs.sizeBand),
  );
  if (inputs.aiSystemCount !== null) add('aiSystems', aiSystemsBandFor(inputs.aiSystemCount, pricing.aiSystems.bands));
  add('highRisk', inputs.highRisk && pricing.highRisk);
  add(
    'role',
    pricing.roles.find((item) => item.id === inputs.role),
  );
  for (const certification of pricing.certifications) {
    if (inputs.certifications.includes(certification.id))
      add('certifications', certification, `certification:${certification.id}`);
  }
  add('aiInventory', inputs.aiInventory && pricing.aiInventory);
  return sources;
}

export type EffectKind = 'costs' | 'weeks';

/** An effect as shown beside a figure; `supersededBy` names the input whose bigger effect counts instead. */
export interface AppliedEffect {
  key: string;
  reason: string;
  percent: number;
  because: string;
  supersededBy?: string;
}

function effectsOn(source: AdjustmentSource, kind: EffectKind, target: string) {
  return kind === 'costs'
    ? source.adjustment.costs.filter((effect) => effect.component === target)
    : source.adjustment.weeks.filter((effect) => effect.phase === target);
}

/** Effects on one component or phase; within a group only the strongest counts, the others are marked superseded. */
export function appliedEffects(
  sources: readonly AdjustmentSource[],
  kind: EffectKind,
  target: string,
): AppliedEffect[] {
  const applied: AppliedEffect[] = [];
  const winners = new Map<SourceGroup, AppliedEffect>();
  for (const source of sources) {
    for (const effect of effectsOn(source, kind, target)) {
      if (effect.percent === 0) continue;
      const item: AppliedEffect = {
        key: source.key,
        reason: source.adjustment.reason,
        percent: effect.percent,
        because: effect.because,
      };
      const winner = winners.get(source.group);
      if (!winner) winners.set(source.group, item);
      else if (Math.abs(item.percent) > Math.abs(winner.percent)) {
        winner.supersededBy = item.reason;
        for (const other of applied) if (other.supersededBy === winner.reason) other.supersededBy = item.reason;
        winners.set(source.group, item);
      } else item.supersededBy = winner.reason;
      applied.push(item);
    }
  }
  return applied;
}

/** The factor a component or phase is multiplied by: the product over groups of (1 + percent / 100). */
export function multiplierOf(effects: readonly AppliedEffect[]): number {
  let multiplier = 1;
  for (const effect of effects) {
    if (!effect.supersededBy) multiplier *= 1 + effect.percent / 100;
  }
  return multiplier;
}
