import { useSyncExternalStore } from 'react';
import type { WriteOutcome } from '../../lib/persistence/savedSlot';
import type { OpenedStorage } from './storageRuntime';
import { storageStore, type StorageSnapshot, type StorageStore } from './storageStore';

export interface SavedSlotState extends Pick<StorageStore, 'open' | 'seen'> {
  /** Null until the page has hydrated. */
  storage: StorageSnapshot | null;
  /** Writes through the slot (loading it on first use); 'off' where storage is blocked. */
  write: (text: string) => Promise<WriteOutcome | 'off'>;
  /** Writes, and calls `onFull` when the store had no room (what was saved before is kept). */
  save: (text: string, onFull: () => void) => void;
  /** Runs `action` with a tool's on-demand module and the opened storage; load failures are reported by loadOrReport. */
  withOpened: <M>(load: () => Promise<M>, action: (module: M, opened: OpenedStorage) => void) => () => Promise<void>;
}

/** A tool's saved value under `key`, shared by every component of the page that asks for it. */
export function useSavedSlot(key: string): SavedSlotState {
  const store = storageStore(key);
  const storage = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const write = async (text: string) => {
    const { slot } = await store.open();
    if (!slot) return 'off' as const;
    const outcome = slot.write(text);
    if (outcome === 'changed-elsewhere') store.markChangedElsewhere();
    return outcome;
  };
  const save = (text: string, onFull: () => void) => {
    write(text).then(
      (outcome) => {
        if (outcome === 'full') onFull();
      },
      () => undefined,
    );
  };
  const withOpened =
    <M>(load: () => Promise<M>, action: (module: M, opened: OpenedStorage) => void) =>
    () =>
      Promise.all([load(), store.open()]).then(
        ([module, opened]) => action(module, opened),
        () => undefined,
      );
  return { storage, write, save, withOpened, open: store.open, seen: store.seen };
}
