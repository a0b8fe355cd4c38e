/**
 * What a tool knows of its saved value from page load, with as little code as possible (the page
 * has a JavaScript budget): the text saved when the page hydrated, and whether another tab has
 * changed it since. It is an external store for React's useSyncExternalStore, so the server render
 * and hydration see `null` (nothing is read before hydration, so the HTML matches). The rest of
 * persistence (probe, slot, writes) loads on demand through `open`.
 */
import { isChangeFromAnotherTab } from '../../lib/persistence/storageEvents';
import { loadOrReport } from './loadFailure';
import type { OpenedStorage } from './storageRuntime';

export interface StorageSnapshot {
  /** Reading storage threw (privacy settings block it): nothing can be saved. */
  blocked: boolean;
  /** Something was saved when the page opened (so it has to be read back before saving). */
  savedAtOpen: boolean;
  /** Another tab changed or deleted the saved value: this tab must not write again. */
  changedElsewhere: boolean;
}

export interface StorageStore {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => StorageSnapshot;
  getServerSnapshot: () => null;
  /** Loads the persistence code and opens the saved slot (once). */
  open: () => Promise<OpenedStorage>;
  /** The text this tab last read or wrote (null: nothing saved). */
  seen: () => string | null;
  markChangedElsewhere: () => void;
}

const stores = new Map<string, StorageStore>();

export function storageStore(key: string): StorageStore {
  const existing = stores.get(key);
  if (existing) return existing;
  let snapshot: StorageSnapshot | null = null;
  let seenAtLoad: string | null = null;
  let opened: OpenedStorage | null = null;
  let opening: Promise<OpenedStorage> | null = null;
  const listeners = new Set<() => void>();

  const getSnapshot = (): StorageSnapshot => {
    if (!snapshot) {
      let blocked = false;
      try {
        seenAtLoad = window.localStorage.getItem(key);
      } catch {
        blocked = true;
      }
      snapshot = { blocked, savedAtOpen: seenAtLoad !== null, changedElsewhere: false };
    }
    return snapshot;
  };
  const seen = () => (opened?.slot ? opened.slot.seen : (getSnapshot(), seenAtLoad));
  const markChangedElsewhere = () => {
    opened?.slot?.markChangedElsewhere();
    if (getSnapshot().changedElsewhere) return;
    snapshot = { ...getSnapshot(), changedElsewhere: true };
    listeners.forEach((listener) => listener());
  };
  const onStorage = (event: StorageEvent) => {
    if (isChangeFromAnotherTab(event, key, seen())) markChangedElsewhere();
  };

  const store: StorageStore = {
    getSnapshot,
    getServerSnapshot: () => null,
    seen,
    markChangedElsewhere,
    open: () =>
      (opening ??= loadOrReport(() => import('./storageRuntime')).then((runtime) => {
        getSnapshot();
        opened = runtime.openWithBaseline(key, seenAtLoad);
        if (snapshot?.changedElsewhere) opened.slot?.markChangedElsewhere();
        return opened;
      })),
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
  stores.set(key, store);
  return store;
}

/**
 * Drops the store of `key`, so the next storageStore(key) reads it afresh: a tool that leaves one
 * saved value for another (the workbench's workspaces) starts clean when it comes back to it.
 */
export const forgetStorageStore = (key: string) => stores.delete(key);
