/**
 * The regulatory timeline in dist/ (run after `npm run build`): the calendar parses as iCalendar
 * with one event per milestone, the page has an entry per milestone, the pages that cite dates
 * say when they were verified, and no citation is left unexpanded anywhere a reader could see it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { regulatoryTimelineSchema } from '../../src/schemas/regulatoryTimeline';
import { parseICalendar, single, unescapeText } from '../unit/regulatory/parseICalendar';
import { builtFiles, readSiteFile } from './support/builtSite';

const project = path.resolve(import.meta.dirname, '../..');
const timeline = regulatoryTimelineSchema.parse(
  parse(readFileSync(path.join(project, 'content/data/regulatory-timeline.yaml'), 'utf8')),
);
const { siteUrl } = parse(readFileSync(path.join(project, 'content/settings/site.yaml'), 'utf8')) as { siteUrl: string };
const page = (sitePath: string) => {
  const html = readSiteFile(sitePath);
  if (html === undefined) throw new Error(`${sitePath} is not in dist/`);
  return html;
};
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('/eu-ai-act/timeline.ics', () => {
  const calendar = parseICalendar(readSiteFile('/eu-ai-act/timeline.ics') ?? '');

  it('is an iCalendar file with one all-day event per milestone and a stable UID on the site host', () => {
    const host = new URL(siteUrl).hostname;
    expect(single(calendar, 'VERSION').value).toBe('2.0');
    const uids = calendar.components.map((event) => single(event, 'UID').value).sort();
    expect(uids).toEqual(timeline.milestones.map((milestone) => `${milestone.id}@${host}`).sort());
    for (const event of calendar.components) {
      expect(single(event, 'DTSTART').params).toEqual({ VALUE: 'DATE' });
      expect(single(event, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
    }
  });

  it('dates each event as the data file does', () => {
    for (const milestone of timeline.milestones) {
      const event = calendar.components.find((candidate) => single(candidate, 'UID').value.startsWith(`${milestone.id}@`))!;
      expect(single(event, 'DTSTART').value, milestone.id).toBe(milestone.date.toISOString().slice(0, 10).replaceAll('-', ''));
      if (milestone.caveat) expect(unescapeText(single(event, 'DESCRIPTION').value)).toContain(milestone.caveat);
    }
  });
});

describe('/eu-ai-act/timeline/', () => {
  const html = page('/eu-ai-act/timeline/index.html');

  it('has an entry, with its source link, for every milestone', () => {
    for (const milestone of timeline.milestones) {
      expect(html, milestone.id).toContain(`id="${milestone.id}"`);
      expect(html, milestone.id).toContain(`href="${milestone.source.url.replaceAll('&', '&amp;')}"`);
    }
  });

  it('splits them into next, later and past, and links the calendar', () => {
    for (const heading of ['Next 12 months', 'Later', 'Already happened']) expect(text(html)).toContain(heading);
    expect(html).toContain('href="/eu-ai-act/timeline.ics"');
  });
});

describe('pages that cite regulatory dates', () => {
  it('link to the timeline from /compare/ and /updates/', () => {
    for (const sitePath of ['/compare/index.html', '/updates/index.html']) {
      expect(page(sitePath), sitePath).toContain('href="/eu-ai-act/timeline/"');
      expect(page(sitePath), sitePath).toContain('href="/eu-ai-act/timeline.ics"');
    }
  });

  it('say when their facts were last verified', () => {
    for (const sitePath of [
      '/industries/manufacturing/index.html',
      '/updates/2026-11-20-eu-ai-act-high-risk-dates-moved/index.html',
      '/faq/index.html',
      '/index.html',
      '/compare/index.html',
    ]) {
      expect(text(page(sitePath)), sitePath).toMatch(/regulatory dates? on this page comes? from our regulatory timeline and (was|were) last verified/);
    }
  });

  it('never show a citation that was not turned into a date', () => {
    const leftovers = builtFiles()
      .map((entry) => entry.file)
      .filter((file) => /\.(html|xml|json|ics)$/.test(file) && !file.startsWith('pagefind/'))
      .filter((file) => /\{milestone:|<Milestone\b|&lt;Milestone/.test(readSiteFile(`/${file}`) ?? ''));
    expect(leftovers).toEqual([]);
  });
});
