import { describe, expect, it } from 'vitest';
import { cardAltText, cardImagePath, cardKindFromPath } from '../../../src/lib/socialCards/cardModel';

describe('cardKindFromPath', () => {
  it.each([
    ['/', 'home'],
    ['/controls/a-6-2-8/', 'control'],
    ['/clauses/6/', 'clause'],
    ['/industries/healthcare/', 'guide'],
    ['/platforms/aws/', 'guide'],
    ['/services/internal-audit/', 'guide'],
    ['/updates/2026-11-20-eu-ai-act-high-risk-dates-moved/', 'update'],
    ['/assessment/', 'tool'],
    ['/assessment/method/', 'tool'],
    ['/estimate/', 'tool'],
    ['/eu-ai-act/timeline/', 'regulation'],
    ['/faq/', 'faq'],
    ['/costs/', 'guide'],
    ['/certification/', 'guide'],
    ['/404.html', 'page'],
  ])('%s is a %s page', (pathname, kind) => {
    expect(cardKindFromPath(pathname)).toBe(kind);
  });

  it('calls section indexes and listings guides, not one control, clause or update', () => {
    for (const listing of [
      '/controls/',
      '/controls/filter/nist-govern/',
      '/clauses/',
      '/updates/',
      '/updates/page/2/',
    ]) {
      expect(cardKindFromPath(listing), listing).toBe('guide');
    }
    expect(cardKindFromPath('/updates/tags/eu-ai-act/')).toBe('guide');
  });

  it('reads built file names the same way as page addresses', () => {
    expect(cardKindFromPath('/controls/a-6-2-8/index.html')).toBe('control');
    expect(cardKindFromPath('/index.html')).toBe('home');
  });
});

describe('cardImagePath', () => {
  it('gives each page its own PNG under /cards/, the home page included', () => {
    expect(cardImagePath('/controls/a-6-2-8/')).toBe('/cards/controls/a-6-2-8.png');
    expect(cardImagePath('/')).toBe('/cards/index.png');
    expect(cardImagePath('/404.html')).toBe('/cards/404.png');
    expect(cardImagePath('/404/')).toBe('/cards/404.png');
  });
});

describe('cardAltText', () => {
  it('says what the card shows: brand, kind of page and title', () => {
    expect(cardAltText('Clause 6: Planning', 'clause', 'Kestrel')).toBe('Kestrel: Clause: Clause 6: Planning');
  });
});
