import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../src/lib/assessment/migrations';
import {
  INVALID_STORAGE_KEY,
  STORAGE_KEY,
  clearSavedAssessment,
  loadSavedAssessment,
  parseSavedAssessment,
  readSavedScoping,
  readSetAsideValue,
  saveAssessment,
} from '../../../src/lib/assessment/storage';
import { MemoryStorage, answer, justifiedNa, scoping } from './fixtures';

const fullScoping = scoping({ role: 'provider', sizeBand: '50-500', aiSystemCount: 4, euExposure: 'high-risk' });
const state = {
  step: 'A.2',
  scoping: fullScoping,
  answers: { scope: answer('implemented', { documented: true, note: 'Signed off in March' }), policy: justifiedNa() },
};

function storageWith(value: unknown): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

describe('saveAssessment and loadSavedAssessment', () => {
  it('round-trips answers, scoping and step with version and time', () => {
    const storage = new MemoryStorage();
    expect(saveAssessment(storage, state, '2026-11-28', new Date('2026-11-28T10:00:00Z'))).toBe(true);
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    expect(stored).toMatchObject({
      version: CURRENT_VERSION,
      savedAt: '2026-11-28T10:00:00.000Z',
      contentVersion: '2026-11-28',
    });
    const loaded = loadSavedAssessment(storage);
    expect(loaded).toMatchObject({ kind: 'loaded', migratedFrom: null });
    if (loaded.kind !== 'loaded') throw new Error('expected loaded');
    expect(loaded.saved).toMatchObject(state);
  });

  it('reports empty storage as empty', () => {
    expect(loadSavedAssessment(new MemoryStorage())).toEqual({ kind: 'empty' });
  });

  it('reports blocked storage instead of throwing, and a failed save as false', () => {
    const blocked = new MemoryStorage(true);
    expect(loadSavedAssessment(blocked)).toEqual({ kind: 'unavailable' });
    expect(saveAssessment(blocked, state, 'x')).toBe(false);
    expect(() => clearSavedAssessment(blocked)).not.toThrow();
  });
});

describe('migration', () => {
  it('upgrades version 1 (bare statuses, no EU exposure) to the current shape', () => {
    const storage = storageWith({
      version: 1,
      savedAt: '2026-10-01T09:00:00.000Z',
      step: '5',
      scoping: { role: 'user', sizeBand: 'under-50', aiSystemCount: 2 },
      answers: { scope: 'partial', policy: 'not-applicable' },
    });
    const loaded = loadSavedAssessment(storage);
    expect(loaded).toMatchObject({ kind: 'loaded', migratedFrom: 1 });
    if (loaded.kind !== 'loaded') throw new Error('expected loaded');
    expect(loaded.saved.version).toBe(CURRENT_VERSION);
    expect(loaded.saved.step).toBe('5');
    expect(loaded.saved.scoping).toEqual({ role: 'user', sizeBand: 'under-50', aiSystemCount: 2, euExposure: null });
    expect(loaded.saved.answers.scope).toEqual(answer('partial'));
    expect(loaded.saved.answers.policy).toEqual(answer('not-applicable'));
  });

  it('refuses a version 1 value whose answers are not statuses', () => {
    const parsed = parseSavedAssessment({ version: 1, scoping: {}, answers: { scope: 42 } });
    expect(parsed.ok).toBe(false);
  });
});

describe('invalid stored data', () => {
  const cases: [string, unknown][] = [
    ['corrupted JSON', '{"version": 2, "answers": {'],
    ['JSON that is not an object', '[1,2,3]'],
    ['no version', { scoping: {}, answers: {} }],
    ['a newer version', { version: CURRENT_VERSION + 1, scoping: {}, answers: {} }],
    ['an unknown status', { version: 2, scoping: {}, answers: { scope: { status: 'done' } } }],
    ['a wrong flag type', { version: 2, scoping: {}, answers: { scope: { status: 'partial', documented: 'yes' } } }],
    ['an unknown role', { version: 2, scoping: { role: 'admin' }, answers: {} }],
    ['a negative system count', { version: 2, scoping: { aiSystemCount: -3 }, answers: {} }],
    ['a bad question ID', { version: 2, scoping: {}, answers: { '<script>': { status: 'partial' } } }],
    [
      'an overlong note',
      { version: 2, scoping: {}, answers: { scope: { status: 'partial', note: 'x'.repeat(5000) } } },
    ],
    ["another site's data", { theme: 'dark', version: 2 }],
  ];

  it.each(cases)('sets aside %s and reports why', (_name, value) => {
    const storage = storageWith(value);
    const raw = storage.getItem(STORAGE_KEY);
    const loaded = loadSavedAssessment(storage);
    expect(loaded.kind).toBe('invalid');
    if (loaded.kind === 'invalid') expect(loaded.reason.length).toBeGreaterThan(5);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(readSetAsideValue(storage)).toBe(raw);
  });

  it('accepts missing optional fields with defaults', () => {
    const parsed = parseSavedAssessment({ version: 2, scoping: {}, answers: { scope: { status: 'implemented' } } });
    expect(parsed.ok && parsed.value.saved.answers.scope).toEqual(answer('implemented'));
  });

  it('deletes both the saved value and the set-aside copy on clear', () => {
    const storage = storageWith('not json');
    loadSavedAssessment(storage);
    saveAssessment(storage, state, 'x');
    clearSavedAssessment(storage);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(storage.getItem(INVALID_STORAGE_KEY)).toBeNull();
  });
});

describe('readSavedScoping', () => {
  it('returns the four scoping fields when all are answered', () => {
    const storage = new MemoryStorage();
    saveAssessment(storage, state, 'x');
    expect(readSavedScoping(storage)).toEqual({
      role: 'provider',
      sizeBand: '50-500',
      aiSystemCount: 4,
      euExposure: 'high-risk',
    });
  });

  it('returns null when scoping is incomplete, storage is empty, invalid or blocked, and never moves data', () => {
    const partial = new MemoryStorage();
    saveAssessment(partial, { ...state, scoping: scoping({ role: 'user' }) }, 'x');
    expect(readSavedScoping(partial)).toBeNull();
    expect(readSavedScoping(new MemoryStorage())).toBeNull();
    expect(readSavedScoping(new MemoryStorage(true))).toBeNull();
    const invalid = storageWith('{oops');
    expect(readSavedScoping(invalid)).toBeNull();
    expect(invalid.getItem(STORAGE_KEY)).toBe('{oops');
  });

  it('reads a migrated version 1 value (no EU exposure yet) as incomplete', () => {
    const storage = storageWith({
      version: 1,
      scoping: { role: 'user', sizeBand: 'under-50', aiSystemCount: 2 },
      answers: {},
    });
    expect(readSavedScoping(storage)).toBeNull();
  });
});
