import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decodeBase64Url } from '../../../src/lib/handoff/base64url';
import { checkWith } from '../../../src/lib/handoff/checkWith';
import { openFragment, sealToFragment } from '../../../src/lib/handoff/fragment';
import { PBKDF2_ITERATIONS, openWithCarriedKey, sealWithRandomKey } from '../../../src/lib/handoff/sealedEnvelope';

const ScopeSchema = z.object({ version: z.literal(1), name: z.string(), answers: z.record(z.string(), z.string()) });
const SCOPE = { version: 1 as const, name: 'Pilot scope', answers: { q1: 'yes', q2: 'partly' } };
const PASSPHRASE = 'correct horse battery staple';
const validate = checkWith(ScopeSchema);

function bodyOf(fragment: string): string {
  return fragment.slice(fragment.indexOf('.', fragment.indexOf('.') + 1) + 1);
}

function replaceAt(text: string, index: number): string {
  const replacement = text.charAt(index) === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe('sealed hand-off with a passphrase', () => {
  it('follows the OWASP work factor for PBKDF2-HMAC-SHA-256', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trips with the passphrase, which the link does not carry', async () => {
    const fragment = await sealToFragment(SCOPE, { passphrase: PASSPHRASE });
    expect(fragment).toMatch(/^h1p\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    expect(fragment).not.toContain('horse');
    expect(await openFragment(fragment, { validate, passphrase: PASSPHRASE })).toEqual({ ok: true, value: SCOPE });
  });

  it('treats the passphrase as the same text however its accents were typed', async () => {
    const fragment = await sealToFragment(SCOPE, { passphrase: 'Crème brûlée à Zürich' });
    const decomposed = 'Crème brûlée à Zürich'.normalize('NFD');
    expect(await openFragment(fragment, { validate, passphrase: decomposed })).toEqual({ ok: true, value: SCOPE });
  });

  it('asks for the passphrase, then refuses a wrong one', async () => {
    const fragment = await sealToFragment(SCOPE, { passphrase: PASSPHRASE });
    const withoutPassphrase = await openFragment(fragment, { validate });
    expect(withoutPassphrase).toMatchObject({ ok: false, failure: 'passphrase-needed' });
    if (!withoutPassphrase.ok) expect(withoutPassphrase.reason).toMatch(/passphrase/);
    const wrong = await openFragment(fragment, { validate, passphrase: 'Correct horse battery staple' });
    expect(wrong).toMatchObject({ ok: false, failure: 'wrong-passphrase' });
  });

  it('notices a change in the salt, check value, IV or ciphertext', async () => {
    const fragment = await sealToFragment(SCOPE, { passphrase: PASSPHRASE });
    const body = bodyOf(fragment);
    const header = fragment.slice(0, fragment.length - body.length);
    // Characters 0-20 encode only the salt, 22-25 only the check value, 27-41 only the IV.
    const expected: [number, string][] = [
      [3, 'wrong-passphrase'],
      [23, 'wrong-passphrase'],
      [30, 'tampered'],
      [body.length - 8, 'tampered'],
    ];
    for (const [index, failure] of expected) {
      const opened = await openFragment(header + replaceAt(body, index), { validate, passphrase: PASSPHRASE });
      expect(opened, `character ${index}`).toMatchObject({ ok: false, failure });
    }
    expect(await openFragment(fragment.replace(/^h1p/, 'h1k'), { validate })).toMatchObject({
      ok: false,
      failure: 'tampered',
    });
  });

  it('says a cut passphrase link is incomplete', async () => {
    const fragment = await sealToFragment(SCOPE, { passphrase: PASSPHRASE });
    const opened = await openFragment(fragment.slice(0, -5), { validate, passphrase: PASSPHRASE });
    expect(opened).toMatchObject({ ok: false, failure: 'truncated' });
  });

  it('reports a schema error with the path of the wrong field', async () => {
    const fragment = await sealToFragment({ ...SCOPE, answers: { q1: 3 } }, { passphrase: PASSPHRASE });
    const opened = await openFragment(fragment, { validate, passphrase: PASSPHRASE });
    expect(opened).toMatchObject({ ok: false, failure: 'invalid-data' });
    if (!opened.ok) expect(opened.reason).toContain('answers.q1');
  });
});

describe('sealed envelope', () => {
  it('binds the header: the same body does not open under another header', async () => {
    const plain = new TextEncoder().encode('{"a":1}');
    const sealed = await sealWithRandomKey(plain, 'h1k.2a.');
    expect(await openWithCarriedKey(sealed, 'h1k.2a.')).toEqual({ ok: true, plain });
    expect(await openWithCarriedKey(sealed, 'h1k.2b.')).toEqual({ ok: false, failure: 'tampered' });
  });

  it('uses a 96-bit IV that differs between seals', async () => {
    const plain = new TextEncoder().encode('same text');
    const first = await sealWithRandomKey(plain, 'h1k.0.');
    const second = await sealWithRandomKey(plain, 'h1k.0.');
    expect(first.slice(32, 44)).not.toEqual(second.slice(32, 44));
    expect(first.byteLength).toBe(32 + 12 + plain.byteLength + 16);
  });
});

describe('base64url', () => {
  it('decodes only canonical text', () => {
    expect(decodeBase64Url('AQID')).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodeBase64Url('AQ')).toEqual(new Uint8Array([1]));
    expect(decodeBase64Url('AR')).toBeNull();
    expect(decodeBase64Url('AQI=')).toBeNull();
    expect(decodeBase64Url('A')).toBeNull();
    expect(decodeBase64Url('A/+B')).toBeNull();
  });
});
