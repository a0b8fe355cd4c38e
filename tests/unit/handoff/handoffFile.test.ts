import { describe, expect, it } from 'vitest';
import { isRecord, type Checked } from '../../../src/lib/persistence/checked';
import { sealToFragment } from '../../../src/lib/handoff/fragment';
import { openHandoffFile, parseHandoffFile, toHandoffFile } from '../../../src/lib/handoff/handoffFile';
import { buildRealisticWorkspace } from '../../../scripts/lib/bench/realisticWorkspace';

function acceptObject(value: unknown): Checked<Record<string, unknown>> {
  return isRecord(value) ? { ok: true, value } : { ok: false, reason: 'not an object' };
}

describe('hand-off file', () => {
  it('round-trips a realistic workspace with a passphrase and shows no clear text', async () => {
    const marker = 'Zephyr-Quokka-7731';
    const workspace = buildRealisticWorkspace(marker);
    const text = toHandoffFile(await sealToFragment(workspace, { passphrase: 'orange-lantern-42' }));
    expect(text).not.toContain(marker);
    expect(text).not.toContain('Retail banking');
    expect(JSON.parse(text)).toMatchObject({ type: 'iso42001-sealed-handoff', version: 1 });
    expect(await openHandoffFile(text, { validate: acceptObject, passphrase: 'orange-lantern-42' })).toEqual({
      ok: true,
      value: workspace,
    });
  });

  it('reads a file saved with a byte-order mark', async () => {
    const text = toHandoffFile(await sealToFragment({ a: 1 }));
    expect(await openHandoffFile(`\uFEFF${text}`, { validate: acceptObject })).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses files that are not hand-offs, or from another format version', () => {
    expect(parseHandoffFile('not json').ok).toBe(false);
    expect(parseHandoffFile('{"version":1,"answers":{}}')).toMatchObject({ ok: false });
    expect(parseHandoffFile('{"type":"iso42001-sealed-handoff","version":2,"sealed":"h2k.1.A"}')).toMatchObject({
      ok: false,
    });
    expect(parseHandoffFile('{"type":"iso42001-sealed-handoff","version":1}')).toMatchObject({ ok: false });
  });

  it('gives the link messages for a damaged file', async () => {
    const text = toHandoffFile(await sealToFragment({ a: 1 }));
    const file = JSON.parse(text) as { sealed: string };
    const cut = JSON.stringify({ ...file, sealed: file.sealed.slice(0, -6) });
    expect(await openHandoffFile(cut, { validate: acceptObject })).toMatchObject({ ok: false, failure: 'truncated' });
  });
});
