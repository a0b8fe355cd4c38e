/**
 * Sheet names Excel and LibreOffice accept: 1-31 characters, none of [ ] : * ? / \, not starting or
 * ending with an apostrophe, not the reserved "History", and unique regardless of case.
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export const MAX_SHEET_NAME_LENGTH = 31;
const RESERVED = ['history'];

/** The first characters of `text` that fit `limit` UTF-16 units, never splitting a surrogate pair. */
function clip(text: string, limit: number): string {
  let clipped = '';
  for (const character of text) {
    if (clipped.length + character.length > limit) break;
    clipped += character;
  }
  return clipped;
}

function cleanSheetName(name: string, position: number): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const clipped = clip(cleaned, MAX_SHEET_NAME_LENGTH).replace(/'+$/, '').trim();
  return clipped === '' ? `Sheet ${position + 1}` : clipped;
}

/** Valid, unique sheet names for the given ones, in the same order: "Gap list (2)" for a repeat. */
export function toSheetNames(names: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return names.map((name, position) => {
    const base = cleanSheetName(name, position);
    let candidate = base;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) {
      const suffix = ` (${copy})`;
      candidate = clip(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
