import { describe, expect, it } from 'vitest';
import { cacheNameFor, outdatedCaches } from '../../../src/lib/offline/cacheNames';
import { requestKind } from '../../../src/lib/offline/requestKinds';

describe('cache names', () => {
  it('names one cache per build id, and refuses anything that is not a hex digest', () => {
    expect(cacheNameFor('0123456789abcdef')).toBe('site-offline-0123456789abcdef');
    expect(cacheNameFor('0123456789abcdef')).not.toBe(cacheNameFor('fedcba9876543210'));
    expect(() => cacheNameFor('')).toThrow(/build id/);
    expect(() => cacheNameFor('v1 ; drop')).toThrow(/build id/);
  });

  it('finds the caches of earlier builds only', () => {
    const current = cacheNameFor('bbbbbbbbbbbbbbbb');
    const names = ['site-offline-aaaaaaaaaaaaaaaa', current, 'pagefind-cache', 'site-offline-cccccccccccccccc'];
    expect(outdatedCaches(names, current)).toEqual(['site-offline-aaaaaaaaaaaaaaaa', 'site-offline-cccccccccccccccc']);
  });
});

describe('request kinds', () => {
  const origin = 'https://guidance.example';
  const kindOf = (url: string, mode = 'cors', method = 'GET') => requestKind({ url, mode, method }, origin);

  it('treats navigations as pages, /_astro/ files as hashed and other same-origin files apart', () => {
    expect(kindOf(`${origin}/controls/a-6-2-8/`, 'navigate')).toBe('page');
    expect(kindOf(`${origin}/_astro/client.OzTcoKK0.js`)).toBe('hashed-asset');
    expect(kindOf(`${origin}/brand.css`)).toBe('site-file');
    expect(kindOf(`${origin}/_astrology/`)).toBe('site-file');
  });

  it('passes through other origins and anything but GET', () => {
    expect(kindOf('https://evil.example/_astro/x.js')).toBe('pass-through');
    expect(kindOf(`${origin}/assessment/`, 'navigate', 'POST')).toBe('pass-through');
  });
});
