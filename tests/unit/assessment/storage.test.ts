import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../src/lib/assessment/migrations';
import {
  STORAGE_KEY,
  assessmentFormat,
  decodeSavedAssessment,
  readSavedScoping,
  saveAssessment,
  type SavedAssessment,
} from '../../../src/lib/assessment/storage';
import { loadSaved, type LoadOutcome } from '../../../src/lib/persistence/loadSaved';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import { listSetAside } from '../../../src/lib/persistence/setAside';
import { MemoryStorage, blockedStorage } from '../persistence/memoryStorage';
import { answer, justifiedNa, scoping } from './fixtures';

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

const load = (storage: MemoryStorage): LoadOutcome<SavedAssessment> =>
  loadSaved(storage, openSavedSlot(storage, STORAGE_KEY), assessmentFormat);

function loaded(storage: MemoryStorage) {
  const outcome = load(storage);
  if (outcome.kind !== 'loaded') throw new Error(`expected loaded, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('saved answers', () => {
  it('round-trip answers, scoping and step with version and time', () => {
    const storage = new MemoryStorage();
    expect(saveAssessment(storage, state, '2026-11-28', new Date('2026-11-28T10:00:00Z'))).toBe(true);
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    expect(stored).toMatchObject({
      version: CURRENT_VERSION,
      savedAt: '2026-11-28T10:00:00.000Z',
      contentVersion: '2026-11-28',
    });
    const outcome = loaded(storage);
    expect(outcome.migratedFrom).toBeNull();
    expect(outcome.value).toMatchObject(state);
  });

  it('load from the format the site saved before the shared persistence layer, unchanged', () => {
    const raw = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/saved/assessment-v2.json'), 'utf8');
    const outcome = loaded(storageWith(raw.trim()));
    expect(outcome.migratedFrom).toBeNull();
    expect(outcome.value).toEqual(JSON.parse(raw));
  });

  it('report empty storage as empty', () => {
    expect(load(new MemoryStorage())).toEqual({ kind: 'empty' });
  });

  it('report a failed save as false where storage is blocked', () => {
    expect(saveAssessment(blockedStorage(), state, 'x')).toBe(false);
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
    const outcome = loaded(storage);
    expect(outcome.migratedFrom).toBe(1);
    expect(outcome.value.version).toBe(CURRENT_VERSION);
    expect(outcome.value.step).toBe('5');
    expect(outcome.value.scoping).toEqual({ role: 'user', sizeBand: 'under-50', aiSystemCount: 2, euExposure: null });
    expect(outcome.value.answers.scope).toEqual(answer('partial'));
    expect(outcome.value.answers.policy).toEqual(answer('not-applicable'));
  });

  it('refuses a version 1 value whose answers are not statuses', () => {
    const decoded = decodeSavedAssessment(JSON.stringify({ version: 1, scoping: {}, answers: { scope: 42 } }));
    expect(decoded.ok).toBe(false);
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
    const outcome = load(storage);
    expect(outcome.kind).toBe('unreadable');
    if (outcome.kind === 'unreadable') expect(outcome.reason.length).toBeGreaterThan(5);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(listSetAside(storage, STORAGE_KEY).map((copy) => copy.raw)).toEqual([raw]);
  });

  it('accepts missing optional fields with defaults', () => {
    const decoded = decodeSavedAssessment(
      JSON.stringify({ version: 2, scoping: {}, answers: { scope: { status: 'implemented' } } }),
    );
    expect(decoded.ok && decoded.value.value.answers.scope).toEqual(answer('implemented'));
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
    expect(readSavedScoping(blockedStorage())).toBeNull();
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
