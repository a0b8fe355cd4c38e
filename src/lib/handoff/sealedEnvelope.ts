/**
 * The cryptography of a sealed hand-off: AES-GCM with a 256-bit key and a random 96-bit IV
 * (WebCrypto), the key either random and carried with the data, or derived from a passphrase.
 * Additional authenticated data (the link's header) binds the format version, the mode and the
 * length to the ciphertext, so none of them can be changed unnoticed.
 */

export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const SALT_BYTES = 16;
/** A short check value derived with the key: tells a wrong passphrase from a changed link. */
export const VERIFIER_BYTES = 4;
const TAG_BYTES = 16;

/**
 * PBKDF2-HMAC-SHA-256 work factor, fixed for format version 1 (a higher count needs a new version).
 * OWASP Password Storage Cheat Sheet (since 2023): "use PBKDF2 with a work factor of 600,000 or more
 * and set with an internal hash function of HMAC-SHA-256".
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2
 */
export const PBKDF2_ITERATIONS = 600_000;

export const KEY_MODE_OVERHEAD = KEY_BYTES + IV_BYTES + TAG_BYTES;
export const PASSPHRASE_MODE_OVERHEAD = SALT_BYTES + VERIFIER_BYTES + IV_BYTES + TAG_BYTES;

export type OpenFailure = 'tampered' | 'wrong-passphrase';
export type Opened = { ok: true; plain: Uint8Array<ArrayBuffer> } | { ok: false; failure: OpenFailure };

const encoder = new TextEncoder();

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function encrypt(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: string) {
  const iv = randomBytes(IV_BYTES);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad) }, key, plain);
  return concat(iv, new Uint8Array(sealed));
}

async function decrypt(key: CryptoKey, ivAndSealed: Uint8Array<ArrayBuffer>, aad: string): Promise<Opened> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: ivAndSealed.subarray(0, IV_BYTES), additionalData: encoder.encode(aad) },
      key,
      ivAndSealed.subarray(IV_BYTES),
    );
    return { ok: true, plain: new Uint8Array(plain) };
  } catch {
    // WebCrypto reports every authentication failure with the same OperationError, on purpose.
    return { ok: false, failure: 'tampered' };
  }
}

/** The AES key and the check value for a passphrase and salt. */
async function derivePassphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>) {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
      material,
      (KEY_BYTES + VERIFIER_BYTES) * 8,
    ),
  );
  return { key: await importAesKey(bits.slice(0, KEY_BYTES)), verifier: bits.slice(KEY_BYTES) };
}

/** key ‖ iv ‖ ciphertext+tag */
export async function sealWithRandomKey(plain: Uint8Array<ArrayBuffer>, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  const raw = randomBytes(KEY_BYTES);
  return concat(raw, await encrypt(await importAesKey(raw), plain, aad));
}

/** salt ‖ verifier ‖ iv ‖ ciphertext+tag */
export async function sealWithPassphrase(
  plain: Uint8Array<ArrayBuffer>,
  aad: string,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = randomBytes(SALT_BYTES);
  const { key, verifier } = await derivePassphraseKey(passphrase, salt);
  return concat(salt, verifier, await encrypt(key, plain, aad));
}

export async function openWithCarriedKey(body: Uint8Array<ArrayBuffer>, aad: string): Promise<Opened> {
  const key = await importAesKey(body.slice(0, KEY_BYTES));
  return decrypt(key, body.subarray(KEY_BYTES), aad);
}

export async function openWithPassphrase(
  body: Uint8Array<ArrayBuffer>,
  aad: string,
  passphrase: string,
): Promise<Opened> {
  const salt = body.slice(0, SALT_BYTES);
  const stored = body.subarray(SALT_BYTES, SALT_BYTES + VERIFIER_BYTES);
  const { key, verifier } = await derivePassphraseKey(passphrase, salt);
  if (!verifier.every((byte, index) => byte === stored[index])) return { ok: false, failure: 'wrong-passphrase' };
  return decrypt(key, body.subarray(SALT_BYTES + VERIFIER_BYTES), aad);
}
