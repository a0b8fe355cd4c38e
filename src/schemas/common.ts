import { z } from 'astro/zod';
import { CLAUSE_ID_PATTERN, CONTROL_ID_PATTERN } from '../lib/standardIds';

/** A citation shown in a page's "Sources" list. */
export const sourceSchema = z.object({
  /** Title of the cited document, e.g. "ISO/IEC 42001:2023". */
  title: z.string().min(3),
  /** Who publishes it, e.g. "ISO" or "European Union". */
  publisher: z.string().min(2),
  /** Public address of the document; optional for paywalled standards. */
  url: z.url().optional(),
});

/** Annex A control ID such as `A.6.2.8`. */
export const controlIdSchema = z.string().regex(CONTROL_ID_PATTERN, 'expected an Annex A control ID such as "A.6.2.8"');

/** Clause or sub-clause number such as `6.1.2`. */
export const clauseIdSchema = z
  .string()
  .regex(CLAUSE_ID_PATTERN, 'expected a clause number from 4 to 10, such as "6.1.2"');

/** NIST AI RMF 1.0 subcategory such as `MEASURE 2.7`. */
export const nistSubcategorySchema = z
  .string()
  .regex(/^(?:GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$/, 'expected a NIST AI RMF subcategory such as "MEASURE 2.7"');

/** EU AI Act article reference such as `Art. 10`. */
export const euAiActArticleSchema = z.string().regex(/^Art\. \d+$/, 'expected an EU AI Act article such as "Art. 10"');

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns an unquoted date into a Date;
 * anything else must be a real date in that form, so "next tuesday" or 2026-02-30 fail with a clear message.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-11-28' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD, e.g. 2026-11-28')
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    }, 'expected a real calendar date')
    .transform((text) => new Date(`${text}T00:00:00Z`)),
);

/** Fields every guidance page carries: when it was last reviewed and what it relies on. */
export const pageMetaFields = {
  /** Date the page's facts were last reviewed (YYYY-MM-DD). */
  updated: isoDateSchema,
  /** Documents the page relies on; shown under "Sources". */
  sources: z.array(sourceSchema).min(1),
};

/** Page title, description and review data for a page built from a data file. */
export const dataPageSchema = z.object({
  /** The page's h1 and <title>. */
  title: z.string().min(3),
  /** One or two sentences for search engines and link previews (50-180 characters). */
  description: z.string().min(50).max(180),
  /** Short paragraph under the title. */
  intro: z.string().min(20),
  ...pageMetaFields,
});

/** A link to a page of this site or elsewhere. */
export const linkSchema = z.object({
  /** Visible text of the link. */
  label: z.string().min(2),
  /** Site path starting with "/" or an absolute URL. */
  href: z.string().regex(/^(\/|https?:\/\/|mailto:)/, 'expected a path starting with "/" or an absolute URL'),
});
