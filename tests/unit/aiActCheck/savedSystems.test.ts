/** The check's saved list of systems: what is written reads back, and what is broken is refused with a reason. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  MAX_SYSTEMS,
  decodeSavedSystems,
  serializeSystems,
  type CheckedSystem,
} from '../../../src/lib/aiActCheck/savedSystems';

const systems: CheckedSystem[] = [
  {
    id: 'system-1',
    name: 'CV screening',
    answers: { subject: 'system', infers: 'yes' },
    outcome: { tier: 'high-risk', provisional: true, reviewedOn: '2026-11-30' },
  },
  { id: 'system-2', name: 'Chatbot "=1+1"', answers: {}, outcome: null },
];

const reasonOf = (raw: string) => {
  const decoded = decodeSavedSystems(raw);
  return decoded.ok ? 'accepted' : decoded.reason;
};
const withSystems = (list: unknown) => JSON.stringify({ version: 2, savedAt: '2026-12-02T00:00:00Z', systems: list });

describe('saved systems', () => {
  it('reads back exactly what was saved, at the current version, outcomes included', () => {
    const decoded = decodeSavedSystems(serializeSystems(systems, new Date('2026-12-02T10:00:00Z')));
    expect(decoded).toEqual({
      ok: true,
      value: { value: { version: 2, savedAt: '2026-12-02T10:00:00.000Z', systems }, migratedFrom: null },
    });
  });

  it('reads a list saved by the first format (answers only) without loss: outcomes come with the next save', () => {
    const raw = readFileSync(path.join(import.meta.dirname, '../../fixtures/saved/ai-act-check-v1.json'), 'utf8');
    const decoded = decodeSavedSystems(raw);
    const original = JSON.parse(raw) as { systems: { id: string; name: string; answers: object }[] };
    expect(decoded.ok && decoded.value.migratedFrom).toBe(1);
    expect(decoded.ok && decoded.value.value.systems).toEqual(
      original.systems.map((system) => ({ ...system, outcome: null })),
    );
  });

  it('refuses an outcome that is not a known tier, a flag and a date', () => {
    const base = { id: 'a', name: 'A', answers: {} };
    const outcome = { tier: 'high-risk', provisional: false, reviewedOn: '2026-11-30' };
    expect(reasonOf(withSystems([{ ...base, outcome }]))).toBe('accepted');
    expect(reasonOf(withSystems([{ ...base, outcome: { ...outcome, tier: 'very-high' } }]))).toMatch(
      /^system 1 has an outcome/,
    );
    expect(reasonOf(withSystems([{ ...base, outcome: { ...outcome, provisional: 'no' } }]))).toMatch(/outcome/);
    expect(reasonOf(withSystems([{ ...base, outcome: { ...outcome, reviewedOn: 'today' } }]))).toMatch(/outcome/);
  });

  it('refuses text that is not JSON, not an object, or has no version', () => {
    expect(reasonOf('{"version": 1,')).toBe('it is not valid JSON');
    expect(reasonOf('[1, 2]')).toBe('it is not an object');
    expect(reasonOf('{"systems": []}')).toBe('it has no format version');
  });

  it('refuses a newer format version than the page reads, and version 0', () => {
    expect(reasonOf(JSON.stringify({ version: 3, savedAt: 'x', systems: [] }))).toMatch(/format version 3, newer/);
    expect(reasonOf(JSON.stringify({ version: 0, savedAt: 'x', systems: [] }))).toMatch(/version 0 does not exist/);
  });

  it('refuses a list that is missing, too long, or has a broken system, naming the system', () => {
    expect(reasonOf(JSON.stringify({ version: 1, savedAt: 'x' }))).toBe('it has no list of systems');
    const many = Array.from({ length: MAX_SYSTEMS + 1 }, (_, index) => ({
      id: `s-${index}`,
      name: 'n',
      answers: {},
    }));
    expect(reasonOf(withSystems(many))).toMatch(/more than/);
    expect(reasonOf(withSystems([systems[0], { id: 'b', name: '', answers: {} }]))).toMatch(/^system 2 has no name/);
    expect(reasonOf(withSystems([{ id: 'a', name: 'x'.repeat(MAX_NAME_LENGTH + 1), answers: {} }]))).toMatch(/no name/);
    expect(reasonOf(withSystems([{ id: 'a', name: 'A', answers: { subject: 3 } }]))).toMatch(/answers/);
    expect(reasonOf(withSystems([{ id: 'a', name: 'A', answers: { '<script>': 'yes' } }]))).toMatch(/answers/);
    expect(reasonOf(withSystems([{ id: 'Bad Id', name: 'A', answers: {} }]))).toMatch(/no valid id/);
    expect(reasonOf(withSystems([systems[0], systems[0]]))).toBe('two systems share an id');
  });
});
