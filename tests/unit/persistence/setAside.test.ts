import { describe, expect, it } from 'vitest';
import { openStorage } from '../../../src/lib/persistence/browserStorage';
import { loadSaved } from '../../../src/lib/persistence/loadSaved';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import { SET_ASIDE_LIMIT, listSetAside, setAsideUnreadable } from '../../../src/lib/persistence/setAside';
import type { VersionedFormat } from '../../../src/lib/persistence/versions';
import { MemoryStorage, blockedStorage } from './memoryStorage';

const KEY = 'iso42001:tool';
const format: VersionedFormat<{ n: number }> = {
  currentVersion: 1,
  migrations: {},
  check: (value) =>
    typeof value.n === 'number' ? { ok: true, value: { n: value.n } } : { ok: false, reason: 'n is missing' },
};
const at = (iso: string) => new Date(iso);

describe('setting unreadable data aside', () => {
  it('keeps each unreadable value under its own dated key, and says how many are kept', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'first broken');
    expect(setAsideUnreadable(storage, KEY, 'first broken', at('2026-11-01T09:00:00Z'))).toEqual({
      kept: true,
      count: 1,
    });
    storage.setItem(KEY, 'second broken');
    expect(setAsideUnreadable(storage, KEY, 'second broken', at('2026-11-02T09:00:00Z'))).toEqual({
      kept: true,
      count: 2,
    });
    expect(storage.getItem(KEY)).toBeNull();
    expect(listSetAside(storage, KEY).map((copy) => [copy.setAsideAt, copy.raw])).toEqual([
      ['2026-11-01T09:00:00.000Z', 'first broken'],
      ['2026-11-02T09:00:00.000Z', 'second broken'],
    ]);
  });

  it('lists the single undated copy that earlier versions kept', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${KEY}:invalid`, 'old copy');
    expect(listSetAside(storage, KEY)).toEqual([{ storageKey: `${KEY}:invalid`, setAsideAt: '', raw: 'old copy' }]);
  });

  it('leaves the original in place when the store has no room for the copy', () => {
    const storage = new MemoryStorage(1000);
    const raw = 'x'.repeat(400);
    storage.setItem(KEY, raw);
    storage.fill(100);
    expect(setAsideUnreadable(storage, KEY, raw)).toMatchObject({ kept: false, why: 'full' });
    expect(storage.getItem(KEY)).toBe(raw);
  });

  it('leaves the original in place when a value over half the quota cannot be copied', () => {
    const storage = new MemoryStorage(1000);
    const raw = 'y'.repeat(600);
    storage.setItem(KEY, raw);
    expect(setAsideUnreadable(storage, KEY, raw)).toMatchObject({ kept: false, why: 'full' });
    expect(storage.getItem(KEY)).toBe(raw);
  });

  it('stops at the limit instead of dropping the oldest copy', () => {
    const storage = new MemoryStorage();
    for (let day = 1; day <= SET_ASIDE_LIMIT; day += 1) {
      expect(setAsideUnreadable(storage, KEY, `broken ${day}`, at(`2026-11-0${day}T00:00:00Z`)).kept).toBe(true);
    }
    storage.setItem(KEY, 'one more');
    expect(setAsideUnreadable(storage, KEY, 'one more')).toEqual({ kept: false, why: 'limit', count: SET_ASIDE_LIMIT });
    expect(storage.getItem(KEY)).toBe('one more');
    expect(listSetAside(storage, KEY)[0]!.raw).toBe('broken 1');
  });

  it('does not overwrite a copy made in the same millisecond', () => {
    const storage = new MemoryStorage();
    const now = at('2026-11-01T09:00:00Z');
    setAsideUnreadable(storage, KEY, 'tab one', now);
    setAsideUnreadable(storage, KEY, 'tab two', now);
    expect(
      listSetAside(storage, KEY)
        .map((copy) => copy.raw)
        .sort(),
    ).toEqual(['tab one', 'tab two']);
  });
});

describe('loading a saved value', () => {
  it('loads a valid value and leaves the slot writable', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ version: 1, n: 3 }));
    const slot = openSavedSlot(storage, KEY);
    expect(loadSaved(storage, slot, format)).toEqual({ kind: 'loaded', value: { n: 3 }, migratedFrom: null });
    expect(slot.write(JSON.stringify({ version: 1, n: 4 }))).toBe('saved');
  });

  it('sets an unreadable value aside and lets the fresh start be saved', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{"version":1}');
    const slot = openSavedSlot(storage, KEY);
    const outcome = loadSaved(storage, slot, format);
    expect(outcome).toMatchObject({ kind: 'unreadable', reason: 'n is missing', setAside: { kept: true, count: 1 } });
    expect(slot.write('fresh')).toBe('saved');
    expect(listSetAside(storage, KEY)[0]!.raw).toBe('{"version":1}');
  });

  it('holds the slot when the unreadable value could not be copied, so a blank form never replaces it', () => {
    const storage = new MemoryStorage(100);
    storage.setItem(KEY, 'not json at all, and long enough to need room');
    const slot = openSavedSlot(storage, KEY);
    expect(loadSaved(storage, slot, format)).toMatchObject({
      kind: 'unreadable',
      setAside: { kept: false, why: 'full' },
    });
    expect(slot.write('{}')).toBe('held');
    expect(storage.getItem(KEY)).toBe('not json at all, and long enough to need room');
  });
});

describe('opening storage', () => {
  it('tells a full store (readable) from a blocked one', () => {
    const full = new MemoryStorage(50);
    full.setItem(KEY, 'x'.repeat(50 - KEY.length));
    expect(openStorage(KEY, () => full).kind).toBe('full');
    expect(openStorage(KEY, () => blockedStorage()).kind).toBe('blocked');
    expect(openStorage(KEY, () => new MemoryStorage()).kind).toBe('available');
    expect(
      openStorage(KEY, () => {
        throw new Error('no localStorage');
      }).kind,
    ).toBe('blocked');
  });

  it('leaves no probe behind', () => {
    const storage = new MemoryStorage();
    openStorage(KEY, () => storage);
    expect(storage.length).toBe(0);
  });
});
