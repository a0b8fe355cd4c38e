/**
 * The workspace's stored format for the shared persistence layer: its key, migrations and text.
 *
 * Why a new key rather than a new version under the assessment's key: the assessment island reads
 * `iso42001:assessment` with format version 2 and sets aside anything newer. So the assessment keeps
 * writing version 2 there, untouched, and the workspace lives under its own key. Its migrations
 * start from the assessment's versions: version 1 and 2 values (saved answers and exported answer
 * files of today's site) decode as workspaces with their answers unchanged and an empty inventory,
 * SoA and register.
 */
import { assessmentMigrations } from '../assessment/migrations';
import type { KeyValueStore } from '../persistence/browserStorage';
import { decodeVersioned, type Migration, type VersionedFormat } from '../persistence/versions';
import { emptyScoping } from '../assessment/types';
import { WORKSPACE_VERSION, checkWorkspace, type Workspace } from './workspaceSchema';

/** The workspace's localStorage key; the assessment's own key stays `iso42001:assessment`. */
export const WORKSPACE_STORAGE_KEY = 'iso42001:workspace';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Version 2 (the assessment's saved value or export file) → 3: the answers move under `assessment`. */
const fromAssessmentAnswers: Migration = (value) => {
  // Only the answers and what the assessment saved around them carry over; v3 is built from them.
  const { exportedAt, savedAt, contentVersion, step, scoping, answers } = value;
  // An export file has exportedAt instead of savedAt: the moment the answers were last known.
  const answeredAt = text(savedAt) || text(exportedAt);
  return {
    version: 3,
    updatedAt: answeredAt,
    assessment: {
      savedAt: answeredAt,
      contentVersion: text(contentVersion),
      step: text(step),
      scoping,
      answers,
      scopingChangedAt: '',
    },
    inventory: { systems: [], changedAt: '' },
    soa: { entries: [], versions: [] },
    evidence: { items: [] },
    snapshots: [],
  };
};

/** migrations[N] turns version N into N + 1; 1 → 2 is the assessment's own step. */
export const workspaceMigrations: Readonly<Record<number, Migration>> = {
  ...assessmentMigrations,
  2: fromAssessmentAnswers,
};

/** The workspace's format, as the persistence layer reads it (loadSaved, decodeVersioned). */
export const workspaceFormat: VersionedFormat<Workspace> = {
  currentVersion: WORKSPACE_VERSION,
  migrations: workspaceMigrations,
  check: checkWorkspace,
};

/** Decodes stored or imported text: JSON, version, migrations (from answers v1/v2 too), checks. */
export const decodeWorkspace = (raw: string) => decodeVersioned(raw, workspaceFormat);

/** The JSON text saved under WORKSPACE_STORAGE_KEY (write it through a SavedSlot). */
export function serializeWorkspace(workspace: Workspace): string {
  return JSON.stringify(workspace);
}

/** A workspace with nothing in it yet. */
export function emptyWorkspace(contentVersion: string, now = new Date()): Workspace {
  const at = now.toISOString();
  return {
    version: WORKSPACE_VERSION,
    updatedAt: at,
    assessment: { savedAt: '', contentVersion, step: '', scopingChangedAt: '', scoping: emptyScoping(), answers: {} },
    inventory: { systems: [], changedAt: '' },
    soa: { entries: [], versions: [] },
    evidence: { items: [] },
    snapshots: [],
  };
}

export type WorkspaceSource =
  /** Saved under WORKSPACE_STORAGE_KEY: load it with loadSaved(storage, slot, workspaceFormat). */
  | { kind: 'workspace' }
  /** No workspace yet, but saved answers: this workspace holds them (migrated, nothing written yet). */
  | { kind: 'from-assessment'; workspace: Workspace }
  /** Nothing saved, or saved answers that cannot be read (the assessment island handles those). */
  | { kind: 'none' };

/**
 * Where the first workspace comes from. The assessment's key is only read, never changed: its
 * island owns it (and sets aside what it cannot read).
 */
export function findWorkspaceSource(storage: Pick<KeyValueStore, 'getItem'>, assessmentKey: string): WorkspaceSource {
  let saved: string | null;
  let answers: string | null;
  try {
    saved = storage.getItem(WORKSPACE_STORAGE_KEY);
    answers = saved === null ? storage.getItem(assessmentKey) : null;
  } catch {
    return { kind: 'none' };
  }
  if (saved !== null) return { kind: 'workspace' };
  if (answers === null) return { kind: 'none' };
  const decoded = decodeWorkspace(answers);
  return decoded.ok ? { kind: 'from-assessment', workspace: decoded.value.value } : { kind: 'none' };
}
