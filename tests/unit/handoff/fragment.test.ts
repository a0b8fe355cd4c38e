import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRecord, type Checked } from '../../../src/lib/persistence/checked';
import { decodeBase64Url, encodeBase64Url } from '../../../src/lib/handoff/base64url';
import { chooseHandoffCarrier, EMAIL_LINK_LIMIT } from '../../../src/lib/handoff/linkCarrier';
import { openFragment, sealToFragment } from '../../../src/lib/handoff/fragment';
import { buildRealisticWorkspace } from '../../../scripts/lib/bench/realisticWorkspace';

const SMALL = { version: 1, name: 'Pilot scope', answers: { q1: 'yes', q2: 'partly' }, score: 0.42 };
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function acceptObject(value: unknown): Checked<Record<string, unknown>> {
  return isRecord(value) ? { ok: true, value } : { ok: false, reason: 'not an object' };
}

/** Splits `h1k.<length>.<body>` into its header and body. */
function split(fragment: string): { header: string; body: string } {
  const headerEnd = fragment.indexOf('.', fragment.indexOf('.') + 1) + 1;
  return { header: fragment.slice(0, headerEnd), body: fragment.slice(headerEnd) };
}

/** The same string with the character at `index` replaced by another base64url character. */
function flipAt(text: string, index: number): string {
  const current = text.charAt(index);
  const replacement = ALPHABET.charAt((ALPHABET.indexOf(current) + 17) % ALPHABET.length);
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sealed hand-off with a random key', () => {
  it('round-trips a value through a link, and seals it differently each time', async () => {
    const fragment = await sealToFragment(SMALL);
    expect(fragment).toMatch(/^h1k\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    expect(await openFragment(fragment, { validate: acceptObject })).toEqual({ ok: true, value: SMALL });
    expect(await openFragment(`https://example.test/assessment/#${fragment}`, { validate: acceptObject })).toEqual({
      ok: true,
      value: SMALL,
    });
    expect(await sealToFragment(SMALL)).not.toBe(fragment);
  });

  it('carries no clear text, neither in the link nor in its decoded bytes', async () => {
    const marker = 'Zephyr-Quokka-7731';
    const fragment = await sealToFragment(buildRealisticWorkspace(marker));
    expect(fragment).not.toContain(marker);
    const bytes = decodeBase64Url(split(fragment).body);
    expect(bytes).not.toBeNull();
    expect(new TextDecoder('latin1').decode(bytes ?? new Uint8Array())).not.toContain(marker);
  });

  it('notices a change of any single character of the body', async () => {
    const fragment = await sealToFragment(SMALL);
    const { header, body } = split(fragment);
    for (let index = 0; index < body.length; index += 1) {
      const opened = await openFragment(header + flipAt(body, index), { validate: acceptObject });
      expect(opened.ok, `character ${index}`).toBe(false);
      // Only the last character has spare bits; changing those is caught by the strict decoding.
      if (!opened.ok) expect(['tampered', 'corrupted']).toContain(opened.failure);
      if (!opened.ok && index < body.length - 1) expect(opened.failure).toBe('tampered');
    }
  });

  it('refuses a body with a character a link never carries', async () => {
    const { header, body } = split(await sealToFragment(SMALL));
    const opened = await openFragment(`${header}${body.slice(0, 10)}+${body.slice(11)}`, { validate: acceptObject });
    expect(opened).toMatchObject({ ok: false, failure: 'corrupted' });
  });

  it('notices a changed header: version, mode and stated length', async () => {
    const fragment = await sealToFragment(SMALL);
    const { header, body } = split(fragment);
    const length = Number.parseInt(header.split('.')[1] ?? '', 36);
    const open = (text: string) => openFragment(text, { validate: acceptObject, passphrase: 'any passphrase' });
    expect(await open(fragment.replace(/^h1/, 'h2'))).toMatchObject({ ok: false, failure: 'unsupported-version' });
    expect(await open(fragment.replace(/^h1k/, 'h1x'))).toMatchObject({ ok: false, failure: 'unsupported-version' });
    expect(await open(fragment.replace(/^h1k/, 'h1p'))).toMatchObject({ ok: false });
    expect(await open(`h1k.${(length + 1).toString(36)}.${body}`)).toMatchObject({ ok: false, failure: 'truncated' });
    expect(await open(`h1k.${(length - 1).toString(36)}.${body}`)).toMatchObject({ ok: false, failure: 'corrupted' });
    // A body shortened by whole bytes with a header restated to match still fails authentication.
    const shorter = encodeBase64Url((decodeBase64Url(body) ?? new Uint8Array()).slice(0, -3));
    expect(await open(`h1k.${shorter.length.toString(36)}.${shorter}`)).toMatchObject({
      ok: false,
      failure: 'tampered',
    });
  });

  it('says a link is incomplete wherever it was cut', async () => {
    const fragment = await sealToFragment(buildRealisticWorkspace());
    const { header } = split(fragment);
    const cuts = [3, 4, header.length - 1, header.length, header.length + 1, 200, Math.floor(fragment.length / 2)];
    for (const cut of [...cuts, fragment.length - 1]) {
      const opened = await openFragment(fragment.slice(0, cut), { validate: acceptObject });
      expect(opened, `cut at ${cut}`).toMatchObject({ ok: false, failure: 'truncated' });
      if (!opened.ok) expect(opened.reason).toMatch(/incomplete/);
    }
  });

  it('tells a fragment that is no hand-off at all', async () => {
    for (const text of ['', '#', '#main-content', 'https://example.test/guide/#scope', 'h', 'hello.world']) {
      expect(await openFragment(text, { validate: acceptObject })).toMatchObject({ ok: false, failure: 'not-handoff' });
    }
  });

  it('refuses content its validator rejects, with the validator reason', async () => {
    const fragment = await sealToFragment(['not', 'an', 'object']);
    const opened = await openFragment(fragment, { validate: acceptObject });
    expect(opened).toMatchObject({ ok: false, failure: 'invalid-data' });
    if (!opened.ok) expect(opened.reason).toContain('not an object');
  });

  it('refuses to seal what is not JSON, or an empty passphrase', async () => {
    await expect(sealToFragment({ count: 1n })).rejects.toThrow(/JSON values/);
    await expect(sealToFragment(undefined)).rejects.toThrow(/JSON values/);
    await expect(sealToFragment(SMALL, { passphrase: '  ' })).rejects.toThrow(/passphrase is empty/);
  });

  it('refuses content that inflates past the size limit', async () => {
    const fragment = await sealToFragment({ filler: 'a'.repeat(200_000) });
    expect(await openFragment(fragment, { validate: acceptObject, maxBytes: 100_000 })).toMatchObject({
      ok: false,
      failure: 'too-large',
    });
  });

  it('says so when the browser lacks compression streams', async () => {
    const fragment = await sealToFragment(SMALL);
    vi.stubGlobal('CompressionStream', undefined);
    expect(await openFragment(fragment, { validate: acceptObject })).toMatchObject({
      ok: false,
      failure: 'unsupported-browser',
    });
    await expect(sealToFragment(SMALL)).rejects.toThrow(/WebCrypto/);
  });

  it('opens a realistic workspace, too long for e-mail', async () => {
    const workspace = buildRealisticWorkspace();
    const link = `https://www.example.com/assessment/#${await sealToFragment(workspace)}`;
    expect(await openFragment(link, { validate: acceptObject })).toEqual({ ok: true, value: workspace });
    expect(chooseHandoffCarrier(link)).toMatchObject({ carrier: 'file', limit: EMAIL_LINK_LIMIT });
  });
});

describe('choosing link or file', () => {
  it('sends links up to the limit by e-mail and longer ones as a file', () => {
    expect(chooseHandoffCarrier('x'.repeat(EMAIL_LINK_LIMIT))).toEqual({
      carrier: 'link',
      length: EMAIL_LINK_LIMIT,
      limit: EMAIL_LINK_LIMIT,
    });
    expect(chooseHandoffCarrier('x'.repeat(EMAIL_LINK_LIMIT + 1)).carrier).toBe('file');
    expect(chooseHandoffCarrier('x'.repeat(900), 800).carrier).toBe('file');
  });
});
