import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersForPath, headersSetTwice, parseHeadersFile } from '../../../../scripts/lib/hosting/headersFile';

const sample = `# comment
/*
  X-Frame-Options: DENY
  Cache-Control: public, max-age=0

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/updates/:slug/
  X-Robots-Tag: noindex
`;

describe('parseHeadersFile', () => {
  it('reads paths and their indented headers, skipping comments', () => {
    expect(parseHeadersFile(sample).map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', '/updates/:slug/']);
    expect(parseHeadersFile(sample)[0]?.headers).toEqual([
      ['X-Frame-Options', 'DENY'],
      ['Cache-Control', 'public, max-age=0'],
    ]);
  });

  it('names the line of a header without a path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow('_headers line 1');
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(sample);

  it('applies every matching rule and joins a header set twice, as Cloudflare Pages does', () => {
    expect(headersForPath(rules, '/_astro/app.js').get('cache-control')).toBe(
      'public, max-age=0, public, max-age=31536000, immutable',
    );
    expect(headersSetTwice(rules, '/_astro/app.js')).toEqual(['cache-control']);
    expect(headersSetTwice(rules, '/controls/')).toEqual([]);
  });

  it('matches ":name" to one path segment', () => {
    expect(headersForPath(rules, '/updates/new-post/').get('x-robots-tag')).toBe('noindex');
    expect(headersForPath(rules, '/updates/tags/x/').has('x-robots-tag')).toBe(false);
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(
    readFileSync(path.resolve(import.meta.dirname, '../../../../public/_headers'), 'utf8'),
  );
  const paths = [
    '/',
    '/controls/a-6-2-8/',
    '/_astro/client.Ab12.js',
    '/pagefind/pagefind.js',
    '/pagefind/index/en_1.pf_index',
    '/rss.xml',
    '/eu-ai-act/timeline.ics',
  ];

  it('never sets one header twice for a path (Cloudflare would join the values)', () => {
    for (const urlPath of paths) expect(headersSetTwice(rules, urlPath), urlPath).toEqual([]);
  });

  it('caches hashed files for a year and leaves HTML and unhashed files to revalidate', () => {
    expect(headersForPath(rules, '/_astro/client.Ab12.js').get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersForPath(rules, '/pagefind/fragment/en_1.pf_fragment').get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const urlPath of ['/', '/controls/a-6-2-8/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect(headersForPath(rules, urlPath).get('cache-control'), urlPath).toBeUndefined();
    }
  });

  it('serves the regulatory calendar as text/calendar', () => {
    expect(headersForPath(rules, '/eu-ai-act/timeline.ics').get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(headersForPath(rules, '/eu-ai-act/timeline/').has('content-type')).toBe(false);
  });

  it('sends the security headers on every path', () => {
    for (const urlPath of paths) {
      const headers = headersForPath(rules, urlPath);
      expect(headers.get('content-security-policy'), urlPath).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options'), urlPath).toBe('nosniff');
    }
  });

  it('tells browsers to use HTTPS only, for a year at least and on subdomains too (HSTS)', () => {
    for (const urlPath of paths) {
      const hsts = headersForPath(rules, urlPath).get('strict-transport-security') ?? '';
      const directives = hsts.split(';').map((directive) => directive.trim().toLowerCase());
      const maxAge = Number(
        /^max-age=(\d+)$/.exec(directives.find((directive) => directive.startsWith('max-age')) ?? '')?.[1],
      );
      expect(maxAge, `${urlPath}: Strict-Transport-Security max-age in "${hsts}"`).toBeGreaterThanOrEqual(31_536_000);
      expect(directives, urlPath).toContain('includesubdomains');
    }
  });
});
