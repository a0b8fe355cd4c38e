import { useCallback, useSyncExternalStore } from 'react';
import type { WriteOutcome } from '../../lib/persistence/savedSlot';
import { storageStore, type StorageSnapshot } from './storageStore';

export interface SavedSlotState {
  /** Null until the page has hydrated; then what storage allows and the saved slot. */
  storage: StorageSnapshot | null;
  /** Writes through the slot ('off' where storage is blocked or not open yet). */
  write: (text: string) => WriteOutcome | 'off';
}

/** A tool's saved slot under `key`, shared by every component of the page that asks for it. */
export function useSavedSlot(key: string): SavedSlotState {
  const store = storageStore(key);
  const storage = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const write = useCallback(
    (text: string) => {
      const slot = storage?.slot;
      if (!slot) return 'off' as const;
      const outcome = slot.write(text);
      if (outcome === 'changed-elsewhere') store.markChangedElsewhere();
      return outcome;
    },
    [storage, store],
  );
  return { storage, write };
}
