/**
 * The closed vocabulary of the EU AI Act check: tiers, roles and sections. The decision tree in
 * content/data/ai-act-check.yaml names them; the outcome logic relies on them, so they live here.
 */

/** Risk tiers, from the least to the most demanding; a path's tier is the highest any answer set. */
export const TIERS = [
  'out-of-scope',
  'minimal',
  'transparency',
  'gpai',
  'gpai-systemic',
  'high-risk',
  'prohibited',
] as const;
export type TierId = (typeof TIERS)[number];

/** Tiers an AI system (not a model) can end in, and the model tiers. */
export const SYSTEM_TIERS: readonly TierId[] = ['minimal', 'transparency', 'high-risk', 'prohibited'];
export const MODEL_TIERS: readonly TierId[] = ['gpai', 'gpai-systemic'];

/** The operator roles of Art. 2(1) and Art. 3(3) to 3(8). */
export const ROLES = [
  'provider',
  'deployer',
  'importer',
  'distributor',
  'product-manufacturer',
  'authorised-representative',
] as const;
export type RoleId = (typeof ROLES)[number];

/** The parts of the tree, in the order the questions must come. */
export const SECTIONS = ['ai-system', 'scope', 'role', 'prohibited', 'high-risk', 'transparency', 'gpai'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Rank of a tier for "the highest wins"; higher is more demanding. */
export const tierRank = (tier: TierId) => TIERS.indexOf(tier);

/** The higher of two tiers. */
export const higherTier = (a: TierId, b: TierId): TierId => (tierRank(a) >= tierRank(b) ? a : b);
