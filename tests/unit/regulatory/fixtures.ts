/** Milestones for the regulatory unit tests, and the real data file as the site reads it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Milestone } from '../../../src/lib/regulatory/milestones';
import { regulatoryTimelineSchema } from '../../../src/schemas/regulatoryTimeline';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A complete milestone; `changes` override any field, dates written as YYYY-MM-DD. */
export function milestone(
  changes: Partial<Omit<Milestone, 'date' | 'previousDate' | 'verifiedOn' | 'reviewBy'>> & {
    date?: string;
    previousDate?: string;
    verifiedOn?: string;
    reviewBy?: string;
  } = {},
): Milestone {
  const { date, previousDate, verifiedOn, reviewBy, ...rest } = changes;
  return {
    id: 'ai-act-example',
    instrument: 'eu-ai-act',
    title: 'Example obligations apply',
    changes: 'Example duties apply to providers of example systems from this date.',
    precision: 'day',
    status: 'applies',
    article: 'Art. 113',
    iso42001: 'Record the date in the legal register and plan the work well ahead of it.',
    source: {
      title: 'Regulation (EU) 2024/1689',
      publisher: 'European Union',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    },
    confidence: 'confirmed',
    checkedAgainst: 'Article 113 in the Official Journal text.',
    ...rest,
    date: day(date ?? '2027-12-02'),
    previousDate: previousDate ? day(previousDate) : undefined,
    verifiedOn: day(verifiedOn ?? '2026-12-01'),
    reviewBy: day(reviewBy ?? '2027-03-01'),
  };
}

export const TIMELINE_PATH = fileURLToPath(new URL('../../../content/data/regulatory-timeline.yaml', import.meta.url));
export const timelineText = readFileSync(TIMELINE_PATH, 'utf8');
/** The real content/data/regulatory-timeline.yaml, validated by its schema. */
export const realTimeline = regulatoryTimelineSchema.parse(parse(timelineText));
