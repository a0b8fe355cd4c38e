/**
 * The part of persistence a tool loads on demand: when something saved must be read back, or when
 * the visitor starts on the tool and a change may need saving. It probes storage (available, full,
 * blocked) and opens the saved slot from the text the page read when it loaded.
 */
import { openStorage, type StorageAccess } from '../../lib/persistence/browserStorage';
import { openSavedSlot, type SavedSlot } from '../../lib/persistence/savedSlot';

export interface OpenedStorage {
  access: StorageAccess;
  /** Null where storage is blocked. */
  slot: SavedSlot | null;
}

export function openWithBaseline(key: string, seenAtLoad: string | null): OpenedStorage {
  const access = openStorage(key);
  return { access, slot: access.kind === 'blocked' ? null : openSavedSlot(access.storage, key, seenAtLoad) };
}
