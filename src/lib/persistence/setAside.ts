/**
 * Saved data that cannot be read is never deleted silently: it is copied aside under a dated key
 * (`<key>:invalid:<ISO time>`) so the visitor can download it, and only then removed from its
 * place. Each copy is kept, up to SET_ASIDE_LIMIT; when the copy cannot be made (store full, limit
 * reached), the original stays where it is and the tool must not write over it.
 * Versions before 2026-12 kept one copy under `<key>:invalid`; it is listed like the others.
 */
import { isQuotaExceeded, setAsideKeys, type KeyValueStore } from './browserStorage';

/** Most unreadable copies kept per tool; more would fill the visitor's store with broken data. */
export const SET_ASIDE_LIMIT = 5;

export interface SetAsideCopy {
  storageKey: string;
  /** When it was set aside (ISO time), or '' for the undated copy of older versions. */
  setAsideAt: string;
  raw: string;
}

export type SetAsideOutcome =
  { kept: true; count: number } | { kept: false; why: 'limit' | 'full' | 'blocked'; count: number };

export function listSetAside(storage: KeyValueStore, key: string): SetAsideCopy[] {
  return setAsideKeys(storage, key).flatMap((storageKey) => {
    const raw = storage.getItem(storageKey);
    const setAsideAt = storageKey.slice(`${key}:invalid:`.length);
    return raw === null ? [] : [{ storageKey, setAsideAt, raw }];
  });
}

/** Copies `raw` aside and removes it from `key`; when the copy fails, nothing is removed. */
export function setAsideUnreadable(
  storage: KeyValueStore,
  key: string,
  raw: string,
  now = new Date(),
): SetAsideOutcome {
  const count = setAsideKeys(storage, key).length;
  if (count >= SET_ASIDE_LIMIT) return { kept: false, why: 'limit', count };
  let storageKey = `${key}:invalid:${now.toISOString()}`;
  // Two copies in the same millisecond (two tabs) must not overwrite each other.
  for (let suffix = 1; storage.getItem(storageKey) !== null; suffix += 1) {
    storageKey = `${key}:invalid:${now.toISOString()}-${suffix}`;
  }
  try {
    storage.setItem(storageKey, raw);
  } catch (error) {
    return { kept: false, why: isQuotaExceeded(error) ? 'full' : 'blocked', count };
  }
  if (storage.getItem(storageKey) !== raw) return { kept: false, why: 'blocked', count };
  storage.removeItem(key);
  return { kept: true, count: count + 1 };
}
