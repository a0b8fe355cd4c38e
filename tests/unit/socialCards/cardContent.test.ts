import { describe, expect, it } from 'vitest';
import { cardCacheKey, cardContent, type CardBrand } from '../../../src/lib/socialCards/cardContent';

const brand: CardBrand = {
  name: 'Northbeam Assurance',
  color: '#1d4ed8',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  host: 'iso42001.northbeam.example',
};
const page = { pathname: '/controls/a-6-2-8/', title: 'A.6.2.8 AI system recording of event logs' };
const key = (changes: { title?: string; pathname?: string; brand?: Partial<CardBrand>; version?: string } = {}) =>
  cardCacheKey(
    cardContent({ ...page, ...changes }, { ...brand, ...changes.brand }),
    changes.version ?? 'design 1; satori 1.0.0',
  );

describe('cardContent', () => {
  it('labels the card with the kind of page its address shows', () => {
    expect(cardContent(page, brand).kindLabel).toBe('Annex A control');
    expect(cardContent({ ...page, pathname: '/estimate/' }, brand).kindLabel).toBe('Free tool');
  });
});

describe('cardCacheKey', () => {
  it('is the same for the same page and brand, so an unchanged page is not drawn again', () => {
    expect(key()).toBe(key());
    expect(key()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes when the title changes', () => {
    expect(key({ title: 'A.6.2.8 Recording of event logs' })).not.toBe(key());
  });

  it('changes when the kind of page changes', () => {
    expect(key({ pathname: '/updates/a-6-2-8/' })).not.toBe(key());
  });

  it('changes with each brand setting the card shows', () => {
    const changed = [
      key({ brand: { name: 'Kestrel Governance Partners' } }),
      key({ brand: { color: '#0f766e' } }),
      key({ brand: { logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>' } }),
      key({ brand: { host: 'ai-assurance.kestrel-governance.example' } }),
    ];
    for (const other of changed) expect(other).not.toBe(key());
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('changes when the renderer (design, libraries or font) changes', () => {
    expect(key({ version: 'design 2; satori 1.0.0' })).not.toBe(key());
  });
});
