import { z } from 'astro/zod';
import { clauseIdSchema, controlIdSchema } from './common';

/**
 * Facts of the standards the site checks content against (content/data/standard.yaml):
 * which Annex A controls, clauses and NIST subcategories exist. IDs and titles only, no ISO text.
 */
export const standardSchema = z.object({
  /** Annex A groups in order, each with its objective in our words and its control IDs. */
  groups: z
    .array(
      z.object({
        id: z.string().regex(/^A\.\d+(\.\d)?$/),
        title: z.string().min(3),
        /** The group's objective, paraphrased. */
        objective: z.string().min(20),
        /** Set on A.6.1 and A.6.2: the group they belong to. */
        subgroupOf: z.string().optional(),
        /** Controls of the group with their published titles. */
        controls: z.array(z.object({ id: controlIdSchema, title: z.string().min(3) })).default([]),
      }),
    )
    .min(9),
  /** Clauses 4-10 and all their sub-clauses with published titles. */
  clauses: z.array(z.object({ id: clauseIdSchema, title: z.string().min(3) })).min(40),
  /** Mandatory documented information: clause and what must be kept. */
  mandatoryDocumentedInformation: z.array(z.object({ clause: clauseIdSchema, item: z.string().min(5) })).min(10),
  /** NIST AI RMF 1.0: for each function, how many subcategories each category has. */
  nistAiRmf: z.record(z.enum(['GOVERN', 'MAP', 'MEASURE', 'MANAGE']), z.array(z.number().int().positive())),
  /** EU AI Act articles the indicative mapping uses, with their short titles. */
  euAiActArticles: z.array(z.object({ id: z.string().regex(/^Art\. \d+$/), title: z.string().min(3) })).min(5),
});

export type StandardFacts = z.infer<typeof standardSchema>;
