/**
 * Saved answers in localStorage, under one key whose value carries its format version:
 *   "iso42001:assessment" -> { version, savedAt, contentVersion, step, scoping, answers }
 * A value that cannot be read is moved to "iso42001:assessment:invalid" (never deleted silently)
 * so the page can start fresh and say what happened. Call these from effects and event
 * handlers only: reading storage during render breaks hydration. Writing lives in
 * storageWrite.ts (re-exported here), so the page can save without loading the readers.
 */
import { migrateToCurrent } from './migrations';
import { INVALID_STORAGE_KEY, STORAGE_KEY, type SavedAssessment } from './storageWrite';
import { CURRENT_VERSION, type EuExposure, type Role, type SizeBand } from './types';
import { checkAssessmentAnswers, isRecord, type Checked } from './validation';

export {
  INVALID_STORAGE_KEY,
  STORAGE_KEY,
  clearSavedAssessment,
  saveAssessment,
  type SavedAssessment,
} from './storageWrite';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; saved: SavedAssessment; migratedFrom: number | null }
  | { kind: 'invalid'; reason: string }
  | { kind: 'unavailable' };

/** Parses and validates a stored value (already JSON-decoded), migrating older versions. */
export function parseSavedAssessment(value: unknown): Checked<{ saved: SavedAssessment; migratedFrom: number | null }> {
  if (!isRecord(value)) return { ok: false, reason: 'it is not an object' };
  const migrated = migrateToCurrent(value);
  if (!migrated.ok) return migrated;
  const current = migrated.value.value;
  const checked = checkAssessmentAnswers(current);
  if (!checked.ok) return checked;
  const text = (field: string, fallback: string) => {
    const raw = current[field];
    return typeof raw === 'string' && raw.length <= 80 ? raw : fallback;
  };
  return {
    ok: true,
    value: {
      saved: {
        version: CURRENT_VERSION,
        savedAt: text('savedAt', ''),
        contentVersion: text('contentVersion', ''),
        step: text('step', ''),
        ...checked.value,
      },
      migratedFrom: migrated.value.migratedFrom,
    },
  };
}

function readRaw(storage: Storage): string | null | undefined {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
}

function decode(raw: string): Checked<{ saved: SavedAssessment; migratedFrom: number | null }> {
  try {
    return parseSavedAssessment(JSON.parse(raw));
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
}

/** Loads saved answers; an unreadable value is moved aside under INVALID_STORAGE_KEY. */
export function loadSavedAssessment(storage: Storage): LoadResult {
  const raw = readRaw(storage);
  if (raw === undefined) return { kind: 'unavailable' };
  if (raw === null) return { kind: 'empty' };
  const parsed = decode(raw);
  if (parsed.ok) return { kind: 'loaded', ...parsed.value };
  try {
    storage.setItem(INVALID_STORAGE_KEY, raw);
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: the invalid value stays where it was, which is still safe.
  }
  return { kind: 'invalid', reason: parsed.reason };
}

/** The value set aside as unreadable, if any (so a person can download it). */
export function readSetAsideValue(storage: Storage): string | null {
  try {
    return storage.getItem(INVALID_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Scoping answers the quote estimator reads to prefill its form. */
export interface SavedScoping {
  role: Role;
  sizeBand: SizeBand;
  aiSystemCount: number;
  euExposure: EuExposure;
}

/**
 * The saved scoping step when all four fields are answered, else null. Read-only: it never
 * moves or changes stored data, so other pages may call it safely (from an effect).
 */
export function readSavedScoping(storage: Storage): SavedScoping | null {
  const raw = readRaw(storage);
  if (!raw) return null;
  const parsed = decode(raw);
  if (!parsed.ok) return null;
  const { role, sizeBand, aiSystemCount, euExposure } = parsed.value.saved.scoping;
  if (role === null || sizeBand === null || aiSystemCount === null || euExposure === null) return null;
  return { role, sizeBand, aiSystemCount, euExposure };
}
