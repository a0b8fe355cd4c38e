import { z } from 'astro/zod';
import { dataPageSchema, linkSchema } from './common';

/** content/data/home.yaml: the overview page. */
export const homeSchema = z.object({
  page: dataPageSchema,
  /** "What is ISO 42001" paragraphs. */
  whatIs: z.array(z.string().min(40)).min(2),
  /** The four benefits, each with a short explanation. */
  benefits: z.array(z.object({ title: z.string().min(5), text: z.string().min(30) })).length(4),
  /** Our perspective on why certification matters now (replaces a testimonial). */
  perspective: z.object({ heading: z.string().min(5), text: z.string().min(60) }),
});

/** A cost component; the estimator's base ranges come from here. */
const costComponentSchema = z.object({
  /** Stable key used by the estimator, e.g. "gap-analysis". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(3),
  /** Lower bound in whole currency units for a 50-500 employee organization. */
  low: z.number().int().nonnegative(),
  /** Upper bound; must be at least `low`. */
  high: z.number().int().nonnegative(),
  /** True for the yearly surveillance audit, false for first-year work. */
  recurring: z.boolean().default(false),
  /** What the money buys. */
  description: z.string().min(30),
});

/** content/data/costs.yaml: the /costs/ page and the estimator's base ranges. */
export const costsSchema = z.object({
  page: dataPageSchema,
  /** Size of organization the ranges are stated for. */
  basis: z.string().min(10),
  components: z
    .array(costComponentSchema)
    .min(2)
    .refine((items) => items.every((item) => item.low <= item.high), 'every component needs low <= high'),
  /** The narrower range most clients fall into, and why it is narrower than the sum of components. */
  typicalTotal: z.object({ low: z.number().int(), high: z.number().int(), explanation: z.string().min(40) }),
  /** What moves the cost up or down. */
  drivers: z.array(z.object({ title: z.string().min(3), text: z.string().min(20) })).min(3),
});

/** content/data/compare.yaml: the /compare/ page. */
export const compareSchema = z.object({
  page: dataPageSchema,
  /** Point-by-point comparison rows. */
  aspects: z
    .array(
      z.object({
        aspect: z.string().min(3),
        iso42001: z.string().min(3),
        euAiAct: z.string().min(3),
        nistAiRmf: z.string().min(3),
      }),
    )
    .min(5),
  /** Overlap estimates with other frameworks. */
  overlaps: z
    .array(
      z
        .object({
          framework: z.string().min(3),
          /** Indicative share of control areas in common, 0-100; leave it out where one figure would mislead. */
          percent: z.number().min(0).max(100).optional(),
          /** How the overlap was judged; required when there is no percent. */
          basis: z.string().min(40).optional(),
          sharedAreas: z.array(z.string().min(3)).min(2),
          /** What does not carry over. */
          notShared: z.string().min(20),
        })
        .refine((overlap) => overlap.percent !== undefined || overlap.basis !== undefined, {
          path: ['basis'],
          message: 'expected a basis when there is no percent',
        }),
    )
    .min(4),
  /** How the overlap percentages were arrived at. */
  overlapMethod: z.string().min(40),
  /** What ISO 42001 certification does not give under the EU AI Act. */
  euAiActGaps: z.array(z.string().min(10)).min(3),
});

/** content/data/certification.yaml: the /certification/ page, the estimator's and assessment's timeline. */
export const certificationSchema = z.object({
  page: dataPageSchema,
  phases: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(3),
        minWeeks: z.number().int().positive(),
        maxWeeks: z.number().int().positive(),
        description: z.string().min(30),
        outputs: z.array(z.string().min(3)).min(1),
      }),
    )
    .min(3)
    .refine(
      (phases) => phases.every((phase) => phase.minWeeks <= phase.maxWeeks),
      'every phase needs minWeeks <= maxWeeks',
    ),
  /** What each published duration figure measures, so none contradicts another. */
  figuresExplained: z.array(z.object({ figure: z.string().min(2), measures: z.string().min(20) })).min(2),
  /** Stage 1 and Stage 2 of the initial audit. */
  auditStages: z.array(z.object({ name: z.string().min(3), text: z.string().min(30) })).length(2),
  /** The three-year cycle, year by year. */
  cycle: z.array(z.object({ when: z.string().min(3), text: z.string().min(20) })).min(3),
  /** What certification does and does not say. */
  limits: z.string().min(40),
});

/** content/data/mistakes.yaml: the /mistakes/ page. */
export const mistakesSchema = z.object({
  page: dataPageSchema,
  items: z
    .array(
      z.object({
        title: z.string().min(5),
        consequence: z.string().min(20),
        prevention: z.array(z.string().min(10)).min(2),
        /** Controls or clauses that address it, e.g. "A.4.2" or "6.1.2". */
        seeAlso: z.array(z.string()).default([]),
      }),
    )
    .min(6),
});

/** content/data/faq.yaml: the /faq/ page and its FAQPage structured data. */
export const faqSchema = z.object({
  page: dataPageSchema,
  items: z
    .array(
      z.object({
        question: z.string().min(10).endsWith('?', 'a question ends with "?"'),
        /** Plain text; a blank line starts a new paragraph. */
        answer: z.string().min(40),
        /** Pages to read next. */
        links: z.array(linkSchema).default([]),
      }),
    )
    .min(8),
});
