/** Downloading saved data that a tool could not read, so nothing is ever lost to a broken value. */
import { datedFileName, downloadText } from '../../lib/persistence/files';
import { listSetAside } from '../../lib/persistence/setAside';
import type { StorageSnapshot } from './storageStore';

/**
 * Offers the unreadable data of `storage` as a file: the value left in place when it could not be
 * copied aside (`heldInPlace`), else the newest copy set aside. Part of each tool's on-demand code.
 */
export function downloadUnreadable(storage: StorageSnapshot, label: string, heldInPlace: boolean): void {
  const { access, slot } = storage;
  if (access.kind === 'blocked' || !slot) return;
  const raw = heldInPlace ? slot.seen : listSetAside(access.storage, slot.key).at(-1)?.raw;
  if (raw) downloadText(datedFileName(`${label}-unreadable`, 'txt'), raw);
}
