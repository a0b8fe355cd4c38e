import type { ComponentId } from './ids';
import type { EstimatorInputs } from './inputs';
import { adjustmentSources, appliedEffects, multiplierOf, type AdjustmentSource, type AppliedEffect } from './sources';
import type { BaseComponent, EstimatorModel, Range } from './types';

export interface ComponentEstimate {
  id: ComponentId;
  name: string;
  recurring: boolean;
  /** False when the visitor did not ask for this service: it is shown but not counted. */
  selected: boolean;
  base: Range;
  low: number;
  high: number;
  effects: AppliedEffect[];
}

/** How one input moved the totals, compared with the same inputs without it. */
export interface InputReason {
  key: string;
  reason: string;
  costs: (AppliedEffect & { name: string })[];
  weeks: (AppliedEffect & { name: string })[];
  firstYearDelta: Range;
  surveillanceDelta: Range;
}

export interface CostEstimate {
  components: ComponentEstimate[];
  /** Selected one-off components (everything but the yearly surveillance). */
  firstYear: Range;
  /** Selected recurring components, per year. */
  surveillance: Range;
  /** First year plus `surveillanceYears` years of surveillance. */
  threeYear: Range;
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

function priceComponent(component: BaseComponent, effects: readonly AppliedEffect[], step: number): Range {
  const multiplier = multiplierOf(effects);
  return { low: roundTo(component.low * multiplier, step), high: roundTo(component.high * multiplier, step) };
}

/** Sums selected components: one-off ones into the first year, recurring ones into surveillance. */
function sumSelected(components: readonly (Range & { recurring: boolean; selected: boolean })[]) {
  const firstYear = { low: 0, high: 0 };
  const surveillance = { low: 0, high: 0 };
  for (const component of components) {
    if (!component.selected) continue;
    const total = component.recurring ? surveillance : firstYear;
    total.low += component.low;
    total.high += component.high;
  }
  return { firstYear, surveillance };
}

function totals(inputs: EstimatorInputs, model: EstimatorModel, sources: readonly AdjustmentSource[]) {
  return sumSelected(
    model.components.map((component) => ({
      recurring: component.recurring,
      selected: inputs.services.includes(component.id),
      ...priceComponent(component, appliedEffects(sources, 'costs', component.id), model.pricing.roundTo),
    })),
  );
}

const minus = (a: Range, b: Range): Range => ({ low: a.low - b.low, high: a.high - b.high });

/** Cost ranges per component and totals. Pure: same inputs, same result. */
export function estimateCosts(inputs: EstimatorInputs, model: EstimatorModel): CostEstimate {
  const sources = adjustmentSources(inputs, model.pricing);
  const step = model.pricing.roundTo;
  const components = model.components.map((component) => {
    const effects = appliedEffects(sources, 'costs', component.id);
    return {
      id: component.id,
      name: component.name,
      recurring: component.recurring,
      selected: inputs.services.includes(component.id),
      base: { low: component.low, high: component.high },
      ...priceComponent(component, effects, step),
      effects,
    };
  });
  const { firstYear, surveillance } = sumSelected(components);
  const years = model.pricing.surveillanceYears;
  const threeYear = { low: firstYear.low + years * surveillance.low, high: firstYear.high + years * surveillance.high };
  return { components, firstYear, surveillance, threeYear };
}

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
