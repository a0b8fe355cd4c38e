/** How a milestone reads in a sentence: its date, and the notes that must travel with it. */
import { findMilestone, stageNote, TIMELINE_FILE, type Milestone } from './milestones';

/** "2 December 2027", or "December 2027" for a milestone known to the month; UTC so every build agrees. */
export function milestoneDateText(milestone: Pick<Milestone, 'date' | 'precision'>, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    milestone.precision === 'month'
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(milestone.date);
}

/** YYYY-MM-DD for a <time datetime>; YYYY-MM when only the month is known. */
export function milestoneDatetime(milestone: Pick<Milestone, 'date' | 'precision'>): string {
  const iso = milestone.date.toISOString();
  return milestone.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/**
 * The short notes shown in brackets after a cited date: the legal stage when it is not law in
 * force, and "reported" when the fact is not confirmed against its primary source.
 */
export function milestoneNotes(milestone: Pick<Milestone, 'status' | 'confidence'>): string[] {
  const notes: string[] = [];
  const stage = stageNote(milestone.status);
  if (stage) notes.push(stage);
  if (milestone.confidence === 'reported') notes.push('reported, not yet confirmed');
  return notes;
}

/** The date followed by its notes, as plain text: "2 December 2027 (reported, not yet confirmed)". */
export function milestonePlainText(milestone: Milestone, locale: string): string {
  const notes = milestoneNotes(milestone);
  const date = milestoneDateText(milestone, locale);
  return notes.length > 0 ? `${date} (${notes.join('; ')})` : date;
}

/**
 * The text a citation stands for. "date" gives the date with its notes, "month" and "year" only
 * that part of the date (for titles), "previous" the date that applied before a move.
 * Throws, naming the data file, on an unknown id, format, or a "previous" with nothing moved.
 */
export function citationText(milestones: readonly Milestone[], id: string, format: string, locale: string): string {
  const milestone = findMilestone(milestones, id);
  switch (format) {
    case 'date':
      return milestonePlainText(milestone, locale);
    case 'month':
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        milestone.date,
      );
    case 'year':
      return String(milestone.date.getUTCFullYear());
    case 'previous':
      if (!milestone.previousDate) {
        throw new Error(
          `Milestone "${id}" has no previousDate in ${TIMELINE_FILE}, so it cannot be cited as "previous"`,
        );
      }
      return milestoneDateText({ date: milestone.previousDate, precision: milestone.precision }, locale);
    default:
      throw new Error(
        `Unknown citation format "${format}" for milestone "${id}"; expected date, month, year or previous`,
      );
  }
}
