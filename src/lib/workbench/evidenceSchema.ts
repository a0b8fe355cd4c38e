/**
 * The evidence register: what proves each control and clause works, where it lives, who keeps it
 * and when it must be reviewed again. Only a location is stored, as text: no file is uploaded or read.
 */
import * as z from 'zod/mini';
import {
  MAX_LINKS,
  MAX_LONG_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  clauseIdSchema,
  controlIdSchema,
  optionalDateSchema,
  recordIdSchema,
  requiredTextSchema,
  textSchema,
  timestampSchema,
} from './fields';

/** Most items a register holds (a realistic organization keeps about 500). */
export const MAX_EVIDENCE_ITEMS = 2000;

export const evidenceItemSchema = z.object({
  id: recordIdSchema,
  /** What it is, e.g. "AI policy v2, signed". */
  title: requiredTextSchema(MAX_SHORT_TEXT_LENGTH),
  /** Where it lives: a URL or a path, kept as text and shown as text. */
  location: textSchema(MAX_LONG_TEXT_LENGTH),
  /** Who keeps it current. */
  owner: textSchema(MAX_NAME_LENGTH),
  /** Annex A controls it supports. */
  controlIds: z.array(controlIdSchema).check(z.maxLength(MAX_LINKS)),
  /** Clauses it supports, e.g. "6.1.4". */
  clauseIds: z.array(clauseIdSchema).check(z.maxLength(MAX_LINKS)),
  /** The day it was last reviewed (YYYY-MM-DD), '' when never. */
  lastReviewed: optionalDateSchema,
  /** The day it must be reviewed again (YYYY-MM-DD), '' when no date is set. */
  reviewBy: optionalDateSchema,
  notes: textSchema(MAX_LONG_TEXT_LENGTH),
  /** Last change (ISO time). */
  updatedAt: timestampSchema,
});

export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const evidenceRegisterSchema = z.object({
  items: z.array(evidenceItemSchema).check(z.maxLength(MAX_EVIDENCE_ITEMS)),
});

export type EvidenceRegister = z.infer<typeof evidenceRegisterSchema>;
