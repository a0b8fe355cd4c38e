/**
 * Fixed keys of the estimator. The pricing data (content/data/pricing.yaml), the saved inputs and the
 * shared links all use these, so renaming one is a breaking change for saved data and links.
 */

// The scoping vocabulary is shared with the assessment: defined in src/lib/scoping.ts, re-exported for this tool's modules.
export { REFERENCE_SIZE_BAND, ROLES, SIZE_BANDS, isOneOf, type Role, type SizeBand } from '../scoping';

/** Certifications already held that can reduce the work. */
export const CERTIFICATIONS = ['iso27001', 'iso9001', 'iso27701', 'soc2'] as const;
export type CertificationId = (typeof CERTIFICATIONS)[number];

/** Cost components: ids of content/data/costs.yaml components, in display order. */
export const COMPONENT_IDS = [
  'gap-analysis',
  'framework-development',
  'impact-assessments',
  'technical-controls',
  'certification-audit',
  'annual-surveillance',
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

/** Certification phases: ids of content/data/certification.yaml phases, in order. */
export const PHASE_IDS = [
  'gap-analysis',
  'framework-design',
  'impact-assessments',
  'control-implementation',
  'internal-audit',
  'certification-audit',
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];
