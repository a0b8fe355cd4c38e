/**
 * The AI system inventory: one record per AI system the organization develops, provides or uses.
 * It is the first thing an auditor asks for, and the one list both the readiness workbench and the
 * EU AI Act check use (see checkMerge.ts for how the check's systems join it).
 */
import * as z from 'zod/mini';
import { TIERS, type TierId } from '../aiActCheck/vocabulary';
import { ROLES, type Role } from '../scoping';
import {
  MAX_LONG_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  optionalDateSchema,
  recordIdSchema,
  requiredTextSchema,
  tagListSchema,
  textSchema,
  timestampSchema,
} from './fields';

/** Most systems an inventory holds (a realistic large organization lists about 200). */
export const MAX_INVENTORY_SYSTEMS = 1000;

/** Where a system is in its life cycle, in order (after the stages of ISO/IEC 22989, simplified). */
export const LIFECYCLE_STAGES = ['planned', 'development', 'validation', 'deployed', 'retired'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Where the system's AI impact assessment (clause 6.1.4) stands. */
export const IMPACT_ASSESSMENT_STATUSES = ['not-started', 'in-progress', 'done', 'not-required'] as const;
export type ImpactAssessmentStatus = (typeof IMPACT_ASSESSMENT_STATUSES)[number];

/** Where a tier comes from: the EU AI Act check, or chosen by hand. */
export const TIER_SOURCES = ['check', 'manual'] as const;
export type TierSource = (typeof TIER_SOURCES)[number];

/** The EU AI Act tier of a system. The tier words are the check's (src/lib/aiActCheck/vocabulary.ts). */
export const euAiActTierSchema = z.object({
  /** The tier, or null when not known yet (or the check is not finished). */
  tier: z.nullable(z.enum(TIERS)),
  /** "check": set from the EU AI Act check; "manual": chosen by hand. */
  source: z.enum(TIER_SOURCES),
  /** The day the check gave the tier (YYYY-MM-DD); '' for a tier chosen by hand. */
  checkedOn: optionalDateSchema,
});

export const inventorySystemSchema = z.object({
  /** Stable id inside the workspace; other records link to it (SoA entries, gap items). */
  id: recordIdSchema,
  /** The system's name as people in the organization call it. */
  name: requiredTextSchema(MAX_NAME_LENGTH),
  /** What it is for, in a sentence or two. */
  purpose: textSchema(MAX_LONG_TEXT_LENGTH),
  /** Who answers for it (a person or a role). */
  owner: textSchema(MAX_NAME_LENGTH),
  /** Our role for this system (the scoping vocabulary: developer, provider, user); null: not said. */
  role: z.nullable(z.enum(ROLES)),
  lifecycleStage: z.nullable(z.enum(LIFECYCLE_STAGES)),
  /** Kinds of data it uses, e.g. "personal data", "health data". */
  dataCategories: tagListSchema,
  /** Third-party components or models it relies on, e.g. "OpenAI GPT-4o". */
  thirdPartyComponents: tagListSchema,
  euAiAct: euAiActTierSchema,
  /**
   * The id of the same system in the EU AI Act check's saved list, '' when it has none. Set when a
   * check system joins the inventory; it is what keeps "one inventory, not two".
   */
  checkSystemId: z.union([z.literal(''), recordIdSchema]),
  impactAssessment: z.object({
    status: z.enum(IMPACT_ASSESSMENT_STATUSES),
    /** The day it was completed or last updated (YYYY-MM-DD), '' when none. */
    date: optionalDateSchema,
  }),
  /** Whether the management system covers it. */
  inScope: z.boolean(),
  /** Why it is in or out of scope. */
  scopeReason: textSchema(MAX_SHORT_TEXT_LENGTH),
  /** Last change to this record (ISO time). */
  updatedAt: timestampSchema,
});

export type InventorySystem = z.infer<typeof inventorySystemSchema>;
export type EuAiActTier = z.infer<typeof euAiActTierSchema>;
export type { Role, TierId };

export const inventorySchema = z.object({
  systems: z.array(inventorySystemSchema).check(z.maxLength(MAX_INVENTORY_SYSTEMS)),
  /** Last time a system was added, changed or removed (ISO time, '' never): stale exclusions compare to it. */
  changedAt: timestampSchema,
});

export type Inventory = z.infer<typeof inventorySchema>;
