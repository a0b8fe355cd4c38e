/**
 * Loaded on demand when the EU AI Act check has saved systems in this browser: reads them through
 * the check's own format (validation, migrations) and derives the EU exposure answer from them.
 */
import { euExposureFromCheck, type ExposureFromCheck } from '../../lib/aiActCheck/euExposure';
import { decodeSavedSystems } from '../../lib/aiActCheck/savedSystems';

/** Null when the check's data is unreadable (the check page reports that) or lists no system. */
export function readCheckExposure(raw: string): ExposureFromCheck | null {
  const decoded = decodeSavedSystems(raw);
  return decoded.ok ? euExposureFromCheck(decoded.value.value.systems) : null;
}
