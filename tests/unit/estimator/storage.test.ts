import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../../src/lib/estimator/inputs';
import {
  STORAGE_KEY,
  decodeSavedEstimate,
  estimatorFormat,
  serializeEstimate,
} from '../../../src/lib/estimator/storage';
import { loadSaved } from '../../../src/lib/persistence/loadSaved';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import { listSetAside } from '../../../src/lib/persistence/setAside';
import { MemoryStorage } from '../persistence/memoryStorage';

const storageWith = (raw: string) => {
  const storage = new MemoryStorage();
  storage.setItem(STORAGE_KEY, raw);
  return storage;
};
const load = (storage: MemoryStorage, max = 200) =>
  loadSaved(storage, openSavedSlot(storage, STORAGE_KEY), estimatorFormat(max));

describe('saved inputs', () => {
  it('round-trip under one versioned key', () => {
    const inputs = { ...defaultInputs(), aiSystemCount: 12, certifications: ['iso9001' as const] };
    const raw = serializeEstimate(inputs, new Date('2026-11-28T10:00:00Z'));
    expect(JSON.parse(raw)).toEqual({ version: 1, savedAt: '2026-11-28T10:00:00.000Z', inputs });
    expect(load(storageWith(raw))).toEqual({
      kind: 'loaded',
      value: { version: 1, savedAt: '2026-11-28T10:00:00.000Z', inputs },
      migratedFrom: null,
    });
  });

  it('load from the format the site saved before the shared persistence layer, unchanged', () => {
    const raw = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/saved/estimator-v1.json'), 'utf8');
    const decoded = decodeSavedEstimate(raw, 200);
    expect(decoded).toEqual({ ok: true, value: { value: JSON.parse(raw), migratedFrom: null } });
  });

  it('report nothing saved', () => {
    expect(load(new MemoryStorage())).toEqual({ kind: 'empty' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON of the wrong shape', '[1,2]'],
    ['a future version', JSON.stringify({ version: 2, savedAt: 'x', inputs: defaultInputs() })],
    ['a version with no migration', JSON.stringify({ version: 0, savedAt: 'x', inputs: defaultInputs() })],
    ['invalid inputs', JSON.stringify({ version: 1, savedAt: 'x', inputs: { ...defaultInputs(), role: 'boss' } })],
    ['no savedAt', JSON.stringify({ version: 1, inputs: defaultInputs() })],
  ])('set aside %s, keeping a copy', (_, raw) => {
    const storage = storageWith(raw);
    expect(load(storage).kind).toBe('unreadable');
    expect(listSetAside(storage, STORAGE_KEY).map((copy) => copy.raw)).toEqual([raw]);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('refuse a count above the current maximum', () => {
    const raw = JSON.stringify({ version: 1, savedAt: 'x', inputs: { ...defaultInputs(), aiSystemCount: 150 } });
    expect(decodeSavedEstimate(raw, 100).ok).toBe(false);
    expect(decodeSavedEstimate(raw, 200).ok).toBe(true);
  });
});
