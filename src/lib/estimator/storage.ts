import { parseInputs, type EstimatorInputs } from './inputs';

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

export type LoadResult =
  { kind: 'empty' } | { kind: 'restored'; inputs: EstimatorInputs; savedAt: string } | { kind: 'invalid' };

/**
 * Upgrades older saved values to the current version, one step at a time. Version 1 is the first,
 * so there is nothing to upgrade yet; add `2: (v1) => v2` style steps here when the format changes.
 */
const migrations: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(value: Record<string, unknown>): Record<string, unknown> | null {
  let current = value;
  while (typeof current.version === 'number' && current.version < STORAGE_VERSION) {
    const step = migrations[current.version];
    if (!step) return null;
    current = step(current);
  }
  return current.version === STORAGE_VERSION ? current : null;
}

/** Reads and validates the saved inputs. Unreadable data is moved to INVALID_STORAGE_KEY. */
export function loadSavedInputs(storage: KeyValueStorage, maxAiSystems: number): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const migrated =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? migrate(parsed as Record<string, unknown>)
      : null;
  const inputs = migrated ? parseInputs(migrated.inputs, maxAiSystems) : null;
  if (!migrated || !inputs || typeof migrated.savedAt !== 'string') {
    setAside(storage, raw);
    return { kind: 'invalid' };
  }
  return { kind: 'restored', inputs, savedAt: migrated.savedAt };
}

function setAside(storage: KeyValueStorage, raw: string) {
  try {
    storage.setItem(INVALID_STORAGE_KEY, raw);
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: nothing more to do, the page works without it.
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
