/**
 * The editable Statement of Applicability as stored: an entry for each control a person has
 * edited (controls never edited follow the draft derived from the answers, see soa.ts), and the
 * approved versions, each a frozen copy of all rows.
 */
import * as z from 'zod/mini';
import {
  MAX_LINKS,
  MAX_LONG_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  controlIdSchema,
  optionalDateSchema,
  recordIdSchema,
  requiredTextSchema,
  textSchema,
  timestampSchema,
} from './fields';

/** Annex A has 38 controls; the bound leaves room for a future edition. */
export const MAX_SOA_ENTRIES = 100;
/** Approved versions kept (four a year for ten years). */
export const MAX_SOA_VERSIONS = 40;

/** How far an applicable control is implemented (the draft's statuses, without "excluded"). */
export const IMPLEMENTATION_STATUSES = ['implemented', 'partial', 'not-started', 'not-assessed'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const soaEntrySchema = z.object({
  controlId: controlIdSchema,
  /** Included (true) or excluded (false). */
  applicable: z.boolean(),
  /** Why it is included or excluded; required for an exclusion. */
  justification: textSchema(MAX_LONG_TEXT_LENGTH),
  /** When `applicable` or `justification` last changed (ISO time); stale exclusions compare to it. */
  justifiedAt: timestampSchema,
  status: z.enum(IMPLEMENTATION_STATUSES),
  /** Who answers for the control (a person or a role). */
  owner: textSchema(MAX_NAME_LENGTH),
  /** Inventory ids of the AI systems the control addresses. */
  systemIds: z.array(recordIdSchema).check(z.maxLength(MAX_LINKS)),
  /** Risks or systems not in the inventory, as free text. */
  risks: textSchema(MAX_LONG_TEXT_LENGTH),
  /** Evidence register ids of the items that support the control. */
  evidenceIds: z.array(recordIdSchema).check(z.maxLength(MAX_LINKS)),
  notes: textSchema(MAX_LONG_TEXT_LENGTH),
  /** Last change to any field (ISO time). */
  updatedAt: timestampSchema,
});

export type SoaEntry = z.infer<typeof soaEntrySchema>;

export const approvedSoaVersionSchema = z.object({
  /** The version's name, e.g. "v1.0" or "Stage 1". */
  label: requiredTextSchema(MAX_NAME_LENGTH),
  /** Who approved it (a person and role). */
  approver: requiredTextSchema(MAX_NAME_LENGTH),
  /** The approval date written on the document (YYYY-MM-DD). */
  approvedOn: optionalDateSchema.check(z.minLength(1, { error: 'must be a date written YYYY-MM-DD' })),
  /** When the approval was recorded (ISO time). */
  recordedAt: timestampSchema,
  /** Every control's row as it was approved, in Annex A order. */
  rows: z.array(soaEntrySchema).check(z.maxLength(MAX_SOA_ENTRIES)),
});

export type ApprovedSoaVersion = z.infer<typeof approvedSoaVersionSchema>;

export const soaSchema = z.object({
  /** Controls a person edited, at most one entry per control. */
  entries: z.array(soaEntrySchema).check(z.maxLength(MAX_SOA_ENTRIES)),
  /** Approved versions, oldest first. */
  versions: z.array(approvedSoaVersionSchema).check(z.maxLength(MAX_SOA_VERSIONS)),
});

export type EditableSoa = z.infer<typeof soaSchema>;
