/**
 * Calendar days as the workbench stores them: YYYY-MM-DD strings, compared in UTC so a result never
 * depends on the visitor's time zone. "Today" is always passed in (the page computes it with
 * localToday from src/lib/estimator/timeline.ts after hydration), so every rule is testable.
 */
import { isIsoDate } from '../estimator/inputShape';

export { localToday } from '../estimator/timeline';

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is false). */
export const isCalendarDate = isIsoDate;

const DAY_MS = 24 * 60 * 60 * 1000;

const utcMidnight = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** Whole days from `fromDay` to `toDay` (negative when toDay is earlier); both YYYY-MM-DD. */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((utcMidnight(toDay) - utcMidnight(fromDay)) / DAY_MS);
}

/** True for an ISO 8601 time as Date.toISOString writes it (what the workbench stores as timestamps). */
export function isTimestamp(value: string): boolean {
  if (value.length > 40 || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** The later of two timestamps; '' (never) counts as earliest. */
export function laterTimestamp(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** True when timestamp `a` is strictly before `b`; '' (never) is before any time. */
export function isBefore(a: string, b: string): boolean {
  if (b === '') return false;
  if (a === '') return true;
  return Date.parse(a) < Date.parse(b);
}
