/**
 * Base64url (RFC 4648 §5, no padding) for bytes carried in a URL fragment. Decoding is strict: a
 * string that is not the exact encoding of some bytes (a character outside the alphabet, an
 * impossible length, or non-zero spare bits in the last character) is refused, so that changing
 * any single character of a sealed link is always noticed.
 */

const CHUNK = 0x8000;

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes a base64url string stands for, or null when it is not a canonical encoding. */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  // atob ignores the spare low bits of the last character; re-encoding shows whether they were zero.
  return encodeBase64Url(bytes) === text ? bytes : null;
}
