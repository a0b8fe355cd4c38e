import { z } from 'astro/zod';
import { isoDateSchema } from './common';

/** "Art. 6" or "Annex III": the unit the site knows; references add paragraphs and points after it. */
export const articleIdSchema = z
  .string()
  .regex(
    /^(?:Art\. \d+|Annex [IVX]+)$/,
    'expected "Art. <number>" or "Annex <roman numeral>", e.g. "Art. 6" or "Annex III"',
  );

/** One article or annex of Regulation (EU) 2024/1689 that the site cites. */
export const actArticleSchema = z.object({
  /** "Art. 6" or "Annex III". */
  id: articleIdSchema,
  /** The Act's own title for it, e.g. "Classification rules for high-risk AI systems". */
  title: z.string().min(3),
  /** Its address on EUR-Lex. */
  url: z
    .url({ error: 'expected a full EUR-Lex address starting with https://eur-lex.europa.eu/' })
    .refine((url) => url.startsWith('https://eur-lex.europa.eu/'), 'expected an address on https://eur-lex.europa.eu/'),
  /** What was read to check the number, title and the paragraphs the site relies on, where and when. */
  checkedAgainst: z.string().min(20),
});

/** content/data/ai-act-articles.yaml: the articles and annexes of the AI Act the site may cite. */
export const actArticlesSchema = z
  .object({
    /** The regulation itself: title and EUR-Lex address. */
    source: z.object({ title: z.string().min(3), url: z.url() }),
    /** The day the list was last checked against the text (YYYY-MM-DD). */
    checkedOn: isoDateSchema,
    /** Articles and annexes, in the Act's order. */
    articles: z.array(actArticleSchema).min(1),
  })
  .superRefine((data, context) => {
    const seen = new Set<string>();
    data.articles.forEach((article, index) => {
      if (seen.has(article.id)) {
        context.addIssue({
          code: 'custom',
          path: ['articles', index, 'id'],
          message: `"${article.id}" is listed twice; expected each article once`,
        });
      }
      seen.add(article.id);
    });
  });

export type ActArticlesData = z.infer<typeof actArticlesSchema>;
export type ActArticle = z.infer<typeof actArticleSchema>;
