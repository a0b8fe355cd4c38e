// Breaking a page title into the lines of its social card. Satori would wrap text itself, but it
// cannot say how many lines it made; measuring here lets the card pick a font size and end an
// over-long title with an ellipsis instead of running off the card.

/**
 * Advance widths of Inter Bold in em, measured by rendering runs of each character with satori
 * (scripts and tests never need the font file for this). Unknown characters count as wide ones.
 */
const NARROW = { width: 0.28, characters: " iljI.,:;'!|()[]{}" };
const SEMI_NARROW = { width: 0.42, characters: 'frt-/"' };
const WIDE = { width: 0.94, characters: 'mwMW@%' };
const UPPER = 0.77;
const DIGIT = 0.67;
const LOWER = 0.6;

function characterWidth(character: string): number {
  if (NARROW.characters.includes(character)) return NARROW.width;
  if (SEMI_NARROW.characters.includes(character)) return SEMI_NARROW.width;
  if (WIDE.characters.includes(character)) return WIDE.width;
  if (/[A-Z]/.test(character)) return UPPER;
  if (/[0-9]/.test(character)) return DIGIT;
  if (/[a-z]/.test(character)) return LOWER;
  return UPPER;
}

/** Estimated width of `text` in pixels at `fontSize`; errs wide so a line never overflows. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += characterWidth(character);
  return ems * fontSize;
}

export interface TitleLayout {
  fontSize: number;
  lines: string[];
  /** True when the title did not fit and its last line ends with "…". */
  truncated: boolean;
}

export interface TitleBox {
  /** Width available to each line, in pixels. */
  width: number;
  /** Font sizes to try, largest first; the first one that fits the whole title wins. */
  fontSizes: readonly number[];
  /** Most lines at each size. */
  maxLines: number;
}

/** The title area of the 1200x630 card: 72 px margins, three lines at 68 px, four at the smallest size. */
export const CARD_TITLE_BOX: TitleBox = { width: 1056, fontSizes: [68, 60, 52], maxLines: 4 };

const ELLIPSIS = '…';

/** Splits a word that is wider than a line on its own (a long URL, a code) into pieces that fit. */
function splitLongWord(word: string, fontSize: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && estimateTextWidth(piece + character, fontSize) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** Greedy word wrap: as many words on each line as fit. */
export function wrapWords(text: string, fontSize: number, width: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => splitLongWord(word, fontSize, width));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line === '' ? lines : [...lines, line];
}

/** Shortens `line` word by word (then character by character) until it fits with "…" after it. */
function withEllipsis(line: string, fontSize: number, width: number): string {
  let kept = line;
  while (kept !== '' && estimateTextWidth(kept + ELLIPSIS, fontSize) > width) {
    const lastSpace = kept.lastIndexOf(' ');
    kept = lastSpace > 0 ? kept.slice(0, lastSpace) : kept.slice(0, -1);
  }
  return `${kept.replace(/[\s.,:;–—-]+$/, '')}${ELLIPSIS}`;
}

/**
 * Lines and font size for `title`: the largest size at which it fits in three lines (four at the
 * smallest size); past that, the smallest size with the last line cut and ended with "…".
 */
export function layoutTitle(title: string, box: TitleBox = CARD_TITLE_BOX): TitleLayout {
  const sizes = box.fontSizes;
  const smallest = sizes.at(-1);
  if (smallest === undefined) throw new Error('layoutTitle needs at least one font size');
  for (const fontSize of sizes) {
    const maxLines = fontSize === smallest ? box.maxLines : Math.min(3, box.maxLines);
    const lines = wrapWords(title, fontSize, box.width);
    if (lines.length <= maxLines) return { fontSize, lines, truncated: false };
  }
  const lines = wrapWords(title, smallest, box.width);
  const kept = lines.slice(0, box.maxLines);
  const lastIndex = kept.length - 1;
  kept[lastIndex] = withEllipsis(`${kept[lastIndex]} ${lines[box.maxLines] ?? ''}`, smallest, box.width);
  return { fontSize: smallest, lines: kept, truncated: true };
}
