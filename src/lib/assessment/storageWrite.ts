/**
 * Writing saved answers to localStorage: the keys, the saved shape and save/delete. This part
 * loads with the page; reading (validation and migrations, in storage.ts) is loaded only when
 * there is something saved to read. Call these from effects and event handlers only.
 */
import { CURRENT_VERSION, type AssessmentAnswers } from './types';

export const STORAGE_KEY = 'iso42001:assessment';
export const INVALID_STORAGE_KEY = `${STORAGE_KEY}:invalid`;

/** The stored value in the current format version. */
export interface SavedAssessment extends AssessmentAnswers {
  version: typeof CURRENT_VERSION;
  /** ISO 8601 time of the last save. */
  savedAt: string;
  /** contentVersion of the question bank the answers were given to. */
  contentVersion: string;
  /** Wizard step the person was on. */
  step: string;
}

/** Saves answers and step; returns false when the browser refuses (quota, privacy mode). */
export function saveAssessment(
  storage: Storage,
  state: AssessmentAnswers & { step: string },
  contentVersion: string,
  now: Date = new Date(),
): boolean {
  const value: SavedAssessment = {
    version: CURRENT_VERSION,
    savedAt: now.toISOString(),
    contentVersion,
    step: state.step,
    scoping: state.scoping,
    answers: state.answers,
  };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Deletes the saved answers and any value set aside. */
export function clearSavedAssessment(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
    storage.removeItem(INVALID_STORAGE_KEY);
  } catch {
    // Nothing stored that we could reach.
  }
}
