/**
 * The scoping vocabulary: how an organization describes itself to every tool of the site (the
 * readiness assessment, the quote estimator, and what comes next). Defined here once.
 *
 * These values are stored: in saved answers (localStorage), exported files, shared links and
 * content/data/*.yaml. Renaming or removing one breaks what people saved, so add values, never
 * change them, and migrate stored data when a change cannot be avoided.
 */

/** How the organization relates to AI, in the order the tools show them. */
export const ROLES = ['developer', 'provider', 'user'] as const;
export type Role = (typeof ROLES)[number];

/** Head-count bands, from smallest to largest. */
export const SIZE_BANDS = ['under-50', '50-500', '500-2000', 'over-2000'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** Whether AI systems are placed on the EU market or used in the EU, and at which risk level. */
export const EU_EXPOSURES = ['none', 'limited', 'high-risk', 'unsure'] as const;
export type EuExposure = (typeof EU_EXPOSURES)[number];

/**
 * The band figures are stated for when a tool scales them by size: the base ranges of
 * content/data/costs.yaml and the phase durations of content/data/certification.yaml.
 */
export const REFERENCE_SIZE_BAND: SizeBand = '50-500';

/** True when `value` is one of `values` (narrows unknown input, e.g. a saved or shared value). */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
