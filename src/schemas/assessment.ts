import { z } from 'astro/zod';
import type { Emphasis } from '../lib/assessment/types';
import { ROLES } from '../lib/scoping';
import { clauseIdSchema, controlIdSchema, dataPageSchema } from './common';

/** Site path of a clause or control guidance page, e.g. "/clauses/6/#6-1-2" or "/controls/a-6-2-8/". */
const guidancePathSchema = z
  .string()
  .regex(
    /^\/(?:clauses\/(?:[4-9]|10)\/(?:#[0-9-]+)?|controls\/a-[0-9-]+\/)$/,
    'expected a clause or control page such as "/clauses/6/#6-1-2" or "/controls/a-6-2-8/"',
  );

/** One question of the readiness assessment. */
const questionSchema = z.object({
  /** Stable ID; saved answers are keyed by it, so never reuse or rename one. Lower case and hyphens. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'expected lower-case letters, digits and hyphens, e.g. "risk-criteria"'),
  /** Wizard step: a clause "4".."10" or an Annex A group "A.2".."A.10" (A.6.1 and A.6.2 belong to "A.6"). */
  area: z.string().regex(/^(?:[4-9]|10|A\.(?:[2-9]|10))$/, 'expected a clause such as "6" or a group such as "A.6"'),
  /** The question, in our own words, answerable with the four statuses. */
  text: z.string().min(20).max(220),
  /** One or two sentences shown under the question: what "implemented" looks like. */
  help: z.string().min(30).max(400),
  /** The next step shown in the gap list when this is not done. */
  action: z.string().min(20).max(260),
  /** Clause and sub-clause numbers the question evidences. Default: none. */
  clauses: z.array(clauseIdSchema).default([]),
  /** Annex A control IDs the question evidences; drives the Statement of Applicability. Default: none. */
  controls: z.array(controlIdSchema).default([]),
  /** Guidance page linked from the question and the gap list: the page of one of its clauses or controls. */
  guidance: guidancePathSchema,
  /** 1 = an auditor looks for it first (held back from the top band), 2 = core practice, 3 = maturity. Default 2. */
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  /** Scoping answers that raise a gap here one priority level: a role, or "eu-high-risk". Default: none. */
  raisedFor: z.array(z.enum([...ROLES, 'eu-high-risk'] satisfies Emphasis[])).default([]),
});

/** A readiness band; the highest band whose rule is met applies. */
const bandSchema = z.object({
  /** Stable key, e.g. "early". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name shown in the results, e.g. "Building the foundations". */
  label: z.string().min(3),
  /** Lowest overall readiness (whole percent, 0-100) for the band. */
  minPercent: z.number().int().min(0).max(100),
  /** When true the band also needs every priority-1 question implemented or justified N/A. Default false. */
  requiresNoEssentialGaps: z.boolean().default(false),
  /** What the band means and what to do next, one or two sentences. */
  summary: z.string().min(30),
});

/**
 * content/data/assessment.yaml: the question bank and bands of /assessment/. Its timeline uses the
 * week effects of content/data/pricing.yaml, shared with the quote estimator.
 */
export const assessmentSchema = z.object({
  /** Title, description, intro, review date and sources of /assessment/. */
  page: dataPageSchema,
  /** Edition of the question bank (YYYY-MM-DD); written into exports and saved answers. Change it when questions change. */
  contentVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as "2026-11-28"'),
  /** Readiness bands; one must start at 0. */
  bands: z
    .array(bandSchema)
    .min(2)
    .refine((bands) => bands.some((band) => band.minPercent === 0), 'one band needs minPercent: 0')
    .refine(
      (bands) => new Set(bands.map((band) => band.minPercent)).size === bands.length,
      'two bands share a minPercent',
    ),
  /** The questions, in wizard order within each area. */
  questions: z.array(questionSchema).min(40).max(70),
});

export type AssessmentData = z.infer<typeof assessmentSchema>;
export type AssessmentQuestion = z.infer<typeof questionSchema>;
