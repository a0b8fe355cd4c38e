/**
 * Link checks against the built site in dist/: links written in Markdown bodies (reported at
 * their source line) and every internal link of every built page (src/integrations/brokenLinks.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listSitePaths } from '../files/listFiles';
import { findBrokenLinks, type BrokenLink, type BuiltPage } from '../../../src/integrations/brokenLinks';
import { PAGE_FOLDER_NAMES } from '../../../src/schemas/collections';
import type { BodyLink } from './markdownBody';
import type { CheckProblem } from './problems';

export interface BuiltSite {
  /** Directory of the build relative to the project, e.g. dist. */
  dir: string;
  pages: BuiltPage[];
  /** Every file's site path, e.g. /rss.xml. */
  files: Set<string>;
}

/** Reads every page of a build (paths as the site serves them: /controls/a-2-2/). */
export function readBuiltSite(root: string, distDir = 'dist'): BuiltSite {
  const base = path.join(root, distDir);
  const files = listSitePaths(base);
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      path: file === '/404.html' ? file : file.replace(/index\.html$/, ''),
      html: readFileSync(path.join(base, file), 'utf8'),
    }));
  return { dir: distDir, pages, files: new Set(files) };
}

const pageFile = new RegExp(`^content/(${PAGE_FOLDER_NAMES.join('|')})/([^/]+)\\.mdx?$`);

/** The page a content file becomes: content/updates/x.mdx -> /updates/x/. */
export function pagePathOf(file: string): string | undefined {
  const match = pageFile.exec(file);
  return match ? `/${match[1]}/${match[2]}/` : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The existing page closest to a wrong path, to suggest in the message. */
export function closestPage(wrongPath: string, pages: readonly string[]): string | undefined {
  let best: { page: string; distance: number } | undefined;
  for (const page of pages) {
    const distance = editDistance(wrongPath, page);
    if (!best || distance < best.distance) best = { page, distance };
  }
  return best && best.distance <= Math.max(3, wrongPath.length / 3) ? best.page : undefined;
}

/** Why `href` (from the page at `fromPath`) leads nowhere on the built site, or undefined when it works. */
function whyBroken(
  href: string,
  fromPath: string,
  site: BuiltSite,
  ids: Map<string, Set<string>>,
): { what: string; expected: string } | undefined {
  const url = new URL(href, `https://site.invalid${fromPath}`);
  const target = decodeURIComponent(url.pathname);
  const anchor = decodeURIComponent(url.hash.slice(1));
  const pageIds = ids.get(target) ?? ids.get(`${target}/`);
  if (!pageIds) {
    if (site.files.has(target)) return undefined;
    // Suggest a file for a file-like path (/logo.svg), a page otherwise.
    const isFile = /\.[a-z0-9]+$/i.test(target);
    const candidates = isFile
      ? [...site.files].filter((file) => !/^\/(?:_astro|pagefind)\/|\.html$/.test(file))
      : [...ids.keys()];
    const suggestion = closestPage(target, candidates);
    const fallback = isFile
      ? `a file in public/ (public${target} is served as ${target})`
      : 'the path of a page that exists on the site, starting and ending with "/"';
    return {
      what: `link to ${href}: no page or file at ${target}`,
      expected: suggestion ? `a path that exists, such as ${suggestion}` : fallback,
    };
  }
  if (anchor && !pageIds.has(anchor)) {
    return {
      what: `link to ${href}: the page has no section "#${anchor}"`,
      expected: `an anchor that exists on ${target}, or no anchor`,
    };
  }
  return undefined;
}

function idsByPage(site: BuiltSite): Map<string, Set<string>> {
  return new Map(
    site.pages.map((page) => [
      page.path,
      new Set([...page.html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)),
    ]),
  );
}

const isSiteLink = (href: string) => (href.startsWith('/') && !href.startsWith('//')) || href.startsWith('#');

/** Links in Markdown bodies that lead nowhere on the built site, at their source line. */
export function bodyLinkProblems(
  bodyLinks: readonly { file: string; links: readonly BodyLink[] }[],
  site: BuiltSite,
): CheckProblem[] {
  const ids = idsByPage(site);
  const problems: CheckProblem[] = [];
  for (const { file, links } of bodyLinks) {
    const fromPath = pagePathOf(file) ?? '/';
    for (const link of links.filter((candidate) => isSiteLink(candidate.href))) {
      // A same-page anchor in a file that is not a page of its own (a draft) cannot be checked.
      if (link.href.startsWith('#') && !ids.has(fromPath)) continue;
      const broken = whyBroken(link.href, fromPath, site, ids);
      if (broken) problems.push({ file, line: link.line, ...broken });
    }
  }
  return problems;
}

/** 1-based line of the first `href="…"` of `href` in a page's HTML. */
function lineOfHref(html: string, href: string): number {
  const escaped = href.replaceAll('&', '&amp;');
  const index = Math.max(html.indexOf(`href="${escaped}"`), html.indexOf(`href="${href}"`));
  return index < 0 ? 0 : html.slice(0, index).split('\n').length;
}

/** The href a link problem is about, read back from its message. */
const hrefOf = (problem: CheckProblem) => /^link to (\S+):/.exec(problem.what)?.[1];

/**
 * Broken internal links anywhere in the build, one problem per wrong link however many pages
 * carry it (a bad link in site settings is on every page), reported in the first built file.
 * Links already reported at their source (`alreadyReported`) are left out: one mistake, one line.
 */
export function builtLinkProblems(site: BuiltSite, alreadyReported: readonly CheckProblem[] = []): CheckProblem[] {
  const reported = new Set(alreadyReported.map(hrefOf));
  const htmlByPath = new Map(site.pages.map((page) => [page.path, page.html]));
  const groups = new Map<string, BrokenLink[]>();
  for (const link of findBrokenLinks(site.pages, site.files)) {
    if (reported.has(link.href)) continue;
    const key = `${link.href}\n${link.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  return [...groups.values()].map((links) => {
    const first = links[0]!;
    const where =
      links.length > 1
        ? ` (on ${links.length} pages, e.g. ${links
            .slice(0, 3)
            .map((link) => link.page)
            .join(', ')})`
        : '';
    return {
      file: `${site.dir}${first.page === '/404.html' ? first.page : `${first.page}index.html`}`,
      line: lineOfHref(htmlByPath.get(first.page) ?? '', first.href),
      what: `link to ${first.href}: ${first.reason}${where}`,
      expected: 'a link to a page or section that exists; fix it in the content or template that makes the page',
    };
  });
}
