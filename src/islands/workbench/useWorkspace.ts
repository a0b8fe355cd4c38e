/**
 * The workbench's saved workspace (`iso42001:workspace`), kept as the other tools keep theirs: read
 * back after hydration (never during render), every change saved through the shared slot (never over
 * another tab's save), a full store or unreadable data reported with restoreSlot's notices. The
 * workspace code loads on demand.
 */
import { useEffect, useState } from 'react';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { loadOrReport } from '../shared/loadFailure';
import type { OpenedStorage } from '../shared/storageRuntime';
import { useSavedSlot } from '../shared/useSavedSlot';
import type { WorkbenchCopy } from './copy';
import type { WorkbenchNotice } from './onDemand';

/** Matches WORKSPACE_STORAGE_KEY of src/lib/workbench/workspaceFormat.ts (kept here so zod loads on demand). */
export const WORKSPACE_KEY = 'iso42001:workspace';

type OnDemand = typeof import('./onDemand');
export const loadOnDemand = () => loadOrReport(() => import('./onDemand'));

export function useWorkspace(copy: WorkbenchCopy, contentVersion: string) {
  const { storage, save, withOpened, open } = useSavedSlot(WORKSPACE_KEY);
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [held, setHeld] = useState(false);
  const [notice, setNotice] = useState<WorkbenchNotice | null>(null);
  const hydrated = storage !== null;

  useEffect(() => {
    if (!storage) return;
    Promise.all([loadOnDemand(), open()]).then(
      ([module, opened]) => {
        const restored = module.withCheckOutcomes(opened, module.restore(opened, copy, contentVersion), copy);
        setWorkspace(restored.workspace);
        setHeld(restored.hold);
        setNotice(restored.notice ?? null);
        // The check's outcomes changed the inventory (checkOutcomes.ts): keep them.
        if (restored.merged) {
          save(module.serializeWorkspace(restored.workspace), () =>
            setNotice({ tone: 'warning', text: copy.savingFailedFull, actions: ['dismiss'] }),
          );
        }
      },
      // Reported by the load-failure notice; nothing saved was touched.
      () => undefined,
    );
    // Once, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  const readOnly = held || storage?.changedElsewhere === true;

  /** Shows and saves the visitor's change. */
  const update = (next: Workspace) => {
    if (readOnly) return;
    setWorkspace(next);
    loadOnDemand().then(
      (module) =>
        save(module.serializeWorkspace(next), () =>
          setNotice({ tone: 'warning', text: copy.savingFailedFull, actions: ['dismiss'] }),
        ),
      // Reported by the load-failure notice; what was saved before is untouched.
      () => undefined,
    );
  };

  const withStorage = (action: (module: OnDemand, opened: OpenedStorage) => void) => withOpened(loadOnDemand, action);

  return {
    ready: workspace !== null,
    workspace,
    update,
    notice,
    setNotice,
    changedElsewhere: storage?.changedElsewhere === true,
    /** Nothing may change: another tab saved, the store is full, or unreadable data waits for a choice. */
    readOnly,
    open,
    downloadUnreadable: withStorage((module, opened) => module.downloadUnreadable(opened, 'workspace', held)),
    deleteUnreadable: withStorage((module, opened) => {
      module.deleteUnreadableInPlace(opened);
      setHeld(false);
      setNotice(null);
    }),
  };
}

export type SavedWorkspace = ReturnType<typeof useWorkspace>;
