/**
 * Fixed keys of the estimator. The pricing data (content/data/pricing.yaml), the saved inputs and the
 * shared links all use these, so renaming one is a breaking change for saved data and links.
 */

/** Company size bands; the order is from smallest to largest. Same values as the readiness assessment. */
export const SIZE_BANDS = ['under-50', '50-500', '500-2000', 'over-2000'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** The band the base ranges of content/data/costs.yaml are stated for. */
export const REFERENCE_SIZE_BAND: SizeBand = '50-500';

/** Organization role towards AI. Same values as the readiness assessment. */
export const ROLES = ['developer', 'provider', 'user'] as const;
export type Role = (typeof ROLES)[number];

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

export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
