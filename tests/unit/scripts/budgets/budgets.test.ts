import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  formatKilobytes,
  imageBudgetFailures,
  pageBudgetFailures,
} from '../../../../scripts/lib/budgets/budgets';
import type { PageWeights } from '../../../../scripts/lib/budgets/pageWeights';

function weights(page: string, overrides: Partial<PageWeights> = {}): PageWeights {
  return {
    page,
    htmlGzipBytes: 5000,
    scriptGzipBytes: 600,
    scriptFiles: [],
    lazyModules: [],
    cssGzipBytes: 3000,
    missingFiles: [],
    ...overrides,
  };
}

describe('pageBudgetFailures', () => {
  it('passes pages within every budget', () => {
    expect(pageBudgetFailures(weights('/controls/a-2-2/'))).toEqual([]);
    expect(pageBudgetFailures(weights('/estimate/', { scriptGzipBytes: 80 * 1000 }))).toEqual([]);
  });

  it('names the page, the figure and the budget', () => {
    const failures = pageBudgetFailures(
      weights('/controls/a-2-2/', {
        htmlGzipBytes: 61 * 1000,
        scriptGzipBytes: 4 * 1000,
        scriptFiles: [{ path: '/_astro/big.js', gzipBytes: 4 * 1000 }],
        cssGzipBytes: 31 * 1000,
      }),
    );
    expect(failures).toEqual([
      '/controls/a-2-2/: HTML (gzip) is 61.0 KB, over the 60.0 KB budget',
      '/controls/a-2-2/: JavaScript loaded before interaction (gzip) is 4.0 KB, over the 3.0 KB budget (largest: /_astro/big.js 4.0 KB)',
      '/controls/a-2-2/: CSS (gzip) is 31.0 KB, over the 30.0 KB budget',
    ]);
  });

  it('gives the tool pages their own JavaScript budget', () => {
    expect(pageBudgetFailures(weights('/assessment/', { scriptGzipBytes: 96 * 1000 }))).toEqual([
      '/assessment/: JavaScript (gzip) is 96.0 KB, over the 95.0 KB budget',
    ]);
  });

  it('reports referenced files that are not in the build', () => {
    expect(pageBudgetFailures(weights('/', { missingFiles: ['/_astro/gone.js'] }))).toEqual([
      '/: references /_astro/gone.js, which is not in the build',
    ]);
  });
});

describe('imageBudgetFailures', () => {
  it('flags images over 200 KB', () => {
    expect(
      imageBudgetFailures([
        { file: 'logo.svg', bytes: 2000 },
        { file: 'hero.png', bytes: BUDGETS.imageBytes + 1 },
      ]),
    ).toEqual([`/hero.png: image size is ${formatKilobytes(BUDGETS.imageBytes + 1)}, over the 200.0 KB budget`]);
  });
});
