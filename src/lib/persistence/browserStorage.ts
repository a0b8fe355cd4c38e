/**
 * Access to the browser's localStorage, told apart by what a tool can still do: read and write,
 * read only (the store is full: saved data is there and must be shown, not lost), or nothing
 * (privacy settings block storage). Loaded with every tool page, so it stays small. Call from
 * effects and event handlers only: reading storage during render breaks hydration.
 */

/** The part of Storage the tools use, so tests can pass a plain object. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type StorageAccess =
  { kind: 'available'; storage: KeyValueStore } | { kind: 'full'; storage: KeyValueStore } | { kind: 'blocked' };

/** True for the error a browser throws when a write does not fit (names differ between engines). */
export function isQuotaExceeded(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Probes localStorage with a tiny write under `${key}:probe`, removed at once. */
export function openStorage(key: string, getStorage: () => KeyValueStore = () => window.localStorage): StorageAccess {
  let storage: KeyValueStore;
  try {
    storage = getStorage();
    storage.getItem(key);
  } catch {
    return { kind: 'blocked' };
  }
  try {
    storage.setItem(`${key}:probe`, '1');
    storage.removeItem(`${key}:probe`);
    return { kind: 'available', storage };
  } catch (error) {
    return isQuotaExceeded(error) ? { kind: 'full', storage } : { kind: 'blocked' };
  }
}

/** The storage keys of copies set aside as unreadable for `key` (see setAside.ts), oldest first. */
export function setAsideKeys(storage: KeyValueStore, key: string): string[] {
  const prefix = `${key}:invalid`;
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const name = storage.key(index);
    if (name !== null && (name === prefix || name.startsWith(`${prefix}:`))) keys.push(name);
  }
  return keys.sort();
}
