/**
 * dist/sw.js (run after `npm run build`): it stores only files of this site that the build has,
 * everything the tools load (on-demand modules included, so a saved answer opens offline),
 * and its build id is the digest of those files as they are in dist/; every page may register it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectModuleGraph } from '../../scripts/lib/budgets/moduleGraph';
import { findPageAssets } from '../../scripts/lib/budgets/pageAssets';
import { parseHeadersFile, headersForPath } from '../../scripts/lib/hosting/headersFile';
import { pageFile } from '../../scripts/lib/offline/precacheList';
import { buildIdFor, MANIFEST_GLOBAL } from '../../scripts/lib/offline/workerScript';
import { OFFLINE_PAGE, TOOL_PAGES } from '../../src/lib/offline/offlinePages';
import type { OfflineManifest } from '../../src/lib/offline/serviceWorker';
import { distDir, htmlFiles, readSiteFile } from './support/builtSite';

const script = readSiteFile('/sw.js');
if (script === undefined) throw new Error('dist/sw.js is missing: the service worker integration did not run');
const [, manifestJson, workerCode] = script.match(new RegExp(`^var ${MANIFEST_GLOBAL}=(.*);\\n([\\s\\S]*)$`, 'm')) ?? [];
const manifest = JSON.parse(manifestJson ?? 'null') as OfflineManifest;
const stored = new Set(manifest.precache);

const page = (sitePath: string) => {
  const html = readSiteFile(pageFile(sitePath));
  if (html === undefined) throw new Error(`${sitePath} is not in dist/`);
  return html;
};

/** worker-src, or the directive it falls back to (child-src, then script-src, then default-src). */
function workerSources(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources] as const),
  );
  for (const name of ['worker-src', 'child-src', 'script-src', 'default-src']) {
    const sources = directives.get(name);
    if (sources) return sources;
  }
  return ['*'];
}

describe('dist/sw.js', () => {
  it('lists only paths on this site, each a file in dist/, each once', () => {
    expect(manifest.precache.length).toBeGreaterThan(10);
    expect(stored.size).toBe(manifest.precache.length);
    for (const sitePath of manifest.precache) {
      expect(sitePath, 'a path on this site').toMatch(/^\/(?!\/)/);
      expect(readSiteFile(pageFile(sitePath)), `${sitePath} in dist/`).toBeDefined();
    }
  });

  it('stores the tools, the home page and the offline page, which it shows for pages not stored', () => {
    for (const sitePath of [...TOOL_PAGES.map((tool) => tool.href), '/', OFFLINE_PAGE]) {
      expect(stored.has(sitePath), sitePath).toBe(true);
    }
    expect(manifest.offlinePage).toBe(OFFLINE_PAGE);
    expect(page(OFFLINE_PAGE)).toContain('You are offline');
  });

  it.each(TOOL_PAGES.map((tool) => tool.href))('stores every file %s loads, at once or on demand', (toolPage) => {
    const html = page(toolPage);
    const assets = findPageAssets(html);
    const entries = [...assets.externalScripts, ...assets.preloadedModules, ...assets.islandModules];
    // Every module reachable by static imports, then by import() from those, until nothing new turns up.
    const modules = new Set<string>();
    let frontier = entries;
    while (frontier.length > 0) {
      const graph = collectModuleGraph(frontier, readSiteFile);
      expect(graph.missing, `${toolPage} imports files dist/ lacks`).toEqual([]);
      graph.modules.forEach((module) => modules.add(module));
      frontier = graph.lazyModules.filter((module) => !modules.has(module));
    }
    // Any /_astro/ path written anywhere in the page, however it is referenced.
    const mentioned = [...html.matchAll(/\/_astro\/[^"'`\s)<>]+/g)].map((match) => match[0]);
    const needed = [...modules, ...assets.stylesheets, ...mentioned];
    expect(needed.length).toBeGreaterThan(5);
    expect(needed.filter((file) => !stored.has(file))).toEqual([]);
  });

  it('carries a build id that is the digest of the stored files as they are in dist/ and of the worker', () => {
    const files = manifest.precache.map((sitePath) => ({
      path: sitePath,
      content: readFileSync(path.join(distDir, pageFile(sitePath))),
    }));
    expect(manifest.buildId).toBe(buildIdFor(files, workerCode ?? ''));
  });

  it('may be registered from every page: worker-src allows this origin in each page and in the headers', () => {
    const headerPolicy = headersForPath(
      parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8')),
      '/',
    ).get('content-security-policy');
    expect(workerSources(headerPolicy ?? '')).toContain("'self'");
    for (const file of htmlFiles()) {
      const html = readFileSync(path.join(distDir, file), 'utf8');
      const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
      expect(policy, `${file} has a Content-Security-Policy`).toBeDefined();
      expect(workerSources(policy ?? ''), file).toContain("'self'");
    }
  });
});
