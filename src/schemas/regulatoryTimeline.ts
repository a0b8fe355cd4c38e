import { z } from 'astro/zod';
import { dataPageSchema, isoDateSchema } from './common';

/** A key such as "ai-act-annex-iii-high-risk": lower-case words joined by "-". */
const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by "-", e.g. "ai-act-annex-iii-high-risk"');

/**
 * The legal stage a milestone marks, in order: a proposal, a political agreement, formal
 * adoption, entry into force of the act, and the day its duties start to apply. Pages show the
 * stage next to the date for the first three, because those are not yet law.
 */
export const milestoneStatusSchema = z.enum(['proposed', 'agreed', 'adopted', 'in-force', 'applies'], {
  error: 'expected one of proposed, agreed, adopted, in-force, applies',
});

/** A law, standard or framework that milestones belong to. */
export const instrumentSchema = z.object({
  /** Stable key milestones refer to, e.g. "eu-ai-act". Never rename it: milestones use it. */
  id: keySchema,
  /** Full name on the timeline page, e.g. "EU AI Act (Regulation (EU) 2024/1689)". */
  name: z.string().min(3),
  /** Short name used in calendar event titles, e.g. "EU AI Act". */
  shortName: z.string().min(2).max(40),
});

/** Where a fact comes from. The url should be the primary publisher (EUR-Lex, ISO, NIST, a regulator). */
export const milestoneSourceSchema = z.object({
  /** Title of the document, e.g. "Regulation (EU) 2024/1689, Article 113". */
  title: z.string().min(3),
  /** Who publishes it, e.g. "European Union (EUR-Lex)". */
  publisher: z.string().min(2),
  /** Public address of the document. */
  url: z.url({ error: 'expected a full web address starting with https://' }),
});

/** One dated regulatory fact, stated once and cited everywhere by its id. */
export const milestoneSchema = z
  .object({
    /** Stable key pages cite with <Milestone id="…" />; it is also the calendar UID. Never rename it. */
    id: keySchema,
    /** The `id` of an entry in `instruments`. */
    instrument: keySchema,
    /** What happens on the date, as a short heading, e.g. "Annex III high-risk obligations apply". */
    title: z.string().min(10).max(100),
    /** What applies or what changed, in one to three sentences of our own words. */
    changes: z.string().min(40),
    /** The day it happens (YYYY-MM-DD). With `precision: month` only the month and year are shown. */
    date: isoDateSchema,
    /** "day" (default) shows "2 December 2027"; "month" shows "December 2027" when only the month is known. */
    precision: z.enum(['day', 'month']).default('day'),
    /** For a moved deadline: the date that applied before the change (YYYY-MM-DD). */
    previousDate: isoDateSchema.optional(),
    /** The legal stage this milestone marks. */
    status: milestoneStatusSchema,
    /** Article, section or paragraph that sets the date, e.g. "Art. 113, point (c)". */
    article: z.string().min(2),
    /** What the milestone means for an ISO/IEC 42001 programme, in our words. */
    iso42001: z.string().min(40),
    /** The primary source the fact should be checked against. */
    source: milestoneSourceSchema,
    /**
     * "confirmed": the date and status were read in the primary source or a verbatim copy of it.
     * "reported": only secondary reporting was found; `caveat` then says so on every page.
     */
    confidence: z.enum(['confirmed', 'reported'], { error: 'expected confirmed or reported' }),
    /** What was actually read to verify the fact, and where; not shown to readers as a claim. */
    checkedAgainst: z.string().min(20),
    /** Shown next to the fact wherever it appears; required when `confidence` is "reported". */
    caveat: z.string().min(20).optional(),
    /** The day someone last checked this fact against its source (YYYY-MM-DD). */
    verifiedOn: isoDateSchema,
    /** The day by which it must be checked again; `npm run check` reports it once this day has passed. */
    reviewBy: isoDateSchema,
  })
  .refine((milestone) => milestone.reviewBy.getTime() > milestone.verifiedOn.getTime(), {
    path: ['reviewBy'],
    message: 'expected a date after verifiedOn',
  })
  .refine((milestone) => milestone.confidence === 'confirmed' || milestone.caveat !== undefined, {
    path: ['caveat'],
    message: 'expected a caveat for a reported fact, e.g. "Reported; not yet confirmed against the Official Journal"',
  });

/** content/data/regulatory-timeline.yaml: every regulatory date the site states, each once. */
export const regulatoryTimelineSchema = z
  .object({
    /** Title, description, intro, review date and sources of /eu-ai-act/timeline/. */
    page: dataPageSchema,
    /** Laws, standards and frameworks that milestones belong to. */
    instruments: z.array(instrumentSchema).min(1),
    /** The milestones, in any order; pages sort them by date. */
    milestones: z.array(milestoneSchema).min(1),
  })
  .superRefine((timeline, context) => {
    const instruments = new Set(timeline.instruments.map((instrument) => instrument.id));
    const seen = new Set<string>();
    timeline.milestones.forEach((milestone, index) => {
      if (seen.has(milestone.id)) {
        context.addIssue({
          code: 'custom',
          path: ['milestones', index, 'id'],
          message: `"${milestone.id}" is used twice; expected a key used by one milestone only`,
        });
      }
      seen.add(milestone.id);
      if (!instruments.has(milestone.instrument)) {
        context.addIssue({
          code: 'custom',
          path: ['milestones', index, 'instrument'],
          message: `"${milestone.instrument}" is not listed under instruments; expected one of ${[...instruments].join(', ')}`,
        });
      }
    });
  });

export type RegulatoryTimelineData = z.infer<typeof regulatoryTimelineSchema>;
export type MilestoneData = z.infer<typeof milestoneSchema>;
