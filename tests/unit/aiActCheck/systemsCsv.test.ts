/** The CSV of the check's systems: one row per system with what a reader needs, written formula-safe. */
import { describe, expect, it } from 'vitest';
import { systemsCsvRows } from '../../../src/lib/aiActCheck/systemsCsv';
import { toCsv } from '../../../src/lib/csv';
import { milestones, tree } from './support';

const military = {
  subject: 'system',
  infers: 'yes',
  'eu-link': 'placed-or-used-in-eu',
  military: 'yes',
};
const gpaiSystemic = {
  subject: 'general-purpose-model',
  'model-on-market': 'yes',
  compute: 'yes',
  'model-open-source': 'no',
  'model-before-2025': 'no',
};

describe('systems CSV', () => {
  const rows = systemsCsvRows(tree, milestones, [
    { id: 'a', name: 'Targeting', answers: military },
    { id: 'b', name: '=HYPERLINK("x")', answers: gpaiSystemic },
    { id: 'c', name: 'Half done', answers: { subject: 'system' } },
  ]);

  it('has a header and one row per system, in order', () => {
    expect(rows[0]).toEqual(['System', 'Tier', 'Role', 'Scope', 'Key articles', 'Earliest date']);
    expect(rows.map((row) => row[0])).toEqual(['System', 'Targeting', '=HYPERLINK("x")', 'Half done']);
  });

  it('states an out-of-scope system with its Art. 2 exclusion and no date', () => {
    expect(rows[1]).toEqual(['Targeting', 'Out of scope', expect.any(String), 'Out of scope', 'Art. 2(3)', '']);
  });

  it('gives a systemic-risk model its Art. 53 and 55 duties and the 2 August 2025 date', () => {
    const [, tier, , scope, articles, earliest] = rows[2]!;
    expect(tier).toMatch(/systemic/i);
    expect(scope).toBe('In scope');
    expect(articles).toContain('Art. 53(1)(a)');
    expect(articles).toContain('Art. 55(1)');
    expect(earliest).toBe('2025-08-02');
  });

  it('marks an unfinished system as not finished', () => {
    expect(rows[3]).toEqual(['Half done', 'Not finished', '', '', '', '']);
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    expect(toCsv(rows)).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
