/**
 * The feeds in dist/ (run after `npm run build`): rss.xml is well-formed RSS 2.0 and feed.json a
 * valid JSON Feed 1.1, each with one item per published update and only absolute links on siteUrl.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../scripts/lib/contentCheck/yamlSource';
import { childrenNamed, childText, parseXml } from './support/xml';

const project = path.resolve(import.meta.dirname, '../..');
const built = (file: string) => readFileSync(path.join(project, 'dist', file), 'utf8');
const { siteUrl } = parse(readFileSync(path.join(project, 'content/settings/site.yaml'), 'utf8')) as { siteUrl: string };
const onSite = new RegExp(`^${siteUrl.replace(/\/$/, '').replaceAll('.', '\\.')}/`);

const buildDay = process.env.SITE_TODAY || new Date().toISOString().slice(0, 10);

/** A title as written, with each `{milestone:…}` token standing for whatever text it renders. */
const titlePattern = (title: string) =>
  new RegExp(`^${title.split(/\{milestone:[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);

/** Published updates from content/updates/: page URL and publication day. */
const published = readdirSync(path.join(project, 'content/updates'))
  .filter((name) => /^[^_].*\.mdx?$/.test(name))
  .map((name) => ({
    url: new URL(`/updates/${name.replace(/\.mdx?$/, '')}/`, siteUrl).href,
    data: parse(splitFrontmatter(readFileSync(path.join(project, 'content/updates', name), 'utf8')).frontmatter) as {
      draft?: boolean;
      publishDate: string;
      title: string;
    },
  }))
  // Drafts and updates scheduled after the build's day are not published.
  .filter((update) => update.data.draft !== true && String(update.data.publishDate) <= buildDay);

const RFC_822 =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|[+-]\d{4})$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('rss.xml', () => {
  const rss = parseXml(built('rss.xml'));
  const [channel] = childrenNamed(rss, 'channel');

  it('is well-formed RSS 2.0 with one channel that has a title, link and description', () => {
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    expect(childrenNamed(rss, 'channel')).toHaveLength(1);
    expect(childText(channel!, 'title')).not.toBe('');
    expect(childText(channel!, 'description')).not.toBe('');
    expect(childText(channel!, 'link')).toMatch(onSite);
  });

  it('has one item per published update, each with a title, absolute link, guid and RFC 822 date', () => {
    const items = childrenNamed(channel!, 'item');
    expect(published.length).toBeGreaterThan(0);
    expect(items.map((item) => childText(item, 'link')).sort()).toEqual(published.map((update) => update.url).sort());
    for (const item of items) {
      const link = childText(item, 'link');
      const update = published.find((candidate) => candidate.url === link)!;
      expect(childText(item, 'title')).toMatch(titlePattern(update.data.title));
      expect(childText(item, 'guid')).toMatch(onSite);
      const pubDate = childText(item, 'pubDate');
      expect(pubDate).toMatch(RFC_822);
      expect(new Date(pubDate).toISOString().slice(0, 10)).toBe(String(update.data.publishDate).slice(0, 10));
      expect(childText(item, 'description').length).toBeGreaterThanOrEqual(50);
    }
  });

  it('has only absolute https links on siteUrl', () => {
    const links = built('rss.xml').match(/<link>[^<]*<\/link>/g) ?? [];
    expect(links.length).toBe(published.length + 1);
    for (const link of links) expect(link.slice(6, -7)).toMatch(onSite);
    expect(siteUrl).toMatch(/^https:\/\//);
  });
});

describe('feed.json', () => {
  const feed = JSON.parse(built('feed.json')) as {
    version: string;
    title: string;
    home_page_url: string;
    feed_url: string;
    items: { id: string; url: string; title: string; content_text?: string; content_html?: string; date_published: string }[];
  };

  it('is a JSON Feed 1.1 with a title and absolute home page and feed URLs', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).not.toBe('');
    expect(feed.home_page_url).toMatch(onSite);
    expect(feed.feed_url).toBe(new URL('/feed.json', siteUrl).href);
  });

  it('has one item per published update, newest first, each with id, url, content and an RFC 3339 date', () => {
    expect(feed.items.map((item) => item.url).sort()).toEqual(published.map((update) => update.url).sort());
    for (const item of feed.items) {
      expect(item.id).toMatch(onSite);
      expect(item.url).toMatch(onSite);
      expect(item.title).not.toBe('');
      expect(item.content_text ?? item.content_html).toBeTruthy();
      expect(item.date_published).toMatch(RFC_3339);
    }
    const dates = feed.items.map((item) => Date.parse(item.date_published));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});
