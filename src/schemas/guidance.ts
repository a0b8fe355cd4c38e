import { z } from 'astro/zod';
import {
  clauseIdSchema,
  controlIdSchema,
  euAiActArticleSchema,
  isoDateSchema,
  nistSubcategorySchema,
  pageMetaFields,
} from './common';

/** Annex A group or sub-objective ID: A.2 to A.10, plus A.6.1 and A.6.2. */
export const groupIdSchema = z.enum(['A.2', 'A.3', 'A.4', 'A.5', 'A.6.1', 'A.6.2', 'A.7', 'A.8', 'A.9', 'A.10']);

/** One Annex A control page (content/controls/<slug>.mdx). */
export const controlSchema = z.object({
  /** Annex A ID exactly as published, e.g. "A.6.2.8"; the file name must be its slug (a-6-2-8.mdx). */
  id: controlIdSchema,
  /** Published control title, identical to content/data/standard.yaml. */
  title: z.string().min(3),
  /** The group or sub-objective the control belongs to. */
  group: groupIdSchema,
  /** What the control expects, paraphrased in our words (2-4 sentences). */
  summary: z.string().min(80),
  /** What an auditor expects to see: documents, records, artefacts. */
  evidence: z.array(z.string().min(5)).min(3),
  /** Links to other frameworks. NIST is the published crosswalk; the others are indicative. */
  crosswalk: z.object({
    /** NIST AI RMF 1.0 subcategories, exactly as in the NIST-listed crosswalk. */
    nistAiRmf: z.array(nistSubcategorySchema).default([]),
    /** EU AI Act articles (indicative mapping). */
    euAiAct: z.array(euAiActArticleSchema).default([]),
    /** ISO/IEC 27001:2022 Annex A controls, e.g. "8.15 Logging" (indicative). */
    iso27001: z.array(z.string().regex(/^[5-8]\.\d+ \S/, 'expected "8.15 Logging"')).default([]),
  }),
  /** Other controls and clauses a reader should look at next. */
  related: z
    .object({
      controls: z.array(controlIdSchema).default([]),
      clauses: z.array(clauseIdSchema).default([]),
    })
    .default({ controls: [], clauses: [] }),
  ...pageMetaFields,
});

/** One sub-clause section of a clause page. */
export const clauseSectionSchema = z.object({
  /** Sub-clause number, e.g. "6.1.2"; the body must have a heading starting with it. */
  id: clauseIdSchema,
  /** Published sub-clause title. */
  title: z.string().min(3),
  /** NIST AI RMF subcategories mapped to this sub-clause. */
  nistAiRmf: z.array(nistSubcategorySchema).default([]),
  /** EU AI Act articles this sub-clause supports (indicative). */
  euAiAct: z.array(euAiActArticleSchema).default([]),
  /** Documented information this sub-clause requires, in our words. */
  documentedInformation: z.array(z.string().min(5)).default([]),
});

/** One clause page (content/clauses/<n>.mdx). */
export const clauseSchema = z.object({
  /** Clause number 4 to 10; the file name must be the same number. */
  clause: z.enum(['4', '5', '6', '7', '8', '9', '10']),
  /** Published clause title. */
  title: z.string().min(3),
  /** What the clause is about, in our words (1-3 sentences). */
  summary: z.string().min(60),
  /** Every sub-clause, in order. */
  sections: z.array(clauseSectionSchema).min(1),
  ...pageMetaFields,
});

/** A control that matters most for an industry or platform, and why. */
const priorityControlSchema = z.object({
  /** Annex A control ID. */
  id: controlIdSchema,
  /** Why it matters here, one sentence. */
  why: z.string().min(20),
});

/** One industry guide (content/industries/<slug>.mdx). */
export const industrySchema = z.object({
  /** Page title, e.g. "Financial services". */
  title: z.string().min(3),
  /** Position on /industries/ (1 first). */
  order: z.number().int().positive(),
  /** Meta description and card text (50-180 characters). */
  description: z.string().min(50).max(180),
  /** Why AI governance is pressing in this sector. */
  context: z.string().min(60),
  /** What an AIMS in this sector must cover. */
  keyRequirements: z.array(z.string().min(5)).min(3),
  /** A worked example of an organization in this sector. */
  exampleUseCase: z.string().min(60),
  /** The Annex A controls that matter most here. */
  priorityControls: z.array(priorityControlSchema).min(3),
  ...pageMetaFields,
});

/** One cloud platform guide (content/platforms/<slug>.mdx). */
export const platformSchema = z.object({
  title: z.string().min(3),
  order: z.number().int().positive(),
  description: z.string().min(50).max(180),
  /** Platform services that produce evidence or carry controls, and what each is used for. */
  services: z.array(z.object({ name: z.string().min(2), use: z.string().min(10) })).min(3),
  priorityControls: z.array(priorityControlSchema).min(3),
  ...pageMetaFields,
});

/** One implementation service (content/services/<slug>.mdx). */
export const serviceSchema = z.object({
  title: z.string().min(3),
  order: z.number().int().positive(),
  description: z.string().min(50).max(180),
  /** Typical engagement length as stated to clients, e.g. "4-6 weeks". */
  duration: z.string().min(3),
  /** What the client has at the end. */
  deliverables: z.array(z.string().min(5)).min(3),
  /** Annex A controls whose evidence the service helps produce. */
  relatedControls: z.array(controlIdSchema).default([]),
  ...pageMetaFields,
});

/** One news item or article (content/updates/<yyyy-mm-dd>-<slug>.mdx). */
export const updateSchema = z.object({
  title: z.string().min(5),
  /** Summary for lists, feeds and search engines (50-200 characters). */
  description: z.string().min(50).max(200),
  /** First publication date (YYYY-MM-DD). */
  publishDate: isoDateSchema,
  /** Date of the last substantive change, when there was one. */
  updatedDate: isoDateSchema.optional(),
  /** Lower-case tags, e.g. "eu-ai-act". */
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case words joined by "-"')).default([]),
  /** Drafts show in `npm run dev` only, never in a production build. Default false. */
  draft: z.boolean().default(false),
  /** What the article relies on. */
  sources: z.array(z.object({ title: z.string(), publisher: z.string(), url: z.url().optional() })).min(1),
});
