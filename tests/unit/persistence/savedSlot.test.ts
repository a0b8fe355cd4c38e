import { describe, expect, it } from 'vitest';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import { isChangeFromAnotherTab } from '../../../src/lib/persistence/storageEvents';
import { MemoryStorage } from './memoryStorage';

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

  it('refuses every write once a change from another tab was seen', () => {
    const storage = new MemoryStorage();
    const slot = openSavedSlot(storage, KEY);
    expect(slot.write('mine')).toBe('saved');
    slot.markChangedElsewhere();
    expect(slot.write('mine again')).toBe('changed-elsewhere');
    expect(storage.getItem(KEY)).toBe('mine');
  });

  it('starts from the text the page read at load, so a change made before it opened is caught', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'another tab saved this after the page loaded');
    const slot = openSavedSlot(storage, KEY, null);
    expect(slot.write('this tab')).toBe('changed-elsewhere');
    expect(storage.getItem(KEY)).toBe('another tab saved this after the page loaded');
  });
});

describe('storage events from other tabs', () => {
  it('count as a change only for the key, and only when the value differs from what this tab saw', () => {
    expect(isChangeFromAnotherTab({ key: 'another:key', newValue: 'x' }, KEY, null)).toBe(false);
    expect(isChangeFromAnotherTab({ key: KEY, newValue: 'newer' }, KEY, 'older')).toBe(true);
    expect(isChangeFromAnotherTab({ key: KEY, newValue: null }, KEY, 'answers')).toBe(true);
    expect(isChangeFromAnotherTab({ key: KEY, newValue: 'same' }, KEY, 'same')).toBe(false);
  });

  it('count clearing the whole store (key null) as a change', () => {
    expect(isChangeFromAnotherTab({ key: null, newValue: null }, KEY, 'answers')).toBe(true);
  });
});

describe('a saved slot, continued', () => {
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
