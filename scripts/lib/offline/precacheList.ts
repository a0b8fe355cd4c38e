// Decides what the service worker stores when it installs: the tools, the home and hub pages, the
// offline page, and every same-origin file those pages load, including the modules the tools import
// on demand (a saved answer must still load offline). Reads the built site, so it runs after the build.
import { findPageAssets, parseAttributes } from '../budgets/pageAssets';
import { dynamicImports, resolveModulePath, staticImports } from '../budgets/moduleGraph';
import { HUB_PAGES, OFFLINE_PAGE, TOOL_PAGES } from '../../../src/lib/offline/offlinePages';

/** Page addresses stored at install: hubs, tools and the offline page. */
export const PRECACHED_PAGES = [...HUB_PAGES, ...TOOL_PAGES].map((page) => page.href).concat(OFFLINE_PAGE);

/** A file of the build by site path ("/_astro/x.js") as text, or undefined when the build has none. */
export type ReadSiteFile = (sitePath: string) => string | undefined;

/** The built file behind a page address: /estimate/ is /estimate/index.html. */
export function pageFile(pagePath: string): string {
  return pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
}

/** A path on this site for `reference` as written in `fromPath`; undefined for other origins and data: URLs. */
export function sameOriginPath(reference: string, fromPath: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(reference) || reference.startsWith('//') || reference.startsWith('#'))
    return undefined;
  const url = new URL(reference, new URL(fromPath, 'http://site.invalid'));
  return url.origin === 'http://site.invalid' ? url.pathname : undefined;
}

/** Images and icons a page shows from this site (the logo, the favicon). */
function pageImages(html: string, pagePath: string): string[] {
  const references: string[] = [];
  for (const match of html.matchAll(/<(img|link)\b([^>]*)>/gi)) {
    const attributes = parseAttributes(match[2] ?? '');
    const isIcon = match[1]?.toLowerCase() === 'link' && (attributes.get('rel') ?? '').split(/\s+/).includes('icon');
    const reference = match[1]?.toLowerCase() === 'img' ? attributes.get('src') : isIcon ? attributes.get('href') : '';
    const path = reference ? sameOriginPath(reference, pagePath) : undefined;
    if (path) references.push(path);
  }
  return references;
}

/** Files a stylesheet pulls in with url(): fonts and images. */
export function stylesheetReferences(css: string, stylesheetPath: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .map((match) => sameOriginPath(match[2] ?? '', stylesheetPath))
    .filter((path): path is string => path !== undefined);
}

/** Every file a page loads from this site at once or on demand: scripts with all their imports, styles, images. */
function filesOfPage(html: string, pagePath: string): string[] {
  const assets = findPageAssets(html);
  const modules = [...assets.externalScripts, ...assets.preloadedModules, ...assets.islandModules]
    .map((reference) => sameOriginPath(reference, pagePath))
    .filter((path): path is string => path !== undefined);
  for (const script of assets.inlineScripts.filter((inline) => inline.type === 'module')) {
    for (const specifier of [...staticImports(script.content), ...dynamicImports(script.content)]) {
      const path = resolveModulePath(specifier, pagePath);
      if (path) modules.push(path);
    }
  }
  const stylesheets = assets.stylesheets
    .map((reference) => sameOriginPath(reference, pagePath))
    .filter((path): path is string => path !== undefined);
  return [...modules, ...stylesheets, ...pageImages(html, pagePath)];
}

export interface PrecacheList {
  /** Page addresses and files, pages first, each once. */
  paths: string[];
  /** References to files the build does not have: the build stops on these. */
  missing: string[];
}

/** Follows scripts through static and dynamic imports and stylesheets through url(), from the listed pages. */
export function precacheList(readSiteFile: ReadSiteFile, pages: readonly string[] = PRECACHED_PAGES): PrecacheList {
  const files = new Set<string>();
  const missing = new Set<string>();
  const queue: string[] = [];
  for (const page of pages) {
    const html = readSiteFile(pageFile(page));
    if (html === undefined) missing.add(page);
    else queue.push(...filesOfPage(html, page));
  }
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (files.has(path) || missing.has(path)) continue;
    const content = readSiteFile(path);
    if (content === undefined) {
      missing.add(path);
      continue;
    }
    files.add(path);
    if (path.endsWith('.js') || path.endsWith('.mjs')) {
      for (const specifier of [...staticImports(content), ...dynamicImports(content)]) {
        const target = resolveModulePath(specifier, path);
        if (target) queue.push(target);
      }
    } else if (path.endsWith('.css')) {
      queue.push(...stylesheetReferences(content, path));
    }
  }
  const foundPages = pages.filter((page) => !missing.has(page));
  return { paths: [...new Set(foundPages), ...[...files].sort()], missing: [...missing].sort() };
}
