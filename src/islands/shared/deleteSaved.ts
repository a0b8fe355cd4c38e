/**
 * What "Delete all" removes, for every tool: the saved value and every unreadable copy set aside
 * under its key. Part of each tool's on-demand code; the words stay with each tool.
 */
import { setAsideKeys } from '../../lib/persistence/browserStorage';
import type { OpenedStorage } from './storageRuntime';

/** Whether a value is saved, and how many unreadable copies are kept aside. */
export function savedAndSetAside(storage: OpenedStorage): { saved: boolean; setAside: number } {
  const { access, slot } = storage;
  if (access.kind === 'blocked' || !slot) return { saved: false, setAside: 0 };
  return { saved: slot.seen != null, setAside: setAsideKeys(access.storage, slot.key).length };
}

/** Removes the saved value and every copy set aside, and lets saving start again. */
export function deleteSavedAndSetAside(storage: OpenedStorage): void {
  if (storage.access.kind === 'blocked' || !storage.slot) return;
  storage.slot.remove(setAsideKeys(storage.access.storage, storage.slot.key));
  storage.slot.hold(false);
}
