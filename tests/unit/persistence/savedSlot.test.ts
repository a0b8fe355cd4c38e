import { describe, expect, it } from 'vitest';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import { MemoryStorage, storageEvent } from './memoryStorage';

const KEY = 'iso42001:tool';

describe('a saved slot shared by two tabs', () => {
  it('writes, and remembers what it wrote', () => {
    const storage = new MemoryStorage();
    const slot = openSavedSlot(storage, KEY);
    expect(slot.write('{"a":1}')).toBe('saved');
    expect(slot.write('{"a":2}')).toBe('saved');
    expect(storage.getItem(KEY)).toBe('{"a":2}');
  });

  it('refuses to overwrite an edit made in another tab since it read the value', () => {
    const storage = new MemoryStorage();
    const first = openSavedSlot(storage, KEY);
    const second = openSavedSlot(storage, KEY);
    expect(first.write('first tab')).toBe('saved');
    expect(second.write('second tab')).toBe('changed-elsewhere');
    expect(storage.getItem(KEY)).toBe('first tab');
    // Once stale, always stale until the page reloads: even a later matching value is not written over.
    expect(second.write('again')).toBe('changed-elsewhere');
    expect(second.changedElsewhere).toBe(true);
  });

  it('does not restore answers that another tab deleted', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'saved answers');
    const deleting = openSavedSlot(storage, KEY);
    const other = openSavedSlot(storage, KEY);
    expect(deleting.remove()).toBe(true);
    expect(other.write('saved answers, edited')).toBe('changed-elsewhere');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('reports a storage event from another tab once, and only for its own key', () => {
    const storage = new MemoryStorage();
    const slot = openSavedSlot(storage, KEY);
    const events = new EventTarget();
    let calls = 0;
    const stop = slot.watch(() => (calls += 1), events);
    storageEvent(events, 'another:key', 'x');
    expect(calls).toBe(0);
    storageEvent(events, KEY, 'newer');
    expect(calls).toBe(1);
    expect(slot.write('mine')).toBe('changed-elsewhere');
    stop();
    storageEvent(events, KEY, 'newest');
    expect(calls).toBe(1);
  });

  it('treats another tab clearing the whole store as a change', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'answers');
    const slot = openSavedSlot(storage, KEY);
    const events = new EventTarget();
    let changed = false;
    slot.watch(() => (changed = true), events);
    storageEvent(events, null, null);
    expect(changed).toBe(true);
  });

  it('keeps the last saved value when the store is full, and says so', () => {
    const storage = new MemoryStorage(200);
    const slot = openSavedSlot(storage, KEY);
    expect(slot.write('small')).toBe('saved');
    expect(slot.write('x'.repeat(300))).toBe('full');
    expect(storage.getItem(KEY)).toBe('small');
    // The failed write changed nothing, so the next write that fits goes through.
    expect(slot.write('small again')).toBe('saved');
  });

  it('writes nothing while held, and resumes when released', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'unreadable');
    const slot = openSavedSlot(storage, KEY);
    slot.hold(true);
    expect(slot.write('blank form')).toBe('held');
    expect(storage.getItem(KEY)).toBe('unreadable');
    slot.hold(false);
    expect(slot.write('answers')).toBe('saved');
  });

  it('removes set-aside copies with the value only when asked', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'answers');
    storage.setItem(`${KEY}:invalid:2026-11-30T10:00:00.000Z`, 'broken');
    const slot = openSavedSlot(storage, KEY);
    slot.remove([`${KEY}:invalid:2026-11-30T10:00:00.000Z`]);
    expect(storage.length).toBe(0);
    expect(slot.seen).toBeNull();
    expect(slot.write('fresh start')).toBe('saved');
  });
});
