import { useSyncExternalStore } from 'react';
import type { WriteOutcome } from '../../lib/persistence/savedSlot';
import { storageStore, type StorageSnapshot, type StorageStore } from './storageStore';

export interface SavedSlotState extends Pick<StorageStore, 'open' | 'seen'> {
  /** Null until the page has hydrated. */
  storage: StorageSnapshot | null;
  /** Writes through the slot (loading it on first use); 'off' where storage is blocked. */
  write: (text: string) => Promise<WriteOutcome | 'off'>;
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
  return { storage, write, open: store.open, seen: store.seen };
}
