/**
 * Facts whose review date has passed. `npm run check` lists them as problems and the production
 * build prints them as warnings, so a stale date is never silent.
 */
import { TIMELINE_FILE, type Milestone } from './milestones';

export interface StaleFact {
  id: string;
  /** YYYY-MM-DD. */
  reviewBy: string;
  /** Whole days since reviewBy; at least 1. */
  daysOverdue: number;
  /** 1-based line of the milestone's `id:` in the data file, 0 when it cannot be found. */
  line: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a YYYY-MM-DD day, or of the current UTC day. */
export function utcDay(iso?: string): Date {
  const day = iso ?? new Date().toISOString().slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(day)) {
    throw new Error(`"${day}" is not a date written as YYYY-MM-DD`);
  }
  return date;
}

/** The line of `id: <id>` inside the data file's text, so the report can point at it. */
export function milestoneLine(yamlText: string, id: string): number {
  const pattern = new RegExp(`^\\s*(?:-\\s+)?id:\\s*["']?${id.replace(/[-]/g, '\\-')}["']?\\s*(?:#.*)?$`);
  const index = yamlText.split(/\r?\n/).findIndex((line) => pattern.test(line));
  return index + 1;
}

/** Milestones whose reviewBy day is before `today`, most overdue first. */
export function staleFacts(
  milestones: readonly Pick<Milestone, 'id' | 'reviewBy'>[],
  today: Date,
  yamlText = '',
): StaleFact[] {
  return milestones
    .filter((milestone) => milestone.reviewBy.getTime() < today.getTime())
    .map((milestone) => ({
      id: milestone.id,
      reviewBy: milestone.reviewBy.toISOString().slice(0, 10),
      daysOverdue: Math.round((today.getTime() - milestone.reviewBy.getTime()) / DAY_MS),
      line: milestoneLine(yamlText, milestone.id),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id));
}

/** What is wrong and what would be right, in the words of every other check message. */
export function staleFactMessage(fact: StaleFact): { what: string; expected: string } {
  const days = `${fact.daysOverdue} day${fact.daysOverdue === 1 ? '' : 's'} overdue`;
  return {
    what: `milestone "${fact.id}" was due for review on ${fact.reviewBy} (${days})`,
    expected: 'the fact re-checked against its source, then verifiedOn set to that day and reviewBy to the next check',
  };
}

/** `file:line  what  expected …`, the line the build prints as a warning. */
export function formatStaleFact(fact: StaleFact, file = TIMELINE_FILE): string {
  const { what, expected } = staleFactMessage(fact);
  return `${fact.line > 0 ? `${file}:${fact.line}` : file}  ${what}  expected ${expected}`;
}
