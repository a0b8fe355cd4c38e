import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/integrations/brokenLinks';

const pages = [
  {
    path: '/',
    html: '<a href="/clauses/6/#6-1-2">risk</a><a href="https://example.com/">out</a><a href="#top">top</a><p id="top"></p>',
  },
  {
    path: '/clauses/6/',
    html: '<h2 id="6-1-2">6.1.2</h2><a href="/controls/a-9-9/">nowhere</a><a href="/clauses/6/#6-9">bad anchor</a>',
  },
];

describe('findBrokenLinks', () => {
  it('accepts links to existing pages, anchors and files, and ignores other origins', () => {
    expect(
      findBrokenLinks(
        [pages[0]!, { path: '/clauses/6/', html: '<h2 id="6-1-2"></h2><a href="/rss.xml">feed</a>' }],
        new Set(['/rss.xml']),
      ),
    ).toEqual([]);
  });

  it('reports a missing page and a missing anchor with the page that links to them', () => {
    expect(findBrokenLinks(pages, new Set())).toEqual([
      { page: '/clauses/6/', href: '/controls/a-9-9/', reason: 'no page or file at this path' },
      { page: '/clauses/6/', href: '/clauses/6/#6-9', reason: 'the page has no element with id "6-9"' },
    ]);
  });
});
