import { utcDay } from '../lib/regulatory/staleness';

/**
 * The day this build treats as today (midnight UTC): scheduled updates appear from their
 * publishDate, the timeline splits into past and next, stale facts are counted from it.
 * SITE_TODAY=YYYY-MM-DD pins it, for tests and for previewing a future day.
 */
export function buildDay(): Date {
  const pinned = process.env.SITE_TODAY;
  try {
    return utcDay(pinned || undefined);
  } catch (cause) {
    throw new Error(`SITE_TODAY must be a date written as YYYY-MM-DD, got "${pinned}"`, { cause });
  }
}
