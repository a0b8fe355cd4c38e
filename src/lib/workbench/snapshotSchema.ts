/**
 * Snapshots as stored in the workspace: a named, dated, frozen copy of what a comparison needs
 * (answers, the SoA's applicability and status, the register's review-by dates) and a fingerprint
 * of the content each question and control was answered against (snapshots.ts makes them).
 * Scoping and answers are checked by the assessment's own rules in workspaceSchema.ts, as the
 * workspace's answers are.
 */
import * as z from 'zod/mini';
import { QUESTION_ID } from '../assessment/validation';
import type { Answer, Scoping } from '../assessment/types';
import { MAX_EVIDENCE_ITEMS } from './evidenceSchema';
import { controlIdSchema, optionalDateSchema, recordIdSchema, requiredTextSchema, textSchema } from './fields';
import { isTimestamp } from './dates';
import { IMPLEMENTATION_STATUSES, MAX_SOA_ENTRIES } from './soaSchema';

/** Snapshots kept per workspace (one a week for most of a year, or one a quarter for twelve years). */
export const MAX_SNAPSHOTS = 50;
export const MAX_SNAPSHOT_NAME_LENGTH = 80;
/** Questions a snapshot records (the assessment keeps at most as many answers). */
export const MAX_SNAPSHOT_QUESTIONS = 500;

/** 8 lower-case hexadecimal characters (snapshots.ts: contentFingerprint). */
const fingerprintSchema = z.string().check(z.regex(/^[0-9a-f]{8}$/, { error: 'must be 8 hexadecimal characters' }));

const frozenQuestionSchema = z.object({
  id: z.string().check(z.regex(QUESTION_ID, { error: 'must be a question ID' })),
  /** The question's area when the snapshot was taken. */
  area: textSchema(20),
  /** Fingerprint of its text, area and priority. */
  fingerprint: fingerprintSchema,
});

const frozenControlSchema = z.object({
  controlId: controlIdSchema,
  /** Included (true) or excluded (false) in the SoA at the time. */
  applicable: z.boolean(),
  status: z.enum(IMPLEMENTATION_STATUSES),
  /** Fingerprint of its id and title. */
  fingerprint: fingerprintSchema,
});

const frozenEvidenceSchema = z.object({
  id: recordIdSchema,
  /** Review-by date at the time (YYYY-MM-DD, '' none). */
  reviewBy: optionalDateSchema,
});

export const snapshotSchema = z.object({
  id: recordIdSchema,
  /** The person's name for it, e.g. "Management review Q3". */
  name: requiredTextSchema(MAX_SNAPSHOT_NAME_LENGTH),
  /** When it was taken (ISO time). */
  takenAt: z.string().check(z.refine(isTimestamp, { error: 'must be an ISO 8601 time' })),
  /** The person's calendar day when it was taken (YYYY-MM-DD): "today" for evidence states. */
  takenOn: optionalDateSchema.check(z.minLength(1, { error: 'must be a date written YYYY-MM-DD' })),
  /** contentVersion of the question bank and standard data at the time. */
  contentVersion: textSchema(80),
  /** Checked with the assessment's rules (checkAssessmentAnswers) in workspaceSchema.ts. */
  scoping: z.unknown(),
  answers: z.unknown(),
  /** Every question of the bank at the time, in its order. */
  questions: z.array(frozenQuestionSchema).check(z.maxLength(MAX_SNAPSHOT_QUESTIONS)),
  /** Every control of the SoA at the time, in Annex A order. */
  controls: z.array(frozenControlSchema).check(z.maxLength(MAX_SOA_ENTRIES)),
  evidence: z.array(frozenEvidenceSchema).check(z.maxLength(MAX_EVIDENCE_ITEMS)),
});

export type FrozenQuestion = z.infer<typeof frozenQuestionSchema>;
export type FrozenControl = z.infer<typeof frozenControlSchema>;
export type FrozenEvidence = z.infer<typeof frozenEvidenceSchema>;

export interface Snapshot extends Omit<z.infer<typeof snapshotSchema>, 'scoping' | 'answers'> {
  scoping: Scoping;
  /** Answers without notes (a comparison never reads them); a justification only for N/A. */
  answers: Record<string, Answer>;
}

/** The stored list; absent in a workspace written before snapshots existed, so it defaults to []. */
export const snapshotListSchema = z._default(z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS)), []);
