import { describe, expect, it } from 'vitest';
import {
  CARD_TITLE_BOX,
  estimateTextWidth,
  layoutTitle,
  wrapWords,
  type TitleBox,
} from '../../../src/lib/socialCards/titleLayout';

const box: TitleBox = { width: 600, fontSizes: [60, 50], maxLines: 3 };
const lineFits = (line: string, fontSize: number) => estimateTextWidth(line, fontSize) <= box.width;

describe('estimateTextWidth', () => {
  it('counts narrow letters narrower than wide ones, and grows with the font size', () => {
    expect(estimateTextWidth('iiii', 50)).toBeLessThan(estimateTextWidth('mmmm', 50));
    expect(estimateTextWidth('Annex', 100)).toBeCloseTo(2 * estimateTextWidth('Annex', 50));
  });
});

describe('wrapWords', () => {
  it('keeps every word, in order, with each line inside the width', () => {
    const title = 'The NIST AI RMF to ISO/IEC 42001 crosswalk: how to use it and where it stops';
    const lines = wrapWords(title, 60, box.width);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(lineFits(line, 60), line).toBe(true);
  });

  it('breaks a word longer than a line into pieces', () => {
    const word = 'x'.repeat(60);
    const lines = wrapWords(word, 60, box.width);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
  });
});

describe('layoutTitle', () => {
  it('keeps a short title on one line at the largest size', () => {
    expect(layoutTitle('Costs', box)).toEqual({ fontSize: 60, lines: ['Costs'], truncated: false });
  });

  it('steps down a size when the title needs more lines than the largest size allows', () => {
    const title = 'Controls for AI system impact assessment in practice';
    expect(wrapWords(title, 60, box.width).length).toBeGreaterThan(3);
    const layout = layoutTitle(title, box);
    expect(layout.fontSize).toBe(50);
    expect(layout.truncated).toBe(false);
    expect(layout.lines.join(' ')).toBe(title);
  });

  it('cuts a title too long for any size after the last line, with an ellipsis that fits', () => {
    const title = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const layout = layoutTitle(title, box);
    expect(layout).toMatchObject({ fontSize: 50, truncated: true });
    expect(layout.lines).toHaveLength(3);
    const last = layout.lines.at(-1)!;
    expect(last.endsWith('…')).toBe(true);
    expect(estimateTextWidth(last, 50)).toBeLessThanOrEqual(box.width);
    expect(title.startsWith(layout.lines.join(' ').slice(0, -1))).toBe(true);
  });

  it('does not leave punctuation before the ellipsis', () => {
    const title = `${'Governance, '.repeat(30)}end`;
    const last = layoutTitle(title, box).lines.at(-1)!;
    expect(last).toMatch(/[a-z]…$/);
  });

  it('fits every line of the card at most four lines, three at the larger sizes', () => {
    const long = 'ISO/IEC 42006:2025 is published: what changes when you buy ISO 42001 certification, and why';
    for (const title of [long, `${long} ${long}`, `${long} ${long} ${long}`]) {
      const layout = layoutTitle(title);
      const allowed = layout.fontSize === CARD_TITLE_BOX.fontSizes.at(-1) ? 4 : 3;
      expect(layout.lines.length).toBeLessThanOrEqual(allowed);
      for (const line of layout.lines) expect(estimateTextWidth(line, layout.fontSize)).toBeLessThanOrEqual(1056);
    }
  });
});
