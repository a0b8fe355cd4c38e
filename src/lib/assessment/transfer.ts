/**
 * Export to and import from a JSON file. An import is checked completely before anything is
 * replaced: a file that is too large, not JSON, not ours or from an unknown version is refused
 * with a message and the current answers stay as they are.
 */
import { CURRENT_VERSION, migrateAssessment } from './migrations';
import type { AssessmentAnswers } from './types';
import { checkAssessmentAnswers, isRecord } from './validation';

/** Marks a file as an export of this tool. */
export const EXPORT_FORMAT = 'iso42001-readiness-assessment';
/** Largest file accepted; a full export is about 30 KB. */
export const MAX_IMPORT_BYTES = 200 * 1024;

export interface ExportFile extends AssessmentAnswers {
  format: typeof EXPORT_FORMAT;
  version: typeof CURRENT_VERSION;
  contentVersion: string;
  exportedAt: string;
}

export type ImportResult =
  | {
      ok: true;
      state: AssessmentAnswers;
      exportedAt: string;
      migratedFrom: number | null;
      /** The file answered another edition of the question bank. */
      contentChanged: boolean;
    }
  | { ok: false; error: string };

/** JSON text of an export file. */
export function buildExportFile(state: AssessmentAnswers, contentVersion: string, now: Date = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    contentVersion,
    exportedAt: now.toISOString(),
    scoping: state.scoping,
    answers: state.answers,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const KEEP = 'Your answers have not been changed.';

/** Validates an imported file's text; sizeInBytes is the file's size as the browser reports it. */
export function parseImportFile(text: string, sizeInBytes: number, currentContentVersion: string): ImportResult {
  if (sizeInBytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `The file is larger than ${MAX_IMPORT_BYTES / 1024} KB, too large for an export. ${KEEP}`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: `The file is not valid JSON. ${KEEP}` };
  }
  if (!isRecord(value) || value.format !== EXPORT_FORMAT) {
    return { ok: false, error: `The file is not an export of this readiness assessment. ${KEEP}` };
  }
  const migrated = migrateAssessment(value);
  if (!migrated.ok) {
    return { ok: false, error: `The file cannot be read: ${migrated.reason}. ${KEEP}` };
  }
  const checked = checkAssessmentAnswers(migrated.value.value);
  if (!checked.ok) {
    return { ok: false, error: `The file is damaged: ${checked.reason}. ${KEEP}` };
  }
  return {
    ok: true,
    state: checked.value,
    exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt.slice(0, 40) : '',
    migratedFrom: migrated.value.migratedFrom,
    contentChanged: value.contentVersion !== currentContentVersion,
  };
}
