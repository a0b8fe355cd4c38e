/**
 * Versions of the saved and exported answer format. Each migration turns version N into N + 1.
 * Version 1 was the pre-release format: an answer was a bare status string (no justification,
 * flags or note) and scoping had no EU AI Act exposure. Bump CURRENT_VERSION (in types.ts) and
 * add a migration whenever the shape of `scoping` or `answers` changes. This module is loaded only
 * when saved or imported data has to be read.
 */
import { CURRENT_VERSION } from './types';
import { isRecord, type Checked } from './validation';

export { CURRENT_VERSION };

type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

const migrations: Record<number, Migration> = {
  1: (value) => {
    const answers: Record<string, unknown> = {};
    if (isRecord(value.answers)) {
      for (const [id, status] of Object.entries(value.answers)) {
        // Anything that is not a plain status stays as it is and fails validation afterwards.
        answers[id] =
          typeof status === 'string'
            ? { status, justification: '', documented: false, evidenced: false, note: '' }
            : status;
      }
    }
    const scoping = isRecord(value.scoping) ? { ...value.scoping, euExposure: null } : value.scoping;
    return { ...value, version: 2, scoping, answers: isRecord(value.answers) ? answers : value.answers };
  },
};

/** Brings a stored or exported value up to CURRENT_VERSION; says which version it came from. */
export function migrateToCurrent(
  value: Record<string, unknown>,
): Checked<{ value: Record<string, unknown>; migratedFrom: number | null }> {
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: 'it has no format version' };
  }
  if (version > CURRENT_VERSION) {
    return { ok: false, reason: `it uses format version ${version}, newer than this page reads (${CURRENT_VERSION})` };
  }
  if (version < 1) return { ok: false, reason: `format version ${version} does not exist` };
  let current = value;
  for (let step = version; step < CURRENT_VERSION; step += 1) {
    const migrate = migrations[step];
    if (!migrate) return { ok: false, reason: `format version ${step} cannot be upgraded` };
    current = migrate(current);
  }
  return { ok: true, value: { value: current, migratedFrom: version === CURRENT_VERSION ? null : version } };
}
