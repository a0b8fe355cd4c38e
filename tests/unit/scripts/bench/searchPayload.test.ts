import { describe, expect, it } from 'vitest';
import { pagefindBytes } from '../../../../scripts/lib/bench/searchPayload';

describe('pagefindBytes', () => {
  it('sums only what came from /pagefind/', () => {
    expect(
      pagefindBytes([
        { url: 'http://127.0.0.1:4000/search/?q=governance', bytes: 5000 },
        { url: 'http://127.0.0.1:4000/pagefind/pagefind.js', bytes: 12000 },
        { url: 'http://127.0.0.1:4000/pagefind/fragment/en_1.pf_fragment', bytes: 800 },
        { url: 'http://127.0.0.1:4000/_astro/pagefind-like.js', bytes: 999 },
      ]),
    ).toBe(12800);
  });
});
