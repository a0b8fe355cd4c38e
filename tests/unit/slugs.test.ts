/** The URLs of src/lib/slugs.ts are published: these are the addresses people and search engines hold. */
import { describe, expect, it } from 'vitest';
import {
  clauseAnchor,
  controlFilterKey,
  controlFilterPath,
  controlPath,
  controlSlug,
  referenceHref,
} from '../../src/lib/slugs';

describe('control and clause addresses', () => {
  it('puts a control at its ID in lower case with dots as hyphens', () => {
    expect(controlSlug('A.6.2.8')).toBe('a-6-2-8');
    expect(controlPath('A.10.4')).toBe('/controls/a-10-4/');
    expect(referenceHref('A.10.4')).toBe(controlPath('A.10.4'));
  });

  it('puts a sub-clause at an anchor of its clause page', () => {
    expect(clauseAnchor('6.1.2')).toBe('6-1-2');
    expect(referenceHref('6.1.2')).toBe('/clauses/6/#6-1-2');
    expect(referenceHref('10')).toBe('/clauses/10/');
  });
});

describe('filter views of the control library', () => {
  it('names each view by its kind and the ID it filters on', () => {
    expect(controlFilterPath(controlFilterKey.group('A.6'))).toBe('/controls/filter/group-a-6/');
    expect(controlFilterKey.group('A.10')).toBe('group-a-10');
    expect(controlFilterPath(controlFilterKey.euAiActArticle('Art. 10'))).toBe('/controls/filter/eu-ai-act-art-10/');
    expect(controlFilterKey.nistFunction('MEASURE')).toBe('nist-measure');
    expect(controlFilterPath(controlFilterKey.iso27001)).toBe('/controls/filter/iso-27001/');
  });

  it('keeps distinct IDs apart', () => {
    const groups = ['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10'].map(controlFilterKey.group);
    expect(new Set(groups).size).toBe(groups.length);
    expect(controlFilterKey.euAiActArticle('Art. 1')).not.toBe(controlFilterKey.euAiActArticle('Art. 10'));
  });
});
