/**
 * The assessment's saved value: its key, shape and text. This part loads with the page; reading
 * it back (validation, migrations, in storage.ts) loads only when something is saved. Writing goes
 * through the shared saved slot (../persistence/savedSlot), which never overwrites another tab's save.
 */
import { CURRENT_VERSION, type AssessmentAnswers } from './types';

export const STORAGE_KEY = 'iso42001:assessment';
/** Where versions before 2026-12 set aside one unreadable value; newer copies are dated (persistence/setAside). */
export const INVALID_STORAGE_KEY = `${STORAGE_KEY}:invalid`;

/** The stored value in the current format version. */
export interface SavedAssessment extends AssessmentAnswers {
  version: typeof CURRENT_VERSION;
  /** ISO 8601 time of the last save. */
  savedAt: string;
  /** contentVersion of the question bank the answers were given to. */
  contentVersion: string;
  /** Wizard step the person was on when they last changed an answer. */
  step: string;
}

/** The JSON text saved for answers and step. */
export function serializeAssessment(
  state: AssessmentAnswers & { step: string },
  contentVersion: string,
  now: Date = new Date(),
): string {
  const value: SavedAssessment = {
    version: CURRENT_VERSION,
    savedAt: now.toISOString(),
    contentVersion,
    step: state.step,
    scoping: state.scoping,
    answers: state.answers,
  };
  return JSON.stringify(value);
}

/** Writes answers straight to storage (tests and fixtures); the page saves through a saved slot. */
export function saveAssessment(
  storage: Pick<Storage, 'setItem'>,
  state: AssessmentAnswers & { step: string },
  contentVersion: string,
  now: Date = new Date(),
): boolean {
  try {
    storage.setItem(STORAGE_KEY, serializeAssessment(state, contentVersion, now));
    return true;
  } catch {
    return false;
  }
}
