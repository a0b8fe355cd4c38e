import { describe, expect, it } from 'vitest';
import {
  formatLighthouseTable,
  formatLostPoints,
  medianRun,
  newestUpdatePage,
  pagesBelow,
  summarizeLighthouse,
  type LighthouseResult,
} from '../../../../scripts/lib/lighthouse/summary';

function result(performance: number, overrides: Partial<LighthouseResult['audits']> = {}): LighthouseResult {
  const audits: LighthouseResult['audits'] = {
    'largest-contentful-paint': {
      id: 'largest-contentful-paint',
      title: 'Largest Contentful Paint',
      score: 1,
      numericValue: 1234,
    },
    'total-blocking-time': { id: 'total-blocking-time', title: 'Total Blocking Time', score: 1, numericValue: 40.4 },
    'cumulative-layout-shift': {
      id: 'cumulative-layout-shift',
      title: 'Cumulative Layout Shift',
      score: 1,
      numericValue: 0,
    },
    'color-contrast': {
      id: 'color-contrast',
      title: 'Background and foreground colors have a sufficient contrast ratio',
      score: 1,
    },
    ...overrides,
  } as LighthouseResult['audits'];
  return {
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'total-blocking-time', weight: 30 },
          { id: 'cumulative-layout-shift', weight: 25 },
        ],
      },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 0.92, auditRefs: [] },
    },
    audits,
  };
}

describe('summarizeLighthouse', () => {
  it('reads scores as 0-100 and the three metrics', () => {
    const summary = summarizeLighthouse('/', result(0.99));
    expect(summary.scores).toEqual({ performance: 99, accessibility: 100, 'best-practices': 100, seo: 92 });
    expect(summary.lcpMs).toBe(1234);
    expect(summary.tbtMs).toBeCloseTo(40.4);
    expect(summary.cls).toBe(0);
    expect(summary.lostPoints).toEqual([]);
  });

  it('explains lost points with the elements an audit names', () => {
    const summary = summarizeLighthouse(
      '/estimate/',
      result(0.9, {
        'color-contrast': {
          id: 'color-contrast',
          title: 'Contrast',
          score: 0,
          details: { items: [{ node: { selector: 'main > p.muted', snippet: '<p class="muted">' } }] },
        },
        'total-blocking-time': {
          id: 'total-blocking-time',
          title: 'Total Blocking Time',
          score: 0.5,
          numericValue: 600,
          displayValue: '600 ms',
        },
        'bootup-time': {
          id: 'bootup-time',
          title: 'JavaScript execution time',
          score: 1,
          details: { items: [{ url: '/_astro/client.js', scripting: 512.4 }] },
        },
      }),
    );
    expect(formatLostPoints(summary)).toEqual([
      '/estimate/ performance: total-blocking-time "Total Blocking Time" score 0.5 (600 ms)',
      '    /_astro/client.js 512 ms scripting',
      '/estimate/ accessibility: color-contrast "Contrast" score 0',
      '    main > p.muted <p class="muted">',
    ]);
  });
});

describe('pagesBelow and the table', () => {
  it('lists every category under the threshold and prints one row per page', () => {
    const summaries = [summarizeLighthouse('/', result(1)), summarizeLighthouse('/estimate/', result(0.93))];
    expect(pagesBelow(summaries, 95)).toEqual(['/ seo 92', '/estimate/ performance 93', '/estimate/ seo 92']);
    const table = formatLighthouseTable(summaries);
    expect(table[0]).toMatch(/^Page\s+Perf\s+A11y\s+BP\s+SEO\s+LCP\s+TBT\s+CLS$/);
    expect(table[1]).toMatch(/^\/\s+100\s+100\s+100\s+92\s+1\.2 s\s+40 ms\s+0\.000$/);
  });
});

describe('medianRun', () => {
  it('picks the run with the median performance score', () => {
    const runs = [0.8, 0.99, 0.9].map((score) => summarizeLighthouse('/', result(score)));
    expect(medianRun(runs).scores.performance).toBe(90);
  });
});

describe('newestUpdatePage', () => {
  it('picks the latest dated folder, ignoring tag pages', () => {
    expect(newestUpdatePage(['2025-07-31-a', 'tags', 'index.html', '2026-11-20-b', '2026-09-10-c'])).toBe(
      '/updates/2026-11-20-b/',
    );
    expect(newestUpdatePage(['tags'])).toBeUndefined();
  });
});
