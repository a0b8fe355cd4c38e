import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../src/lib/assessment/migrations';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  buildExportFile,
  parseImportFile,
} from '../../../src/lib/assessment/transfer';
import { answer, justifiedNa, scoping } from './fixtures';

const state = {
  scoping: scoping({ role: 'developer', sizeBand: 'over-2000', aiSystemCount: 30, euExposure: 'unsure' }),
  answers: { scope: answer('partial', { evidenced: true }), policy: justifiedNa() },
};
const importText = (text: string) => parseImportFile(text, new TextEncoder().encode(text).length, '2026-11-28');

describe('buildExportFile', () => {
  it('writes format, schema version, content version and date', () => {
    const file = JSON.parse(buildExportFile(state, '2026-11-28', new Date('2026-12-01T08:30:00Z')));
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      version: CURRENT_VERSION,
      contentVersion: '2026-11-28',
      exportedAt: '2026-12-01T08:30:00.000Z',
    });
  });
});

describe('parseImportFile', () => {
  it('round-trips an export exactly', () => {
    const result = importText(buildExportFile(state, '2026-11-28'));
    expect(result).toMatchObject({ ok: true, migratedFrom: null, contentChanged: false });
    expect(result.ok && result.state).toEqual(state);
  });

  it('flags a file made for another edition of the questions', () => {
    const result = importText(buildExportFile(state, '2025-01-01'));
    expect(result.ok && result.contentChanged).toBe(true);
  });

  it('migrates a version 1 export', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, scoping: {}, answers: { scope: 'implemented' } });
    const result = importText(text);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(result.ok && result.state.answers.scope).toEqual(answer('implemented'));
  });

  it('refuses an oversized file before parsing it', () => {
    const result = parseImportFile('{}', MAX_IMPORT_BYTES + 1, 'x');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/larger than 200 KB/);
  });

  const refusals: [string, string, RegExp][] = [
    ['not JSON', '{"format": "iso42001', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['another tool', JSON.stringify({ format: 'something-else', version: 2 }), /not an export of this/],
    ['an array', '[]', /not an export of this/],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 9, scoping: {}, answers: {} }), /version 9/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, scoping: {}, answers: {} }), /no format version/],
    [
      'bad answers',
      JSON.stringify({ format: EXPORT_FORMAT, version: 2, scoping: {}, answers: { scope: { status: 'yes' } } }),
      /answers\.scope\.status/,
    ],
    [
      'bad scoping',
      JSON.stringify({ format: EXPORT_FORMAT, version: 2, scoping: { sizeBand: 12 }, answers: {} }),
      /sizeBand/,
    ],
  ];

  it.each(refusals)('refuses %s with a clear message that nothing changed', (_name, text, message) => {
    const result = importText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toContain('have not been changed');
    }
  });
});
