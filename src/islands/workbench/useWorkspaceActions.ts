/**
 * What the workspace manager does: each action reads the list again, writes it (and the workspace's
 * own key when one is made, copied or deleted) through workspaceLibrary.ts, shows the new list, and
 * opens another workspace when it must. Part of the manager, which loads on demand.
 */
import { useEffect, useState } from 'react';
import type { KeyValueStore } from '../../lib/persistence/browserStorage';
import { checkWorkspaceName, findEntry } from '../../lib/workbench/workspaceIndex';
import {
  MAX_WORKSPACES,
  MAX_WORKSPACE_NAME_LENGTH,
  WORKSPACE_INDEX_KEY,
  type WorkspaceEntry,
} from '../../lib/workbench/workspaceIndexSchema';
import {
  createWorkspace,
  deleteStoredWorkspace,
  duplicateWorkspace,
  renameStoredWorkspace,
  selectStoredWorkspace,
  type LibraryContext,
  type LibraryOutcome,
  type LibraryProblem,
} from '../../lib/workbench/workspaceLibrary';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { SavedWorkspace } from './useWorkspace';
import { currentOf, libraryContext, readWorkspaces } from './workspacesOnDemand';

interface Options {
  saved: SavedWorkspace;
  contentVersion: string;
  questionIds: readonly string[];
  copy: WorkbenchCopy;
  /** Says what happened (the manager announces it and moves focus to its heading). */
  announce: (text: string) => void;
}

type Outcome = LibraryOutcome & { id?: string };
type Done = Extract<LibraryOutcome, { ok: true }> & { id?: string };

export function useWorkspaceActions({ saved, contentVersion, questionIds, copy: all, announce }: Options) {
  const copy = all.workspaces;
  const [blocked, setBlocked] = useState(false);
  const list = saved.workspaces;
  const context = (): LibraryContext => libraryContext(all, questionIds);

  const problemText = (problem: LibraryProblem) =>
    fill(copy.problems[problem], { max: problem === 'too-many' ? MAX_WORKSPACES : MAX_WORKSPACE_NAME_LENGTH });

  const withStorage = (action: (storage: KeyValueStore | null) => void) =>
    void saved.open().then(
      (opened) => action(opened.access.kind === 'blocked' ? null : opened.access.storage),
      // Reported by the load-failure notice.
      () => undefined,
    );

  useEffect(() => {
    withStorage((storage) => setBlocked(storage === null));
    // Another tab made, renamed or deleted a workspace, or saved one: show the list as it is now.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== WORKSPACE_INDEX_KEY && event.key !== null) return;
      void saved.open().then((opened) => saved.setWorkspaces(readWorkspaces(opened, all, questionIds)));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
    // Once, when the manager opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Runs a change of the list; `done` follows when it was written. */
  const run = (change: (storage: KeyValueStore, context: LibraryContext) => Outcome, done: (outcome: Done) => void) =>
    withStorage((storage) => {
      if (!storage) return announce(copy.blocked);
      const outcome = change(storage, context());
      if (!outcome.ok) return announce(problemText(outcome.problem));
      saved.setWorkspaces({ index: outcome.index, origin: 'saved' });
      done(outcome);
    });

  /** The error for the name field, or null when the name can be used (the change then runs). */
  const checkName = (name: string, renamedId?: string): string | null => {
    if (!list) return copy.problems['list-unreadable'];
    const checked = checkWorkspaceName(list.index, name, renamedId);
    if (!checked.ok) return problemText(checked.problem);
    if (renamedId === undefined && list.index.workspaces.length >= MAX_WORKSPACES) return problemText('too-many');
    return null;
  };

  const create = (name: string) => {
    const problem = checkName(name);
    if (problem) return problem;
    run(
      (storage, context) => createWorkspace(storage, context, name, contentVersion),
      (outcome) => {
        const entry = findEntry(outcome.index, outcome.id ?? '');
        saved.switchWorkspace(currentOf(outcome.id ?? ''));
        announce(fill(copy.created, { name: entry?.name ?? name }));
      },
    );
    return null;
  };

  const rename = (entry: WorkspaceEntry, name: string, done: () => void) => {
    const problem = checkName(name, entry.id);
    if (problem) return problem;
    run(
      (storage, context) => renameStoredWorkspace(storage, context, entry.id, name),
      (outcome) => {
        done();
        announce(fill(copy.renamed, { name: findEntry(outcome.index, entry.id)?.name ?? name }));
      },
    );
    return null;
  };

  const duplicate = (entry: WorkspaceEntry) => {
    // The open workspace as shown, unless another tab saved it since: then its saved text is newer.
    const open = entry.id === saved.current && !saved.changedElsewhere ? saved.workspace : null;
    run(
      (storage, context) =>
        duplicateWorkspace(storage, context, entry.id, open, fill(copy.copyName, { name: entry.name })),
      (outcome) =>
        announce(fill(copy.duplicated, { name: entry.name, copy: findEntry(outcome.index, outcome.id ?? '')?.name })),
    );
  };

  const open = (entry: WorkspaceEntry) =>
    withStorage((storage) => {
      const outcome = storage ? selectStoredWorkspace(storage, context(), entry.id) : null;
      if (outcome?.ok) saved.setWorkspaces({ index: outcome.index, origin: 'saved' });
      saved.switchWorkspace(currentOf(entry.id));
      const notKept =
        outcome && !outcome.ok ? fill(copy.selectionNotKept, { problem: problemText(outcome.problem) }) : '';
      announce(fill(copy.opened, { name: entry.name }) + notKept);
    });

  const remove = (entry: WorkspaceEntry, done: () => void) =>
    run(
      (storage, context) => deleteStoredWorkspace(storage, context, entry.id),
      (outcome) => {
        done();
        if (entry.id === saved.current) saved.switchWorkspace(currentOf(outcome.index.selectedId));
        announce(fill(copy.deleted, { name: entry.name }));
      },
    );

  return { blocked, create, rename, duplicate, open, remove };
}
