import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/lib/charts/labels';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Gap analysis', 20)).toEqual(['Gap analysis']);
  });

  it('breaks at spaces so no line is longer than the limit', () => {
    const lines = wrapLabel('Certification audit (Stage 1 and Stage 2)', 20);
    expect(lines).toEqual(['Certification audit', '(Stage 1 and Stage', '2)']);
    expect(lines.join(' ')).toBe('Certification audit (Stage 1 and Stage 2)');
  });

  it('gives an over-long word its own line rather than cutting it', () => {
    expect(wrapLabel('a internationalization b', 10)).toEqual(['a', 'internationalization', 'b']);
  });
});
