import { z } from 'astro/zod';
import { ROLES, SECTIONS, TIERS } from '../lib/aiActCheck/vocabulary';
import { clauseIdSchema, controlIdSchema, dataPageSchema, isoDateSchema, linkSchema } from './common';

/** An id such as "prohibited-biometric": lower-case words joined by "-". */
const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by "-", e.g. "annex-iii"');

/**
 * A citation of the Act: an article or annex the site knows, optionally with its paragraph and
 * points and a short qualifier, e.g. "Art. 6(3)", "Art. 5(1)(h)", "Annex III, point 5(b)" or
 * "Art. 5, as amended by the Digital Omnibus on AI". The graph check makes sure the article exists
 * in content/data/ai-act-articles.yaml.
 */
export const actReferenceSchema = z
  .string()
  .regex(
    /^(?:Art\. \d+(?:\(\d+\))?(?:\([a-z]\))?(?:\([ivx]+\))?|Annex [IVX]+)(?:, [A-Za-z0-9 ().,-]+)?$/,
    'expected an article reference such as "Art. 6(3)", "Art. 5(1)(h)" or "Annex III, point 4"',
  );

const tierSchema = z.enum(TIERS, { error: `expected one of ${TIERS.join(', ')}` });
const roleSchema = z.enum(ROLES, { error: `expected one of ${ROLES.join(', ')}` });

/** What choosing an answer records, on top of moving to `next`. */
export const answerEffectsSchema = z.object({
  /** Raises the path's tier to at least this one (the highest tier on a path wins). */
  tier: tierSchema.optional(),
  /** Your role for this system. */
  role: roleSchema.optional(),
  /** Facts the outcome uses, by id from `flags`. */
  flags: z.array(keySchema).default([]),
  /** Obligations this answer adds (ids of obligations with `addedByAnswers: true`). */
  obligations: z.array(keySchema).default([]),
});

/** One answer to a question. */
export const answerSchema = z
  .object({
    /** Stable id, unique within the question; saved answers use it. Never rename it. */
    id: keySchema,
    /** The answer as the visitor reads it. */
    label: z.string().min(2),
    /** The question or outcome this answer leads to. */
    next: keySchema,
    /** What follows from this answer, in plain words, completing "because …" in the reasoning trail. */
    because: z.string().min(10),
    /** The articles that support `because`. */
    articles: z.array(actReferenceSchema).default([]),
    /** Set on the one "I don't know" answer of every question. */
    unknown: z.boolean().default(false),
    /** For "I don't know": what must be found out to settle the question. */
    findOut: z.string().min(10).optional(),
    effects: answerEffectsSchema.default({ flags: [], obligations: [] }),
  })
  .refine((answer) => !answer.unknown || answer.findOut !== undefined, {
    path: ['findOut'],
    message: 'expected findOut on an "I don\'t know" answer: what must be found out',
  });

/** One question of the tree. */
export const questionSchema = z.object({
  /** Stable id; saved answers use it. Never rename it. */
  id: keySchema,
  /** The part of the tree it belongs to; along every path sections only move forward. */
  section: z.enum(SECTIONS, { error: `expected one of ${SECTIONS.join(', ')}` }),
  /** The question, in plain words. */
  text: z.string().min(10),
  /** Optional explanation shown under the question. */
  help: z.string().min(10).optional(),
  /** The articles the question rests on. */
  articles: z.array(actReferenceSchema).min(1),
  /** The answers; exactly one must be the "I don't know" answer. */
  answers: z.array(answerSchema).min(2),
});

/** Where a path ends. */
export const outcomeSchema = z.object({
  id: keySchema,
  /** Heading of the result. */
  title: z.string().min(3),
  /** A fixed tier, or "from-answers" when the answers on the path decide it. */
  tier: z.union([tierSchema, z.literal('from-answers')]),
  /** What the outcome means, in plain words. */
  summary: z.string().min(20),
  /** False when the Act's duties do not reach the system by this route (Section B products, Art. 2(2)). */
  dutiesApply: z.boolean().default(true),
});

