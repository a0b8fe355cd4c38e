/**
 * Saving and clearing the inputs (after the visitor changes something). Reading them back (validation,
 * migration, setting unreadable data aside) is in storage.ts, needed only when something was saved.
 */
import type { EstimatorInputs } from './inputShape';

/** The one localStorage key of the estimator; the version lives inside the value. */
export const STORAGE_KEY = 'iso42001:estimator';
/** Where unreadable saved data is set aside instead of being thrown away. */
export const INVALID_STORAGE_KEY = `${STORAGE_KEY}:invalid`;
export const STORAGE_VERSION = 1;

export interface SavedEstimate {
  version: typeof STORAGE_VERSION;
  savedAt: string;
  inputs: EstimatorInputs;
}

/** The part of Storage the estimator uses, so tests can pass a plain object. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage that does nothing, for browsers that block localStorage (reading it can throw). */
const noStorage: KeyValueStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

/** The browser's localStorage, or a no-op stand-in when access is blocked: the page then works without saving. */
export function browserStorage(): KeyValueStorage {
  try {
    return window.localStorage ?? noStorage;
  } catch {
    return noStorage;
  }
}

/** Saves the inputs; returns false when storage is unavailable (private mode, quota). */
export function saveInputs(storage: KeyValueStorage, inputs: EstimatorInputs, now = new Date()): boolean {
  const value: SavedEstimate = { version: STORAGE_VERSION, savedAt: now.toISOString(), inputs };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** "Start fresh": removes the saved inputs (a copy set aside as invalid is kept for recovery). */
export function clearSavedInputs(storage: KeyValueStorage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing saved can be removed: fine.
  }
}
