/** Wizard steps: scoping first, then one step per area (clauses 4-10, Annex A groups), then results. */
import type { Area } from './types';

export const SCOPING_STEP = 'scoping';
export const RESULTS_STEP = 'results';

/** Step IDs in order. */
export function listSteps(areas: readonly Area[]): string[] {
  return [SCOPING_STEP, ...areas.map((area) => area.id), RESULTS_STEP];
}

/** A saved step if it still exists, else the first step. */
export function knownStepOr(step: string, areas: readonly Area[]): string {
  return listSteps(areas).includes(step) ? step : SCOPING_STEP;
}
