/**
 * A sealed hand-off in a URL fragment: JSON → UTF-8 → raw DEFLATE → AES-GCM-256 → base64url, behind a
 * short header. The fragment is never sent to a server, and nothing in it is clear text.
 *
 * Fragment: `h1k.<length>.<body>` (random key carried in the body) or `h1p.<length>.<body>` (key from
 * a passphrase given separately). `1` is the format version, `<length>` the body's length in base 36,
 * which tells a link cut short (`truncated`) from one that was altered (`tampered`). The whole header
 * is the AES-GCM additional data. Body bytes: key(32) ‖ iv(12) ‖ ciphertext+tag, or
 * salt(16) ‖ verifier(4) ‖ iv(12) ‖ ciphertext+tag; see sealedEnvelope.ts.
 */
import type { Checked } from '../persistence/checked';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './compression';
import { HANDOFF_MESSAGES, type HandoffFailure } from './messages';
import {
  KEY_MODE_OVERHEAD,
  PASSPHRASE_MODE_OVERHEAD,
  openWithCarriedKey,
  openWithPassphrase,
  sealWithPassphrase,
  sealWithRandomKey,
} from './sealedEnvelope';

export const HANDOFF_FORMAT_VERSION = 1;
/** Inflated JSON larger than this is refused: a realistic workspace is well under 1 MB. */
export const DEFAULT_MAX_HANDOFF_BYTES = 8 * 1024 * 1024;

type Mode = 'k' | 'p';

export interface SealOptions {
  /** Derive the key from this passphrase (to be given separately) instead of carrying a random key. */
  passphrase?: string;
}

export interface OpenOptions<T> {
  passphrase?: string;
  /** Checks the decrypted JSON value: the tool's own schema, e.g. `checkWith(schema)`. */
  validate: (value: unknown) => Checked<T>;
  maxBytes?: number;
}

export type OpenedHandoff<T> = { ok: true; value: T } | { ok: false; reason: string; failure: HandoffFailure };

function failed(failure: HandoffFailure, detail?: string): { ok: false; reason: string; failure: HandoffFailure } {
  const reason = detail ? `${HANDOFF_MESSAGES[failure]} (${detail})` : HANDOFF_MESSAGES[failure];
  return { ok: false, reason, failure };
}

/** WebCrypto needs a secure context (HTTPS or localhost); CompressionStream is in every current browser. */
export function canSealHandoffs(): boolean {
  return (
    typeof crypto !== 'undefined' &&
    typeof crypto.subtle !== 'undefined' &&
    typeof CompressionStream === 'function' &&
    typeof DecompressionStream === 'function'
  );
}

/** Length of the unpadded base64url text for `byteLength` bytes. */
function base64UrlLength(byteLength: number): number {
  const remainder = byteLength % 3;
  return Math.floor(byteLength / 3) * 4 + (remainder === 0 ? 0 : remainder + 1);
}

function header(mode: Mode, bodyLength: number): string {
  return `h${HANDOFF_FORMAT_VERSION}${mode}.${bodyLength.toString(36)}.`;
}

/** Seals a JSON value into a fragment (without the leading `#`). */
export async function sealToFragment(value: unknown, options: SealOptions = {}): Promise<string> {
  if (!canSealHandoffs()) throw new Error(HANDOFF_MESSAGES['unsupported-browser']);
  const { passphrase } = options;
  if (passphrase !== undefined && passphrase.trim() === '') throw new Error('The passphrase is empty.');
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (cause) {
    throw new Error('Only JSON values can be handed off.', { cause });
  }
  if (json === undefined) throw new Error('Only JSON values can be handed off.');
  const compressed = await deflateRaw(new TextEncoder().encode(json));
  const mode: Mode = passphrase === undefined ? 'k' : 'p';
  const overhead = mode === 'k' ? KEY_MODE_OVERHEAD : PASSPHRASE_MODE_OVERHEAD;
  const aad = header(mode, base64UrlLength(compressed.byteLength + overhead));
  const body =
    passphrase === undefined
      ? await sealWithRandomKey(compressed, aad)
      : await sealWithPassphrase(compressed, aad, passphrase);
  return aad + encodeBase64Url(body);
}

type ParsedFragment =
  | { ok: true; mode: Mode; aad: string; body: Uint8Array<ArrayBuffer> }
  | { ok: false; failure: HandoffFailure; detail?: string };

/** Reads the header and body of a fragment, a `#fragment`, or a whole link. */
function parseFragment(input: string): ParsedFragment {
  const hashAt = input.indexOf('#');
  const fragment = (hashAt === -1 ? input : input.slice(hashAt + 1)).trim();
  const partial = /^h(\d+)([a-z])(?:\.[0-9a-z]*)?$/.exec(fragment);
  const full = /^h(\d+)([a-z])\.([0-9a-z]+)\.(.*)$/s.exec(fragment);
  const parts = full ?? partial;
  if (!parts) return { ok: false, failure: 'not-handoff' };
  const [, version, mode] = parts;
  if (Number(version) !== HANDOFF_FORMAT_VERSION || (mode !== 'k' && mode !== 'p')) {
    return { ok: false, failure: 'unsupported-version', detail: `format h${version}${mode}` };
  }
  if (!full) return { ok: false, failure: 'truncated' };
  const [, , , statedLength = '', text = ''] = full;
  const expected = Number.parseInt(statedLength, 36);
  if (text.length < expected) {
    return { ok: false, failure: 'truncated', detail: `${text.length} of ${expected} characters arrived` };
  }
  if (text.length > expected) return { ok: false, failure: 'corrupted', detail: 'it is longer than it says' };
  const body = decodeBase64Url(text);
  const minimum = mode === 'k' ? KEY_MODE_OVERHEAD : PASSPHRASE_MODE_OVERHEAD;
  if (!body || body.byteLength < minimum) return { ok: false, failure: 'corrupted' };
  return { ok: true, mode, aad: header(mode, expected), body };
}

/** Opens a sealed fragment: the validated value, or which failure it is and what to tell the person. */
export async function openFragment<T>(input: string, options: OpenOptions<T>): Promise<OpenedHandoff<T>> {
  const parsed = parseFragment(input);
  if (!parsed.ok) return failed(parsed.failure, parsed.detail);
  const { mode, aad, body } = parsed;
  const { passphrase } = options;
  if (mode === 'p' && (passphrase === undefined || passphrase === '')) return failed('passphrase-needed');
  if (!canSealHandoffs()) return failed('unsupported-browser');
  const opened =
    mode === 'k' ? await openWithCarriedKey(body, aad) : await openWithPassphrase(body, aad, passphrase ?? '');
  if (!opened.ok) return failed(opened.failure);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_HANDOFF_BYTES;
  let value: unknown;
  try {
    const inflated = await inflateRaw(opened.plain, maxBytes);
    if (!inflated) return failed('too-large', `over ${Math.round(maxBytes / 1024)} KB`);
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch (cause) {
    // Authenticated but unreadable: sealed by something other than this tool.
    return failed('corrupted', String(cause).slice(0, 80));
  }
  const checked = options.validate(value);
  return checked.ok ? checked : failed('invalid-data', checked.reason);
}
