/**
 * The regulatory timeline as an iCalendar file (RFC 5545) people can subscribe to: CRLF line
 * ends, lines folded at 75 octets, one all-day event per milestone with a UID that never changes.
 */
import { sortMilestones, STATUS_LABELS, type Instrument, type Milestone } from './milestones';
import { milestoneDateText, milestoneNotes } from './milestoneText';

export interface CalendarOptions {
  /** Who publishes the calendar, e.g. the brand name; goes into PRODID and the calendar name. */
  publisher: string;
  /** Absolute site address, e.g. https://example.com; gives each event its URL and UID domain. */
  siteUrl: string;
  /** Locale for dates written inside descriptions. */
  locale: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds one content line into pieces of at most 75 octets (RFC 5545, 3.1); each continuation
 * starts with a space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // the leading space counts
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** YYYYMMDD of a UTC date, for DATE values. */
export const icsDate = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '');
const nextDay = (date: Date) => new Date(date.getTime() + 24 * 60 * 60 * 1000);

function eventLines(milestone: Milestone, instrument: Instrument | undefined, options: CalendarOptions): string[] {
  const host = new URL(options.siteUrl).hostname;
  const notes = milestoneNotes(milestone);
  const summary = `${instrument?.shortName ?? milestone.instrument}: ${milestone.title}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
  const description = [
    milestone.changes,
    `Status: ${STATUS_LABELS[milestone.status]}. ${milestone.article}.`,
    ...(milestone.precision === 'month'
      ? [`Only the month is known: ${milestoneDateText(milestone, options.locale)}.`]
      : []),
    ...(milestone.caveat ? [milestone.caveat] : []),
    `For an ISO/IEC 42001 programme: ${milestone.iso42001}`,
    `Source: ${milestone.source.title}, ${milestone.source.publisher}, ${milestone.source.url}`,
    `Last verified ${milestone.verifiedOn.toISOString().slice(0, 10)}.`,
  ].join('\n\n');
  const verified = `${icsDate(milestone.verifiedOn)}T000000Z`;
  return [
    'BEGIN:VEVENT',
    `UID:${milestone.id}@${host}`,
    // DTSTAMP and LAST-MODIFIED follow the last verification, so an unchanged fact gives an unchanged file.
    `DTSTAMP:${verified}`,
    `LAST-MODIFIED:${verified}`,
    `DTSTART;VALUE=DATE:${icsDate(milestone.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(milestone.date))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${new URL(`/eu-ai-act/timeline/#${milestone.id}`, options.siteUrl).href}`,
    `CATEGORIES:${escapeText(instrument?.shortName ?? milestone.instrument)}`,
    `STATUS:${milestone.status === 'proposed' || milestone.status === 'agreed' || milestone.confidence === 'reported' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar, events in date order, ready to serve as text/calendar. */
export function buildCalendar(
  milestones: readonly Milestone[],
  instruments: readonly Instrument[],
  options: CalendarOptions,
): string {
  const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  const name = `${options.publisher}: regulatory milestones for AI governance`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(options.publisher)}//Regulatory timeline//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...sortMilestones(milestones).flatMap((milestone) =>
      eventLines(milestone, byId.get(milestone.instrument), options),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