/** A duty that follows for some roles in some tiers. */
export const obligationSchema = z.object({
  id: keySchema,
  title: z.string().min(5),
  /** What must be done, in our words. */
  summary: z.string().min(20),
  /** Where the duty is in the Act. */
  articles: z.array(actReferenceSchema).min(1),
  /** Roles that carry it. */
  roles: z.array(roleSchema).min(1),
  /** Final tiers in which it applies. */
  tiers: z.array(tierSchema).min(1),
  /** True when only an answer can add it (otherwise every path ending in one of `tiers` has it). */
  addedByAnswers: z.boolean().default(false),
  /** Milestone id in content/data/regulatory-timeline.yaml whose date the duty applies from. */
  appliesFrom: keySchema,
  /** Another milestone when a flag is set, e.g. the Annex I date for the product route. */
  dateWhen: z.array(z.object({ flag: keySchema, appliesFrom: keySchema })).default([]),
  /** Drops the duty when the flag is set, except in the listed tiers. */
  waivedWhen: z.object({ flag: keySchema, exceptTiers: z.array(tierSchema).default([]) }).optional(),
  /** A condition the check does not ask about, shown with the duty ("If you are …"). */
  condition: z.string().min(10).optional(),
  /** Other milestones worth reading with this duty. */
  alsoSee: z.array(keySchema).default([]),
  /** ISO/IEC 42001 clauses and Annex A controls that produce evidence for it (indicative). */
  iso42001: z.object({ clauses: z.array(clauseIdSchema), controls: z.array(controlIdSchema) }),
  /** What 42001 does not cover for this duty. */
  notCovered: z.string().min(10),
});

/** A fact an answer can record, with what it changes. */
export const flagSchema = z.object({
  id: keySchema,
  /** What the flag means. */
  meaning: z.string().min(10),
  articles: z.array(actReferenceSchema).min(1),
  /** Shown in the result when the flag is set. May cite milestones with {milestone:…}. */
  note: z.string().min(10).optional(),
  /** The system is out of scope if its tier ends as one of these (Art. 2(12)). */
  outOfScopeIfTier: z.array(tierSchema).default([]),
  /** These roles become the provider if the tier ends as one of `ifTier` (Art. 25(1)). */
  becomesProvider: z.object({ fromRoles: z.array(roleSchema).min(1), ifTier: z.array(tierSchema).min(1) }).optional(),
  /** Milestones worth reading when the flag is set. */
  alsoSee: z.array(keySchema).default([]),
});

/** content/data/ai-act-check.yaml: the decision tree of the EU AI Act check. */
export const aiActCheckSchema = z.object({
  /** Title, description, intro, review date and sources of /eu-ai-act/check/method/. */
  page: dataPageSchema,
  /** The hub at /eu-ai-act/: title, description, intro and the pages it links to, each with a line about it. */
  hub: z.object({
    title: z.string().min(3),
    description: z.string().min(50).max(180),
    intro: z.string().min(20),
    links: z.array(linkSchema.extend({ text: z.string().min(10) })).min(1),
  }),
  /** The check itself at /eu-ai-act/check/: its title, description and the paragraph under the title. */
  tool: z.object({
    title: z.string().min(3),
    description: z.string().min(50).max(180),
    intro: z.string().min(20),
  }),
  /** The day a person last reviewed the whole tree against the Act (YYYY-MM-DD). */
  reviewedOn: isoDateSchema,
  /** Id of the first question. */
  start: keySchema,
  /** The "not legal advice" line shown with every result. */
  notLegalAdvice: z.string().min(20),
  /** The label shown with every ISO/IEC 42001 mapping; it must say the mapping is indicative. */
  iso42001Label: z.string().regex(/indicative/i, 'expected the label to say the mapping is indicative'),
  /** Titles of the sections, in order. */
  sections: z.array(z.object({ id: z.enum(SECTIONS), title: z.string().min(3) })).length(SECTIONS.length),
  /** Every tier with its label and meaning. */
  tiers: z
    .array(z.object({ id: tierSchema, label: z.string().min(3), meaning: z.string().min(10) }))
    .length(TIERS.length),
  /** Every role with its definition. */
  roles: z
    .array(
      z.object({
        id: roleSchema,
        label: z.string().min(3),
        definition: z.string().min(10),
        articles: z.array(actReferenceSchema).min(1),
      }),
    )
    .length(ROLES.length),
  flags: z.array(flagSchema),
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
  obligations: z.array(obligationSchema).min(1),
  /** Gaps of ISO/IEC 42001 shown with every in-scope result. */
  notCoveredBy42001: z.array(z.string().min(10)).min(1),
  /** Parts of the Act the check leaves out, and why; published on the method page. */
  omitted: z.array(z.object({ topic: z.string().min(5), why: z.string().min(10) })),
});

export type AiActCheckData = z.infer<typeof aiActCheckSchema>;
export type CheckQuestion = AiActCheckData['questions'][number];
export type CheckAnswer = CheckQuestion['answers'][number];
export type CheckOutcomeNode = AiActCheckData['outcomes'][number];
export type CheckObligation = AiActCheckData['obligations'][number];
export type CheckFlag = AiActCheckData['flags'][number];
