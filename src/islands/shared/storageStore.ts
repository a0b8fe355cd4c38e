/**
 * The browser storage a tool saves to, as an external store for React's useSyncExternalStore:
 * the server render and hydration see `null` (nothing is read before hydration, so the HTML
 * matches), then the client sees the opened storage and its saved slot, and a new snapshot when
 * another tab changes the saved value. One store per localStorage key, opened on first use.
 */
import { openStorage, type StorageAccess } from '../../lib/persistence/browserStorage';
import { openSavedSlot, type SavedSlot } from '../../lib/persistence/savedSlot';

export interface StorageSnapshot {
  access: StorageAccess;
  /** Null where storage is blocked. */
  slot: SavedSlot | null;
  /** Something was saved when the page opened (so it has to be read back before saving). */
  savedAtOpen: boolean;
  /** Another tab changed or deleted the saved value: this tab must not write again. */
  changedElsewhere: boolean;
}

export interface StorageStore {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => StorageSnapshot;
  getServerSnapshot: () => null;
  /** Marks the value as changed elsewhere (a write found it changed before any storage event). */
  markChangedElsewhere: () => void;
}

const stores = new Map<string, StorageStore>();

export function storageStore(key: string): StorageStore {
  const existing = stores.get(key);
  if (existing) return existing;
  let snapshot: StorageSnapshot | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  const open = (): StorageSnapshot => {
    if (!snapshot) {
      const access = openStorage(key);
      const slot = access.kind === 'blocked' ? null : openSavedSlot(access.storage, key);
      snapshot = { access, slot, savedAtOpen: slot?.seen != null, changedElsewhere: false };
    }
    return snapshot;
  };
  const markChangedElsewhere = () => {
    const current = open();
    if (current.changedElsewhere) return;
    snapshot = { ...current, changedElsewhere: true };
    emit();
  };
  const store: StorageStore = {
    getSnapshot: open,
    getServerSnapshot: () => null,
    markChangedElsewhere,
    subscribe(onChange) {
      listeners.add(onChange);
      const stopWatching = open().slot?.watch(markChangedElsewhere);
      return () => {
        listeners.delete(onChange);
        stopWatching?.();
      };
    },
  };
  stores.set(key, store);
  return store;
}
