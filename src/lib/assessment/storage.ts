/**
 * Reading saved answers back: the stored format (version, migrations, checks) for the shared
 * persistence layer, and the read-only scoping reader the estimator uses. Loaded with import()
 * only when something is saved. Keys, shape and writing are in storageWrite.ts.
 */
import type { Checked } from '../persistence/checked';
import { decodeVersioned, type VersionedFormat } from '../persistence/versions';
import { assessmentMigrations } from './migrations';
import { STORAGE_KEY, type SavedAssessment } from './storageWrite';
import { CURRENT_VERSION, type EuExposure, type Role, type SizeBand } from './types';
import { checkAssessmentAnswers } from './validation';

export { INVALID_STORAGE_KEY, STORAGE_KEY, saveAssessment, type SavedAssessment } from './storageWrite';

/** Checks a value already brought to the current version. */
function checkSaved(current: Record<string, unknown>): Checked<SavedAssessment> {
  const checked = checkAssessmentAnswers(current);
  if (!checked.ok) return checked;
  const text = (field: string, fallback: string) => {
    const raw = current[field];
    return typeof raw === 'string' && raw.length <= 80 ? raw : fallback;
  };
  return {
    ok: true,
    value: {
      version: CURRENT_VERSION,
      savedAt: text('savedAt', ''),
      contentVersion: text('contentVersion', ''),
      step: text('step', ''),
      ...checked.value,
    },
  };
}

/** The saved assessment's format, as the persistence layer reads it. */
export const assessmentFormat: VersionedFormat<SavedAssessment> = {
  currentVersion: CURRENT_VERSION,
  migrations: assessmentMigrations,
  check: checkSaved,
};

/** Decodes a stored value's text (JSON, version, migrations, checks). */
export const decodeSavedAssessment = (raw: string) => decodeVersioned(raw, assessmentFormat);

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
export function readSavedScoping(storage: Pick<Storage, 'getItem'>): SavedScoping | null {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  const decoded = decodeSavedAssessment(raw);
  if (!decoded.ok) return null;
  const { role, sizeBand, aiSystemCount, euExposure } = decoded.value.value.scoping;
  if (role === null || sizeBand === null || aiSystemCount === null || euExposure === null) return null;
  return { role, sizeBand, aiSystemCount, euExposure };
}
