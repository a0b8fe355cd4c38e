/**
 * SVG text does not wrap, so labels are broken into lines at build time. About 32 characters of
 * 14 px bold text fit the 288 px a 320 px screen leaves for a chart (measured with DejaVu Sans, the
 * widest common fallback font, at about 7.8 px a character).
 */
export const LABEL_MAX_CHARACTERS = 32;

/** Breaks a label at spaces into lines of at most `maxCharacters`; a longer single word keeps its own line. */
export function wrapLabel(text: string, maxCharacters = LABEL_MAX_CHARACTERS): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const current = lines.at(-1);
    if (current !== undefined && current.length + 1 + word.length <= maxCharacters)
      lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}
