/**
 * Edits of the list of workspaces (workspaceIndexSchema.ts), each pure: it takes the list and returns
 * a new one, or the problem a person must be told about. Writing the list and the workspaces' own
 * keys is workspaceLibrary.ts's job.
 */
import { newRecordId } from './fields';
import {
  DEFAULT_WORKSPACE_ID,
  MAX_WORKSPACES,
  MAX_WORKSPACE_NAME_LENGTH,
  WORKSPACE_INDEX_VERSION,
  type WorkspaceEntry,
  type WorkspaceIndex,
} from './workspaceIndexSchema';
import { readinessSummary, type QuestionIds } from './workspaceReadiness';
import type { Workspace } from './workspaceSchema';

/** Why an edit was refused (the island has words for each). */
export type WorkspaceProblem =
  | 'name-empty'
  | 'name-too-long'
  | 'name-taken'
  | 'too-many'
  /** The default workspace is the assessment page's: it can be emptied, not deleted. */
  | 'default-kept'
  | 'not-found';

export type IndexEdit = { ok: true; index: WorkspaceIndex } | { ok: false; problem: WorkspaceProblem };

/** A name as kept: spaces at the ends removed and runs of spaces made one. */
export const tidyWorkspaceName = (name: string) => name.trim().replace(/\s+/g, ' ');

/** The list's entry for a workspace as it is now. */
export function entryOf(id: string, name: string, workspace: Workspace | null, questions: QuestionIds): WorkspaceEntry {
  return {
    id,
    name,
    updatedAt: workspace?.updatedAt ?? '',
    readiness: workspace ? readinessSummary(workspace, questions) : null,
  };
}

/** A list with only the default workspace: what a browser has before it makes a second one. */
export function indexWithDefault(entry: WorkspaceEntry): WorkspaceIndex {
  return {
    version: WORKSPACE_INDEX_VERSION,
    selectedId: DEFAULT_WORKSPACE_ID,
    workspaces: [{ ...entry, id: DEFAULT_WORKSPACE_ID }],
  };
}

export const findEntry = (index: WorkspaceIndex, id: string) => index.workspaces.find((entry) => entry.id === id);

/** The tidied name, or why it cannot be used (names are unique, ignoring case, so each is unambiguous). */
export function checkWorkspaceName(
  index: WorkspaceIndex,
  name: string,
  renamedId?: string,
): { ok: true; name: string } | { ok: false; problem: WorkspaceProblem } {
  const tidy = tidyWorkspaceName(name);
  if (tidy === '') return { ok: false, problem: 'name-empty' };
  if (tidy.length > MAX_WORKSPACE_NAME_LENGTH) return { ok: false, problem: 'name-too-long' };
  const taken = index.workspaces.some(
    (entry) => entry.id !== renamedId && entry.name.toLocaleLowerCase() === tidy.toLocaleLowerCase(),
  );
  return taken ? { ok: false, problem: 'name-taken' } : { ok: true, name: tidy };
}

/** A name not yet used: `base`, else `base (2)`, `base (3)`… (cut to fit the length limit). */
export function unusedWorkspaceName(index: WorkspaceIndex, base: string): string {
  const tidy = tidyWorkspaceName(base).slice(0, MAX_WORKSPACE_NAME_LENGTH);
  for (let count = 1; ; count += 1) {
    const suffix = count === 1 ? '' : ` (${count})`;
    const name = tidy.slice(0, MAX_WORKSPACE_NAME_LENGTH - suffix.length) + suffix;
    if (checkWorkspaceName(index, name).ok) return name;
  }
}

/** A new workspace's id, unused in the list. */
export function newWorkspaceId(index: WorkspaceIndex, random: () => number = Math.random): string {
  return newRecordId('ws', new Set(index.workspaces.map((entry) => entry.id)), random);
}

/**
 * Adds `entry` at the end (its name checked); `select` also makes it the one this browser opens. An
 * entry of the same id (found again by another tab before this one listed it) is replaced.
 */
export function addWorkspace(index: WorkspaceIndex, entry: WorkspaceEntry, select: boolean): IndexEdit {
  const others = index.workspaces.filter((item) => item.id !== entry.id);
  if (others.length >= MAX_WORKSPACES) return { ok: false, problem: 'too-many' };
  const name = checkWorkspaceName(index, entry.name, entry.id);
  if (!name.ok) return name;
  return {
    ok: true,
    index: {
      ...index,
      selectedId: select ? entry.id : index.selectedId,
      workspaces: [...others, { ...entry, name: name.name }],
    },
  };
}

export function renameWorkspace(index: WorkspaceIndex, id: string, name: string): IndexEdit {
  if (!findEntry(index, id)) return { ok: false, problem: 'not-found' };
  const checked = checkWorkspaceName(index, name, id);
  if (!checked.ok) return checked;
  const workspaces = index.workspaces.map((entry) => (entry.id === id ? { ...entry, name: checked.name } : entry));
  return { ok: true, index: { ...index, workspaces } };
}

/** Removes a workspace from the list; when it was the one opened, the default opens next. */
export function removeWorkspace(index: WorkspaceIndex, id: string): IndexEdit {
  if (id === DEFAULT_WORKSPACE_ID) return { ok: false, problem: 'default-kept' };
  if (!findEntry(index, id)) return { ok: false, problem: 'not-found' };
  return {
    ok: true,
    index: {
      ...index,
      selectedId: index.selectedId === id ? DEFAULT_WORKSPACE_ID : index.selectedId,
      workspaces: index.workspaces.filter((entry) => entry.id !== id),
    },
  };
}

export function selectWorkspace(index: WorkspaceIndex, id: string): IndexEdit {
  return findEntry(index, id) ? { ok: true, index: { ...index, selectedId: id } } : { ok: false, problem: 'not-found' };
}

/** The list after a workspace was saved: its last change and readiness as saved. */
export function withSavedWorkspace(
  index: WorkspaceIndex,
  id: string,
  workspace: Workspace,
  questions: QuestionIds,
): IndexEdit {
  const entry = findEntry(index, id);
  if (!entry) return { ok: false, problem: 'not-found' };
  const saved = entryOf(id, entry.name, workspace, questions);
  return { ok: true, index: { ...index, workspaces: index.workspaces.map((item) => (item.id === id ? saved : item)) } };
}
