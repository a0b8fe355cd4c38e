/**
 * Field schemas shared by the workbench's records (zod/mini: the workbench loads on demand, and the
 * small build keeps it light). Every limit here allows a realistic organization (200 systems, 500
 * evidence items) with room to spare while refusing files meant to fill the page.
 */
import * as z from 'zod/mini';
import { CLAUSE_ID_PATTERN, CONTROL_ID_PATTERN } from '../standardIds';
import { isCalendarDate, isTimestamp } from './dates';

/** Record ids: lower-case letters, digits and hyphens, as the EU AI Act check's system ids. */
export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;

export const MAX_NAME_LENGTH = 120;
export const MAX_SHORT_TEXT_LENGTH = 500;
export const MAX_LONG_TEXT_LENGTH = 2000;
/** Tags such as data categories or third-party components: items per list, characters per item. */
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 120;
/** Links from a record to controls, clauses, systems or evidence. */
export const MAX_LINKS = 200;

export const recordIdSchema = z.string().check(
  z.regex(RECORD_ID_PATTERN, {
    error: 'must be an id of 1 to 60 lower-case letters, digits and hyphens',
  }),
);

/** Free text up to `max` characters; may be empty. */
export const textSchema = (max: number) => z.string().check(z.maxLength(max));

/** Text that must say something (not only spaces). */
export const requiredTextSchema = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((value) => value.trim() !== '', { error: 'must not be empty' }),
  );

/** A YYYY-MM-DD calendar date, or '' for "not set". */
export const optionalDateSchema = z.string().check(
  z.refine((value) => value === '' || isCalendarDate(value), {
    error: 'must be a date written YYYY-MM-DD, or empty',
  }),
);

/** An ISO 8601 time (Date.toISOString), or '' for "never". */
export const timestampSchema = z
  .string()
  .check(z.refine((value) => value === '' || isTimestamp(value), { error: 'must be an ISO 8601 time, or empty' }));

/** Short labels kept as a list; no ";" or line break, since CSV cells join them with "; ". */
export const tagListSchema = z
  .array(
    z.string().check(
      z.maxLength(MAX_TAG_LENGTH),
      z.refine((value) => value.trim() !== '' && !/[;\r\n]/.test(value), {
        error: 'must be a non-empty label without ";" or line breaks',
      }),
    ),
  )
  .check(z.maxLength(MAX_TAGS));

export const controlIdSchema = z
  .string()
  .check(z.regex(CONTROL_ID_PATTERN, { error: 'must be an Annex A control ID such as "A.6.2.8"' }));

export const clauseIdSchema = z
  .string()
  .check(z.regex(CLAUSE_ID_PATTERN, { error: 'must be a clause number from 4 to 10, such as "6.1.2"' }));

/** The first id that occurs twice in a list, or null. */
export function firstDuplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/**
 * A new record id, unused in `taken`: `prefix` and random base-36 characters. `random` is
 * replaceable so tests get predictable ids.
 */
export function newRecordId(prefix: string, taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (let attempt = 0; ; attempt += 1) {
    const random36 = Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
    // A stuck random source (a test's constant) still ends: the attempt number makes the id unique.
    const id = attempt < 20 ? `${prefix}-${random36}` : `${prefix}-${random36}-${attempt}`;
    if (!taken.has(id)) return id;
  }
}
