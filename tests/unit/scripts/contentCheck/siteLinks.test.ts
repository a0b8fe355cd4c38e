import { describe, expect, it } from 'vitest';
import {
  bodyLinkProblems,
  builtLinkProblems,
  closestPage,
  pagePathOf,
  readBuiltSite,
  type BuiltSite,
} from '../../../../scripts/lib/contentCheck/siteLinks';
import { withTempTree } from '../../support/tempTree';

const page = (pagePath: string, html: string) => ({ path: pagePath, html });
const site: BuiltSite = {
  dir: 'dist',
  pages: [
    page('/', '<a href="/controls/a-6-2-8/">x</a>\n<a href="/privacy/">Privacy</a>'),
    page('/controls/a-6-2-8/', '<h2 id="evidence">Evidence</h2><a href="/privacy/">Privacy</a>'),
    page('/clauses/6/', '<h3 id="6-1-2">6.1.2</h3>'),
    page('/updates/2026-11-20-news/', '<h2 id="what-moved">What moved</h2><a href="/controls/a-9-9/">bad</a>'),
  ],
  files: new Set(['/index.html', '/rss.xml', '/logo.svg']),
};

describe('pagePathOf', () => {
  it('knows which page a content file becomes', () => {
    expect(pagePathOf('content/updates/2026-11-20-news.mdx')).toBe('/updates/2026-11-20-news/');
    expect(pagePathOf('content/data/faq.yaml')).toBeUndefined();
  });
});

describe('bodyLinkProblems', () => {
  it('reports links to missing pages, files and sections at their source line, with a suggestion', () => {
    const links = [
      { href: '/controls/a-6-2-8/#evidence', line: 3 },
      { href: '/controls/a-6-2-9/', line: 4 },
      { href: '/clauses/6/#6-1-9', line: 5 },
      { href: '/rss.xml', line: 6 },
      { href: '/logo.sgv', line: 7 },
      { href: '#what-moved', line: 8 },
      { href: '#nowhere', line: 9 },
      { href: 'https://example.com/missing/', line: 10 },
    ];
    expect(bodyLinkProblems([{ file: 'content/updates/2026-11-20-news.mdx', links }], site)).toEqual([
      {
        file: 'content/updates/2026-11-20-news.mdx',
        line: 4,
        what: 'link to /controls/a-6-2-9/: no page or file at /controls/a-6-2-9/',
        expected: 'a path that exists, such as /controls/a-6-2-8/',
      },
      {
        file: 'content/updates/2026-11-20-news.mdx',
        line: 5,
        what: 'link to /clauses/6/#6-1-9: the page has no section "#6-1-9"',
        expected: 'an anchor that exists on /clauses/6/, or no anchor',
      },
      {
        file: 'content/updates/2026-11-20-news.mdx',
        line: 7,
        what: 'link to /logo.sgv: no page or file at /logo.sgv',
        expected: 'a path that exists, such as /logo.svg',
      },
      {
        file: 'content/updates/2026-11-20-news.mdx',
        line: 9,
        what: 'link to #nowhere: the page has no section "#nowhere"',
        expected: 'an anchor that exists on /updates/2026-11-20-news/, or no anchor',
      },
    ]);
  });

  it('suggests nothing when no page is close', () => {
    expect(closestPage('/completely/different/place/', ['/', '/faq/'])).toBeUndefined();
  });
});

describe('builtLinkProblems', () => {
  it('reports each broken link once with how many pages carry it, skipping links reported at their source', () => {
    const fromSource = [
      { file: 'content/updates/2026-11-20-news.mdx', line: 9, what: 'link to /controls/a-9-9/: no page', expected: '' },
    ];
    expect(builtLinkProblems(site, fromSource)).toEqual([
      {
        file: 'dist/index.html',
        line: 2,
        what: 'link to /privacy/: no page or file at this path (on 2 pages, e.g. /, /controls/a-6-2-8/)',
        expected: expect.stringContaining('a link to a page or section that exists'),
      },
    ]);
  });
});

describe('readBuiltSite', () => {
  it('reads pages by the path the site serves them at', () => {
    const files = {
      'dist/index.html': '<p>home</p>',
      'dist/faq/index.html': '<p>faq</p>',
      'dist/404.html': '<p>404</p>',
      'dist/rss.xml': '<rss/>',
    };
    withTempTree('built-site', files, (root) => {
      const built = readBuiltSite(root);
      expect(built.pages.map((builtPage) => builtPage.path).sort()).toEqual(['/', '/404.html', '/faq/']);
      expect(built.files.has('/rss.xml')).toBe(true);
    });
  });
});
