import type { CertificationId, ComponentId, PhaseId, Role, SizeBand } from './ids';

/** One input's effect on one cost component, e.g. -30 (%) on framework development. */
export interface CostEffect {
  component: ComponentId;
  /** Percentage change, -30 means 30% less; always above -100. */
  percent: number;
  /** Why, phrased to follow "because", e.g. "the management-system clauses are shared". */
  because: string;
}

/** One input's effect on the duration of one certification phase. */
export interface WeekEffect {
  phase: PhaseId;
  percent: number;
  because: string;
}

/** What one input changes. Missing components or phases are unchanged. */
export interface Adjustment {
  /** Short heading in the list of reasons, e.g. "ISO/IEC 27001 in place". */
  reason: string;
  costs: CostEffect[];
  weeks: WeekEffect[];
}

export interface SizeBandAdjustment extends Adjustment {
  id: SizeBand;
  label: string;
}

export interface AiSystemsBand extends Adjustment {
  /** Smallest number of AI systems this band applies to; the band runs up to the next band's `from`. */
  from: number;
}

export interface RoleAdjustment extends Adjustment {
  id: Role;
  label: string;
  hint: string;
}

export interface CertificationAdjustment extends Adjustment {
  id: CertificationId;
  label: string;
  hint: string;
}

/** The adjustment part of the pricing model (content/data/pricing.yaml). Base ranges are not in it. */
export interface PricingConfig {
  /** Every figure is rounded to a multiple of this (currency units). */
  roundTo: number;
  /** Surveillance years counted in the 3-year total (first year + this many surveillance audits). */
  surveillanceYears: number;
  sizeBands: SizeBandAdjustment[];
  aiSystems: { max: number; bands: AiSystemsBand[] };
  highRisk: Adjustment;
  roles: RoleAdjustment[];
  certifications: CertificationAdjustment[];
  aiInventory: Adjustment;
}

/** A cost component with its base range (content/data/costs.yaml). */
export interface BaseComponent {
  id: ComponentId;
  name: string;
  low: number;
  high: number;
  recurring: boolean;
}

/** A certification phase with its base duration (content/data/certification.yaml). */
export interface BasePhase {
  id: PhaseId;
  name: string;
  minWeeks: number;
  maxWeeks: number;
}

/** Everything the estimator computes from: base ranges, phases and adjustments. Passed to the island as props. */
export interface EstimatorModel {
  components: BaseComponent[];
  phases: BasePhase[];
  pricing: PricingConfig;
}

export interface Range {
  low: number;
  high: number;
}
