/**
 * The workbench's saved workspace, kept as the other tools keep theirs: read back after hydration
 * (never during render), every change saved through the shared slot (never over another tab's save),
 * a full store or unreadable data reported with restoreSlot's notices. A browser keeps several
 * workspaces (issue 15): the list is read first, then the workspace it names opens under its own
 * key, so the protection against other tabs holds per workspace. The workspace code loads on demand.
 */
import { useEffect, useState } from 'react';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { loadOrReport } from '../shared/loadFailure';
import type { OpenedStorage } from '../shared/storageRuntime';
import { forgetStorageStore } from '../shared/storageStore';
import { useSavedSlot } from '../shared/useSavedSlot';
import type { WorkbenchCopy } from './copy';
import type { CurrentWorkspace, WorkbenchNotice, WorkspaceList } from './onDemand';

/** Matches WORKSPACE_STORAGE_KEY of src/lib/workbench/workspaceFormat.ts (kept here so zod loads on demand). */
export const WORKSPACE_KEY = 'iso42001:workspace';

type OnDemand = typeof import('./onDemand');
export const loadOnDemand = () => loadOrReport(() => import('./onDemand'));

export function useWorkspace(copy: WorkbenchCopy, contentVersion: string, questionIds: readonly string[]) {
  /** Null until the list was read: the default workspace's key stands in until then. */
  const [current, setCurrent] = useState<CurrentWorkspace | null>(null);
  const key = current?.key ?? WORKSPACE_KEY;
  const { storage, write, withOpened, open } = useSavedSlot(key);
  const [workspaces, setWorkspaces] = useState<WorkspaceList | null>(null);
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [held, setHeld] = useState(false);
  const [notice, setNotice] = useState<WorkbenchNotice | null>(null);
  const hydrated = storage !== null;

  /** Shows `next` (once read): what this tab knew of the one it leaves is dropped. */
  const switchWorkspace = (next: CurrentWorkspace) => {
    if (next.key !== key) forgetStorageStore(key);
    setWorkspace(null);
    setHeld(false);
    setNotice(null);
    setCurrent(next);
  };

  useEffect(() => {
    if (!storage) return;
    let live = true;
    Promise.all([loadOnDemand(), open()]).then(
      ([module, opened]) => {
        if (!live) return;
        if (!current) {
          const list = module.readWorkspaces(opened, copy, questionIds);
          setWorkspaces(list);
          switchWorkspace(module.currentOf(list.index.selectedId));
          return;
        }
        const restored = module.restoreWithCheck(opened, copy, contentVersion, current.id);
        setWorkspace(restored.workspace);
        setHeld(restored.hold);
        setNotice(restored.notice ?? null);
        // The check's outcomes changed the inventory (checkOutcomes.ts): keep them.
        if (restored.merged) void persist(module, opened, current.id, restored.workspace);
      },
      // Reported by the load-failure notice; nothing saved was touched.
      () => undefined,
    );
    return () => {
      live = false;
    };
    // After hydration, then each time another workspace is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, current]);

  const readOnly = held || storage?.changedElsewhere === true;

  /** Saves the workspace, then the list's line for it. */
  async function persist(module: OnDemand, opened: OpenedStorage, id: string, next: Workspace) {
    const outcome = await write(module.serializeWorkspace(next));
    if (outcome === 'full') setNotice({ tone: 'warning', text: copy.savingFailedFull, actions: ['dismiss'] });
    const list = outcome === 'saved' && module.recordSave(opened, copy, questionIds, id, next);
    if (list) setWorkspaces(list);
  }

  /** Shows and saves the visitor's change, then the list's line for this workspace. */
  const update = (next: Workspace) => {
    if (readOnly || !current) return;
    setWorkspace(next);
    Promise.all([loadOnDemand(), open()]).then(
      ([module, opened]) => persist(module, opened, current.id, next),
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
    /** The workspace shown (null until the list was read), the list, and moving between them. */
    current: current?.id ?? null,
    workspaces,
    setWorkspaces,
    switchWorkspace,
  };
}

export type SavedWorkspace = ReturnType<typeof useWorkspace>;
