/** Reading the saved inputs back: validation, migration, setting unreadable data aside. Saving is in saving.ts. */
import { parseInputs, type EstimatorInputs } from './inputs';
import { INVALID_STORAGE_KEY, STORAGE_KEY, STORAGE_VERSION, type KeyValueStorage } from './saving';

export {
  INVALID_STORAGE_KEY,
  STORAGE_KEY,
  STORAGE_VERSION,
  browserStorage,
  clearSavedInputs,
  saveInputs,
  type KeyValueStorage,
  type SavedEstimate,
} from './saving';

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
