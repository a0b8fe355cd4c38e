/**
 * Versions of the saved and exported answer format. Each migration turns version N into N + 1.
 * Version 1 was the pre-release format: an answer was a bare status string (no justification,
 * flags or note) and scoping had no EU AI Act exposure. Bump CURRENT_VERSION (in types.ts) and
 * add a migration whenever the shape of `scoping` or `answers` changes. This module is loaded only
 * when saved or imported data has to be read.
 */
import { isRecord } from '../persistence/checked';
import { migrateToCurrent, type Migration } from '../persistence/versions';
import { CURRENT_VERSION } from './types';

export { CURRENT_VERSION };

export const assessmentMigrations: Record<number, Migration> = {
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
export const migrateAssessment = (value: Record<string, unknown>) =>
  migrateToCurrent(value, CURRENT_VERSION, assessmentMigrations);
