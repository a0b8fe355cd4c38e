/**
 * What an import of a received workspace would replace in this browser: read only, never changed
 * here, so the person is told exactly what goes before they confirm.
 */
import { STORAGE_KEY as ASSESSMENT_STORAGE_KEY } from '../assessment/storageWrite';
import type { KeyValueStore } from '../persistence/browserStorage';
import { WORKSPACE_STORAGE_KEY, decodeWorkspace } from '../workbench/workspaceFormat';
import { workspaceContents, type WorkspaceContents } from './workspaceHandoff';

export type LocalWorkspace =
  /** Nothing saved under either key. */
  | { kind: 'none' }
  /** A workspace (or, before the workbench was opened, the assessment's answers) with its counts. */
  | { kind: 'saved'; contents: WorkspaceContents }
  /** Saved data that cannot be read: the workbench or the assessment sets it aside first, never an import. */
  | { kind: 'unreadable' };

export function describeLocalWorkspace(storage: Pick<KeyValueStore, 'getItem'>): LocalWorkspace {
  let workspaceText: string | null;
  let answersText: string | null;
  try {
    workspaceText = storage.getItem(WORKSPACE_STORAGE_KEY);
    answersText = storage.getItem(ASSESSMENT_STORAGE_KEY);
  } catch {
    return { kind: 'none' };
  }
  // The workspace wins when both are saved: it is what the workbench shows.
  const text = workspaceText ?? answersText;
  if (text === null) return { kind: 'none' };
  const decoded = decodeWorkspace(text);
  if (!decoded.ok) return { kind: 'unreadable' };
  if (workspaceText !== null && answersText !== null && !decodeWorkspace(answersText).ok) return { kind: 'unreadable' };
  return { kind: 'saved', contents: workspaceContents(decoded.value.value) };
}
