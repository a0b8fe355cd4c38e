import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../../src/lib/estimator/inputs';
import {
  INVALID_STORAGE_KEY,
  browserStorage,
  STORAGE_KEY,
  clearSavedInputs,
  loadSavedInputs,
  saveInputs,
  type KeyValueStorage,
} from '../../../src/lib/estimator/storage';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  const storage: KeyValueStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data };
};

describe('saved inputs', () => {
  it('round-trip under one versioned key', () => {
    const { storage, data } = memory();
    const inputs = { ...defaultInputs(), aiSystemCount: 12, certifications: ['iso9001' as const] };
    expect(saveInputs(storage, inputs, new Date('2026-11-28T10:00:00Z'))).toBe(true);
    expect(JSON.parse(data.get(STORAGE_KEY)!)).toEqual({ version: 1, savedAt: '2026-11-28T10:00:00.000Z', inputs });
    expect(loadSavedInputs(storage, 200)).toEqual({ kind: 'restored', inputs, savedAt: '2026-11-28T10:00:00.000Z' });
  });

  it('report nothing saved', () => {
    expect(loadSavedInputs(memory().storage, 200)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON of the wrong shape', '[1,2]'],
    ['a future version', JSON.stringify({ version: 2, savedAt: 'x', inputs: defaultInputs() })],
    ['a version with no migration', JSON.stringify({ version: 0, savedAt: 'x', inputs: defaultInputs() })],
    ['invalid inputs', JSON.stringify({ version: 1, savedAt: 'x', inputs: { ...defaultInputs(), role: 'boss' } })],
    ['no savedAt', JSON.stringify({ version: 1, inputs: defaultInputs() })],
  ])('set aside %s under the invalid key', (_, raw) => {
    const { storage, data } = memory({ [STORAGE_KEY]: raw });
    expect(loadSavedInputs(storage, 200)).toEqual({ kind: 'invalid' });
    expect(data.get(INVALID_STORAGE_KEY)).toBe(raw);
    expect(data.has(STORAGE_KEY)).toBe(false);
  });

  it('refuse a count above the current maximum', () => {
    const { storage } = memory({
      [STORAGE_KEY]: JSON.stringify({ version: 1, savedAt: 'x', inputs: { ...defaultInputs(), aiSystemCount: 150 } }),
    });
    expect(loadSavedInputs(storage, 100).kind).toBe('invalid');
  });

  it('survive a storage that throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadSavedInputs(broken, 200)).toEqual({ kind: 'empty' });
    expect(saveInputs(broken, defaultInputs())).toBe(false);
    expect(() => clearSavedInputs(broken)).not.toThrow();
  });

  it('start fresh removes the saved inputs and keeps a set-aside copy', () => {
    const { storage, data } = memory({ [STORAGE_KEY]: '{}', [INVALID_STORAGE_KEY]: 'old' });
    clearSavedInputs(storage);
    expect(data.has(STORAGE_KEY)).toBe(false);
    expect(data.get(INVALID_STORAGE_KEY)).toBe('old');
  });

  it('fall back to a storage that keeps nothing where localStorage is missing or blocked', () => {
    const storage = browserStorage();
    storage.setItem(STORAGE_KEY, 'x');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
});
