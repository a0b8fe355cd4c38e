/**
 * The whole workspace as one JSON file, and back. An import is checked completely before anything
 * is replaced, with the same rules and messages as the assessment's import (src/lib/assessment/
 * transfer.ts): too large, not JSON, not ours, unknown version or damaged is refused and the current
 * workspace stays as it is. Answer files exported by the assessment (today's site) are accepted too:
 * they become a workspace with those answers and an empty inventory, SoA and register.
 */
import { EXPORT_FORMAT as ASSESSMENT_EXPORT_FORMAT } from '../assessment/transfer';
import { isRecord } from '../persistence/checked';
import { migrateToCurrent } from '../persistence/versions';
import { workspaceMigrations } from './workspaceFormat';
import { WORKSPACE_VERSION, checkWorkspace, type Workspace } from './workspaceSchema';

/** Marks a file as a workspace export. */
export const WORKSPACE_EXPORT_FORMAT = 'iso42001-readiness-workspace';
/**
 * Largest file accepted. A realistic workspace (200 systems, 500 evidence items, a few approved SoA
 * versions) is under 1 MB (see scripts/bench-workbench.ts); the browser store holds about 5 MB.
 */
export const MAX_WORKSPACE_IMPORT_BYTES = 4 * 1024 * 1024;

export type WorkspaceImport =
  | {
      ok: true;
      workspace: Workspace;
      exportedAt: string;
      /** The version the file had, null when current (2 or 1: an answers file of the assessment). */
      migratedFrom: number | null;
      /** The answers were given to another edition of the question bank. */
      contentChanged: boolean;
    }
  | { ok: false; error: string };

/** JSON text of a workspace export file. */
export function buildWorkspaceExportFile(workspace: Workspace, now = new Date()): string {
  const file = { format: WORKSPACE_EXPORT_FORMAT, exportedAt: now.toISOString(), ...workspace };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const KEEP = 'Your workspace has not been changed.';

/** Validates an imported file's text; sizeInBytes is the file's size as the browser reports it. */
export function parseWorkspaceImportFile(
  text: string,
  sizeInBytes: number,
  currentContentVersion: string,
): WorkspaceImport {
  if (sizeInBytes > MAX_WORKSPACE_IMPORT_BYTES) {
    const limit = MAX_WORKSPACE_IMPORT_BYTES / 1024 / 1024;
    return { ok: false, error: `The file is larger than ${limit} MB, too large for an export. ${KEEP}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: `The file is not valid JSON. ${KEEP}` };
  }
  if (!isRecord(value) || (value.format !== WORKSPACE_EXPORT_FORMAT && value.format !== ASSESSMENT_EXPORT_FORMAT)) {
    return { ok: false, error: `The file is not an export of this readiness assessment. ${KEEP}` };
  }
  // An answers file is at most version 2: a newer number under that format is not ours to read.
  if (value.format === ASSESSMENT_EXPORT_FORMAT && typeof value.version === 'number' && value.version > 2) {
    return {
      ok: false,
      error: `The file cannot be read: it uses format version ${value.version}, newer than this page reads. ${KEEP}`,
    };
  }
  const migrated = migrateToCurrent(value, WORKSPACE_VERSION, workspaceMigrations);
  if (!migrated.ok) return { ok: false, error: `The file cannot be read: ${migrated.reason}. ${KEEP}` };
  const checked = checkWorkspace(migrated.value.value);
  if (!checked.ok) return { ok: false, error: `The file is damaged: ${checked.reason}. ${KEEP}` };
  return {
    ok: true,
    workspace: checked.value,
    exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt.slice(0, 40) : '',
    migratedFrom: migrated.value.migratedFrom,
    contentChanged: checked.value.assessment.contentVersion !== currentContentVersion,
  };
}
