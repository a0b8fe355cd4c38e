/**
 * The cost estimate: every component priced for the inputs, and the totals. What the page needs to
 * show the figures; the explanation of each input's effect is in estimate.ts (explainEstimate).
 */
import type { ComponentId } from './ids';
import type { EstimatorInputs } from './inputShape';
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
export function sumSelected(components: readonly (Range & { recurring: boolean; selected: boolean })[]) {
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

/** Every component priced for the inputs, selected or not. */
export function priceComponents(
  inputs: EstimatorInputs,
  model: EstimatorModel,
  sources: readonly AdjustmentSource[],
): ComponentEstimate[] {
  return model.components.map((component) => {
    const effects = appliedEffects(sources, 'costs', component.id);
    return {
      id: component.id,
      name: component.name,
      recurring: component.recurring,
      selected: inputs.services.includes(component.id),
      base: { low: component.low, high: component.high },
      ...priceComponent(component, effects, model.pricing.roundTo),
      effects,
    };
  });
}

/** Cost ranges per component and totals. Pure: same inputs, same result. */
export function estimateCosts(inputs: EstimatorInputs, model: EstimatorModel): CostEstimate {
  const components = priceComponents(inputs, model, adjustmentSources(inputs, model.pricing));
  const { firstYear, surveillance } = sumSelected(components);
  const years = model.pricing.surveillanceYears;
  const threeYear = { low: firstYear.low + years * surveillance.low, high: firstYear.high + years * surveillance.high };
  return { components, firstYear, surveillance, threeYear };
}
