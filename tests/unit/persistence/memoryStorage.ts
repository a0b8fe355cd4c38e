/**
 * A localStorage stand-in with a quota, counted as browsers do (characters of keys and values):
 * a write that does not fit throws a DOMException named QuotaExceededError and changes nothing.
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(public quota = Number.POSITIVE_INFINITY) {}

  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const others = [...this.items].reduce(
      (sum, [name, text]) => sum + (name === key ? 0 : name.length + text.length),
      0,
    );
    if (others + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  /** Space left before the quota. */
  free() {
    return this.quota - [...this.items].reduce((sum, [name, text]) => sum + name.length + text.length, 0);
  }
  /** Fills the store until fewer than `leave` characters fit. */
  fill(leave = 0) {
    this.items.set('other-site-data', 'x'.repeat(Math.max(0, this.free() - 'other-site-data'.length - leave)));
  }
}

/** A storage whose every access throws, as with cookies/site data blocked. */
export const blockedStorage = (): Storage => {
  const deny = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  return { length: 0, key: deny, getItem: deny, setItem: deny, removeItem: deny, clear: deny };
};

/** Delivers a storage event, as the browser does in every other tab after a write. */
export function storageEvent(target: EventTarget, key: string | null, newValue: string | null): void {
  const event = new Event('storage') as Event & { key: string | null; newValue: string | null };
  Object.assign(event, { key, newValue });
  target.dispatchEvent(event);
}
