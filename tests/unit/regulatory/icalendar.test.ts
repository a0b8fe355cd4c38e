import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../../src/lib/regulatory/icalendar';
import { milestone, realTimeline } from './fixtures';
import { parseICalendar, single, unescapeText, unfold } from './parseICalendar';

const options = { publisher: 'Northbeam Assurance', siteUrl: 'https://iso42001.northbeam.example', locale: 'en-GB' };
const instruments = [{ id: 'eu-ai-act', name: 'EU AI Act (Regulation (EU) 2024/1689)', shortName: 'EU AI Act' }];

describe('folding and escaping', () => {
  it('folds at 75 octets without splitting a multi-byte character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Überprüfung der Frist; '.repeat(12)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(unfold(`${folded}\r\n`)).toEqual([line]);
  });

  it('escapes the characters TEXT values reserve and reads back the same text', () => {
    const text = 'Art. 5; Art. 50, \\ and\na second line';
    expect(escapeText(text)).toBe('Art. 5\\; Art. 50\\, \\\\ and\\na second line');
    expect(unescapeText(escapeText(text))).toBe(text);
  });
});

describe('buildCalendar', () => {
  const moved = milestone({
    id: 'ai-act-annex-iii-high-risk',
    title: 'Annex III high-risk obligations apply',
    date: '2027-12-02',
    confidence: 'reported',
    caveat: 'Reported; not yet confirmed against the Official Journal as of 2026-12-01.',
  });
  const proposal = milestone({
    id: 'omnibus-proposed',
    title: 'Commission proposes the Digital Omnibus',
    date: '2025-11-19',
    status: 'proposed',
  });
  const text = buildCalendar([moved, proposal], instruments, options);
  const calendar = parseICalendar(text);

  it('is a VCALENDAR with version, product id and one event per milestone in date order', () => {
    expect(calendar.name).toBe('VCALENDAR');
    expect(single(calendar, 'VERSION').value).toBe('2.0');
    expect(single(calendar, 'PRODID').value).toBe('-//Northbeam Assurance//Regulatory timeline//EN');
    expect(calendar.components.map((event) => event.name)).toEqual(['VEVENT', 'VEVENT']);
    expect(calendar.components.map((event) => single(event, 'UID').value)).toEqual([
      'omnibus-proposed@iso42001.northbeam.example',
      'ai-act-annex-iii-high-risk@iso42001.northbeam.example',
    ]);
  });

  it('makes each event an all-day DATE event ending the next day, stamped with its verification day', () => {
    const event = calendar.components[1]!;
    expect(single(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20271202' });
    expect(single(event, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20271203' });
    expect(single(event, 'DTSTAMP').value).toBe('20261201T000000Z');
    expect(single(event, 'URL').value).toBe(
      'https://iso42001.northbeam.example/eu-ai-act/timeline/#ai-act-annex-iii-high-risk',
    );
  });

  it('carries the status and caveat where a fact is not settled law', () => {
    const [proposed, reported] = calendar.components;
    expect(unescapeText(single(proposed!, 'SUMMARY').value)).toBe(
      'EU AI Act: Commission proposes the Digital Omnibus (proposed)',
    );
    expect(single(proposed!, 'STATUS').value).toBe('TENTATIVE');
    expect(unescapeText(single(reported!, 'DESCRIPTION').value)).toContain(
      'Reported; not yet confirmed against the Official Journal as of 2026-12-01.',
    );
  });

  it('gives the same bytes for the same facts, so subscribers see no spurious changes', () => {
    expect(buildCalendar([proposal, moved], instruments, options)).toBe(text);
  });
});

describe('the real timeline as a calendar', () => {
  const text = buildCalendar(realTimeline.milestones, realTimeline.instruments, options);
  const events = parseICalendar(text).components;

  it('parses, with one event and a unique UID per milestone', () => {
    expect(events).toHaveLength(realTimeline.milestones.length);
    const uids = events.map((event) => single(event, 'UID').value);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('names every event by its instrument, never by a bare key', () => {
    for (const event of events) expect(single(event, 'SUMMARY').value).not.toMatch(/^[a-z0-9-]+:/);
  });
});
