/** Why the estimate is what it is: each input's effect on the components, phases and totals. */
import type { EstimatorInputs } from './inputs';
import { priceComponents, sumSelected } from './costEstimate';
import { adjustmentSources, appliedEffects, type AdjustmentSource, type AppliedEffect } from './sources';
import type { EstimatorModel, Range } from './types';

export { estimateCosts, type ComponentEstimate, type CostEstimate } from './costEstimate';

/** How one input moved the totals, compared with the same inputs without it. */
export interface InputReason {
  key: string;
  reason: string;
  costs: (AppliedEffect & { name: string })[];
  weeks: (AppliedEffect & { name: string })[];
  firstYearDelta: Range;
  surveillanceDelta: Range;
}

const totals = (inputs: EstimatorInputs, model: EstimatorModel, sources: readonly AdjustmentSource[]) =>
  sumSelected(priceComponents(inputs, model, sources));

const minus = (a: Range, b: Range): Range => ({ low: a.low - b.low, high: a.high - b.high });

/**
 * Which input moved which component or phase, by how much, and what it did to the totals
 * compared with the same answers without that input.
 */
export function explainEstimate(inputs: EstimatorInputs, model: EstimatorModel): InputReason[] {
  const sources = adjustmentSources(inputs, model.pricing);
  const { firstYear, surveillance } = totals(inputs, model, sources);
  const reasons: InputReason[] = [];
  for (const source of sources) {
    const named = <T extends { key: string }>(items: T[], name: string) =>
      items.filter((item) => item.key === source.key).map((item) => ({ ...item, name }));
    const costs = model.components.flatMap((component) =>
      named(appliedEffects(sources, 'costs', component.id), component.name),
    );
    const weeks = model.phases.flatMap((phase) => named(appliedEffects(sources, 'weeks', phase.id), phase.name));
    if (costs.length === 0 && weeks.length === 0) continue;
    const without = totals(
      inputs,
      model,
      sources.filter((other) => other.key !== source.key),
    );
    reasons.push({
      key: source.key,
      reason: source.adjustment.reason,
      costs,
      weeks,
      firstYearDelta: minus(firstYear, without.firstYear),
      surveillanceDelta: minus(surveillance, without.surveillance),
    });
  }
  return reasons;
}
