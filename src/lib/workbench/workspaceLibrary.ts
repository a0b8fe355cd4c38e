/**
 * The workspaces of one browser in its storage: the list (workspaceIndexSchema.ts) and each
 * workspace under its own key. Today's layout, one workspace under `iso42001:workspace` and no list,
 * reads as a list with that one workspace as the default: its key and text are never moved or
 * rewritten, and the list is written only at the first change to it.
 *
 * Every change to the list reads it again just before writing (another tab may have saved a
 * workspace or made one since), so the list has no "changed elsewhere" lock of its own: each
 * workspace's key keeps that protection (savedSlot.ts). A list that cannot be read is set aside as
 * every tool's data is, and rebuilt from the workspaces found under their keys.
 */
import { STORAGE_KEY as ASSESSMENT_KEY } from '../assessment/storageWrite';
import { isQuotaExceeded, setAsideKeys, type KeyValueStore } from '../persistence/browserStorage';
import { setAsideUnreadable } from '../persistence/setAside';
import { decodeVersioned } from '../persistence/versions';
import {
  addWorkspace,
  checkWorkspaceName,
  entryOf,
  indexWithDefault,
  newWorkspaceId,
  removeWorkspace,
  renameWorkspace,
  selectWorkspace,
  unusedWorkspaceName,
  withSavedWorkspace,
  type IndexEdit,
  type WorkspaceProblem,
} from './workspaceIndex';
import { decodeWorkspace, emptyWorkspace, findWorkspaceSource, serializeWorkspace } from './workspaceFormat';
import {
  DEFAULT_WORKSPACE_ID,
  MAX_WORKSPACES,
  WORKSPACE_INDEX_KEY,
  workspaceIndexFormat,
  workspaceStorageKey,
  type WorkspaceIndex,
} from './workspaceIndexSchema';
import type { QuestionIds } from './workspaceReadiness';
import type { Workspace } from './workspaceSchema';

export interface LibraryContext {
  /** The default workspace's name until the person renames it. */
  defaultName: string;
  /** The name of a workspace found under its key but missing from the list (count from 1). */
  recoveredName: (count: number) => string;
  questions: QuestionIds;
}

export type LibraryProblem =
  | WorkspaceProblem
  /** The saved list cannot be read and could not be set aside: it is not written over. */
  | 'list-unreadable'
  /** The workspace to copy cannot be read. */
  | 'source-unreadable'
  | 'full'
  | 'failed';

export type LibraryOutcome = { ok: true; index: WorkspaceIndex } | { ok: false; problem: LibraryProblem };

export interface IndexRead {
  index: WorkspaceIndex;
  /**
   * saved: as saved; built: no list saved yet (today's layout); set-aside: the saved list could not
   * be read (`reason`), was copied aside and rebuilt; held: the same, but no copy could be made, so
   * the list is left in place and cannot change.
   */
  origin: 'saved' | 'built' | 'set-aside' | 'held';
  reason?: string;
}

const OTHER_KEY = new RegExp(`^${WORKSPACE_INDEX_KEY}:(ws-[a-z0-9-]+)$`);

/** The workspace saved under `key`: null when nothing is saved, 'unreadable' when it cannot be read. */
function storedWorkspace(storage: KeyValueStore, key: string): Workspace | null | 'unreadable' {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  const decoded = decodeWorkspace(raw);
  return decoded.ok ? decoded.value.value : 'unreadable';
}

/** The default workspace as the workbench opens it: its own key, else the assessment's answers. */
function defaultWorkspace(storage: KeyValueStore): Workspace | null | 'unreadable' {
  const source = findWorkspaceSource(storage, ASSESSMENT_KEY);
  if (source.kind === 'from-assessment') return source.workspace;
  return source.kind === 'none' ? null : storedWorkspace(storage, workspaceStorageKey(DEFAULT_WORKSPACE_ID));
}

const readable = (stored: Workspace | null | 'unreadable') => (stored === 'unreadable' ? null : stored);

/** The list with every workspace saved under its key but not listed (names are lost: made up). */
function withFoundWorkspaces(index: WorkspaceIndex, storage: KeyValueStore, context: LibraryContext): WorkspaceIndex {
  const listed = new Set(index.workspaces.map((entry) => entry.id));
  const found: string[] = [];
  for (let position = 0; position < storage.length; position += 1) {
    const id = OTHER_KEY.exec(storage.key(position) ?? '')?.[1];
    if (id && !listed.has(id)) found.push(id);
  }
  let result = index;
  for (const id of found.sort()) {
    const workspace = readable(storedWorkspace(storage, workspaceStorageKey(id)));
    let count = 1;
    while (!checkWorkspaceName(result, context.recoveredName(count)).ok) count += 1;
    const added = addWorkspace(result, entryOf(id, context.recoveredName(count), workspace, context.questions), false);
    if (added.ok) result = added.index;
    if (result.workspaces.length >= MAX_WORKSPACES) break;
  }
  return result;
}

/** The list of today's layout: the default workspace, and any workspace found under its key. */
function builtIndex(storage: KeyValueStore, context: LibraryContext): WorkspaceIndex {
  const entry = entryOf(
    DEFAULT_WORKSPACE_ID,
    context.defaultName,
    readable(defaultWorkspace(storage)),
    context.questions,
  );
  return withFoundWorkspaces(indexWithDefault(entry), storage, context);
}

