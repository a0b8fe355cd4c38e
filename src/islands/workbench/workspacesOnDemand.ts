/**
 * The part of the workspace list the page needs before any workspace opens, loaded on demand with
 * the rest of the workbench's code (onDemand.ts re-exports it): which workspace to open, and the
 * list's line for a workspace once it was saved. The manager (WorkspacesPanel) does the rest.
 */
import { indexWithDefault, entryOf } from '../../lib/workbench/workspaceIndex';
import { DEFAULT_WORKSPACE_ID, workspaceStorageKey } from '../../lib/workbench/workspaceIndexSchema';
import {
  readWorkspaceIndex,
  recordSavedWorkspace,
  type IndexRead,
  type LibraryContext,
} from '../../lib/workbench/workspaceLibrary';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import type { OpenedStorage } from '../shared/storageRuntime';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';

/** The workspace the page shows, and the key it is saved under. */
export interface CurrentWorkspace {
  id: string;
  key: string;
}

export type WorkspaceList = IndexRead;

export const currentOf = (id: string): CurrentWorkspace => ({ id, key: workspaceStorageKey(id) });

export const isDefaultWorkspace = (id: string) => id === DEFAULT_WORKSPACE_ID;

/** The list's words and the question bank's ids (all the readiness summary needs). */
export function libraryContext(copy: WorkbenchCopy, questionIds: readonly string[]): LibraryContext {
  return {
    defaultName: copy.workspaces.defaultName,
    recoveredName: (count) => fill(copy.workspaces.recoveredName, { count }),
    questions: questionIds.map((id) => ({ id })),
  };
}

/** The list when the page opens; where storage is blocked, the default workspace alone. */
export function readWorkspaces(
  opened: OpenedStorage,
  copy: WorkbenchCopy,
  questionIds: readonly string[],
): WorkspaceList {
  const context = libraryContext(copy, questionIds);
  if (opened.access.kind === 'blocked') {
    return { index: indexWithDefault(entryOf(DEFAULT_WORKSPACE_ID, context.defaultName, null, [])), origin: 'built' };
  }
  return readWorkspaceIndex(opened.access.storage, context);
}

/** The list with a saved workspace's last change and readiness, or null when it could not be written. */
export function recordSave(
  opened: OpenedStorage,
  copy: WorkbenchCopy,
  questionIds: readonly string[],
  id: string,
  workspace: Workspace,
): WorkspaceList | null {
  if (opened.access.kind === 'blocked') return null;
  const recorded = recordSavedWorkspace(opened.access.storage, libraryContext(copy, questionIds), id, workspace);
  return recorded.ok ? { index: recorded.index, origin: 'saved' } : null;
}
