/**
 * Finds links between pages of the built site that lead nowhere: a missing page or a missing
 * anchor. Works on HTML text so it can run after the build over `dist/`.
 */
export interface BuiltPage {
  /** Site path of the page, e.g. /controls/a-2-2/. */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const HREF = /<a\b[^>]*?\shref="([^"]+)"/g;
const ID = /\sid="([^"]+)"/g;

function decodeEntities(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/** Internal links (same origin, by path) whose page or anchor does not exist. */
export function findBrokenLinks(pages: readonly BuiltPage[], otherFiles: ReadonlySet<string>): BrokenLink[] {
  const idsByPath = new Map(
    pages.map((page) => [page.path, new Set([...page.html.matchAll(ID)].map((match) => decodeEntities(match[1]!)))]),
  );
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const [, rawHref] of page.html.matchAll(HREF)) {
      const href = decodeEntities(rawHref!);
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      if (href.startsWith('//')) continue;
      const url = new URL(href, `https://site.invalid${page.path}`);
      const path = decodeURIComponent(url.pathname);
      const anchor = decodeURIComponent(url.hash.slice(1));
      const ids = idsByPath.get(path) ?? idsByPath.get(`${path}/`);
      if (!ids) {
        if (!otherFiles.has(path)) broken.push({ page: page.path, href, reason: 'no page or file at this path' });
        continue;
      }
      if (anchor && !ids.has(anchor))
        broken.push({ page: page.path, href, reason: `the page has no element with id "${anchor}"` });
    }
  }
  return broken;
}
