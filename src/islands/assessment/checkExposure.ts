/**
 * Loaded after the assessment's saved answers are restored (kept out of the page's first JavaScript):
 * reads the EU AI Act check's saved systems in this browser through the check's own format
 * (validation, migrations) and derives the EU exposure answer from them.
 */
import { euExposureFromCheck, type ExposureFromCheck } from '../../lib/aiActCheck/euExposure';
import { STORAGE_KEY, decodeSavedSystems } from '../../lib/aiActCheck/savedSystems';

/** Null when the check was not used here, its data is unreadable (the check page reports that) or storage is blocked. */
export function readCheckExposure(): ExposureFromCheck | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  const decoded = decodeSavedSystems(raw);
  return decoded.ok ? euExposureFromCheck(decoded.value.value.systems) : null;
}