/** The list as stored now, or null when it cannot be read. */
function currentIndex(storage: KeyValueStore, context: LibraryContext): WorkspaceIndex | null {
  const raw = storage.getItem(WORKSPACE_INDEX_KEY);
  if (raw === null) return builtIndex(storage, context);
  const decoded = decodeVersioned(raw, workspaceIndexFormat);
  return decoded.ok ? withFoundWorkspaces(decoded.value.value, storage, context) : null;
}

/** Reads the list when the page opens; an unreadable list is set aside (kept when it cannot be). */
export function readWorkspaceIndex(storage: KeyValueStore, context: LibraryContext, now = new Date()): IndexRead {
  const raw = storage.getItem(WORKSPACE_INDEX_KEY);
  if (raw === null) return { index: builtIndex(storage, context), origin: 'built' };
  const decoded = decodeVersioned(raw, workspaceIndexFormat);
  if (decoded.ok) return { index: withFoundWorkspaces(decoded.value.value, storage, context), origin: 'saved' };
  const setAside = setAsideUnreadable(storage, WORKSPACE_INDEX_KEY, raw, now);
  const origin = setAside.kept ? 'set-aside' : 'held';
  return { index: builtIndex(storage, context), origin, reason: decoded.reason };
}

function writeText(storage: KeyValueStore, key: string, text: string): LibraryProblem | null {
  try {
    storage.setItem(key, text);
    return null;
  } catch (error) {
    return isQuotaExceeded(error) ? 'full' : 'failed';
  }
}

/** Reads the list again, applies `edit` and writes the result. */
export function changeIndex(
  storage: KeyValueStore,
  context: LibraryContext,
  edit: (index: WorkspaceIndex) => IndexEdit,
): LibraryOutcome {
  const index = currentIndex(storage, context);
  if (!index) return { ok: false, problem: 'list-unreadable' };
  const edited = edit(index);
  if (!edited.ok) return edited;
  const problem = writeText(storage, WORKSPACE_INDEX_KEY, JSON.stringify(edited.index));
  return problem ? { ok: false, problem } : edited;
}

/** Writes `workspace` under a new key and lists it; nothing stays behind when either write fails. */
function addStored(
  storage: KeyValueStore,
  context: LibraryContext,
  name: (index: WorkspaceIndex) => string,
  workspace: Workspace,
  select: boolean,
  random: () => number,
): LibraryOutcome & { id?: string } {
  const index = currentIndex(storage, context);
  if (!index) return { ok: false, problem: 'list-unreadable' };
  const id = newWorkspaceId(index, random);
  const entry = entryOf(id, name(index), workspace, context.questions);
  // Checked before anything is written, so a refused name leaves no key behind.
  const check = addWorkspace(index, entry, select);
  if (!check.ok) return check;
  const key = workspaceStorageKey(id);
  const problem = writeText(storage, key, serializeWorkspace(workspace));
  if (problem) return { ok: false, problem };
  const listed = changeIndex(storage, context, (current) => addWorkspace(current, entry, select));
  if (!listed.ok) storage.removeItem(key);
  return listed.ok ? { ...listed, id } : listed;
}

/** A new, empty workspace, opened at once. */
export function createWorkspace(
  storage: KeyValueStore,
  context: LibraryContext,
  name: string,
  contentVersion: string,
  now = new Date(),
  random: () => number = Math.random,
): LibraryOutcome & { id?: string } {
  return addStored(storage, context, () => name, emptyWorkspace(contentVersion, now), true, random);
}

/**
 * A copy of a workspace under a name not yet used (`name`, or `name (2)`…). `open` is the workspace
 * as the page shows it when it is the one open (it may hold answers not saved yet); any other is
 * read from its key.
 */
export function duplicateWorkspace(
  storage: KeyValueStore,
  context: LibraryContext,
  sourceId: string,
  open: Workspace | null,
  name: string,
  now = new Date(),
  random: () => number = Math.random,
): LibraryOutcome & { id?: string } {
  const stored =
    open ??
    (sourceId === DEFAULT_WORKSPACE_ID
      ? defaultWorkspace(storage)
      : storedWorkspace(storage, workspaceStorageKey(sourceId)));
  if (stored === 'unreadable') return { ok: false, problem: 'source-unreadable' };
  const copy = { ...(stored ?? emptyWorkspace('', now)), updatedAt: now.toISOString() };
  return addStored(storage, context, (index) => unusedWorkspaceName(index, name), copy, false, random);
}

export const renameStoredWorkspace = (storage: KeyValueStore, context: LibraryContext, id: string, name: string) =>
  changeIndex(storage, context, (index) => renameWorkspace(index, id, name));

export const selectStoredWorkspace = (storage: KeyValueStore, context: LibraryContext, id: string) =>
  changeIndex(storage, context, (index) => selectWorkspace(index, id));

/** Takes a workspace's last change and readiness into the list after it was saved. */
export const recordSavedWorkspace = (
  storage: KeyValueStore,
  context: LibraryContext,
  id: string,
  workspace: Workspace,
) => changeIndex(storage, context, (index) => withSavedWorkspace(index, id, workspace, context.questions));

/**
 * Deletes a workspace (never the default) with its copies of unreadable data: first from the list,
 * so a list that cannot be written leaves the workspace whole.
 */
export function deleteStoredWorkspace(storage: KeyValueStore, context: LibraryContext, id: string): LibraryOutcome {
  const outcome = changeIndex(storage, context, (index) => removeWorkspace(index, id));
  if (!outcome.ok) return outcome;
  const key = workspaceStorageKey(id);
  for (const name of [key, ...setAsideKeys(storage, key)]) storage.removeItem(name);
  return outcome;
}
