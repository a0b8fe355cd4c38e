import { COMPONENT_IDS, PHASE_IDS } from './ids';
import type { EstimatorModel, PricingConfig } from './types';

interface CostsData {
  components: { id: string; name: string; low: number; high: number; recurring: boolean }[];
}
interface CertificationData {
  phases: { id: string; name: string; minWeeks: number; maxWeeks: number }[];
}

/**
 * Joins the base ranges (costs.yaml), the phases (certification.yaml) and the adjustments
 * (pricing.yaml) into the model the estimator runs on. Throws, naming the file, when one of the
 * estimator's components or phases is missing, so the build fails instead of the page.
 * `pricing` has passed pricingSchema, which runs the pricing rules (invariants.ts): they are not
 * run again here, so a build checks them once.
 */
export function buildEstimatorModel(
  costs: CostsData,
  certification: CertificationData,
  pricing: PricingConfig,
): EstimatorModel {
  const components = COMPONENT_IDS.map((id) => {
    const found = costs.components.find((component) => component.id === id);
    if (!found) throw new Error(`content/data/costs.yaml: the estimator needs a component with id "${id}"`);
    if (found.low > found.high) throw new Error(`content/data/costs.yaml: component "${id}" has low > high`);
    return { id, name: found.name, low: found.low, high: found.high, recurring: found.recurring };
  });
  if (!components.some((component) => component.recurring)) {
    throw new Error(
      'content/data/costs.yaml: the estimator needs the annual surveillance component marked recurring: true',
    );
  }
  const phases = PHASE_IDS.map((id) => {
    const found = certification.phases.find((phase) => phase.id === id);
    if (!found) throw new Error(`content/data/certification.yaml: the estimator needs a phase with id "${id}"`);
    return { id, name: found.name, minWeeks: found.minWeeks, maxWeeks: found.maxWeeks };
  });
  // Only what the estimator computes with: the model is serialised into the page for the island.
  const { roundTo, surveillanceYears, sizeBands, aiSystems, highRisk, roles, certifications, aiInventory } = pricing;
  return {
    components,
    phases,
    pricing: { roundTo, surveillanceYears, sizeBands, aiSystems, highRisk, roles, certifications, aiInventory },
  };
}
