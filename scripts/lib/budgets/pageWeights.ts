// The weights the budgets check, for one built page.
import { gzipSize } from './gzipSize';
import { collectModuleGraph, resolveModulePath, staticImports } from './moduleGraph';
import { findPageAssets } from './pageAssets';

export interface PageWeights {
  /** Site path of the page, e.g. /controls/a-6-2-8/ */
  page: string;
  htmlGzipBytes: number;
  /** Inline executable scripts plus every module fetched before interaction, each gzipped. */
  scriptGzipBytes: number;
  /** The JavaScript files counted in scriptGzipBytes, with their gzip sizes. */
  scriptFiles: { path: string; gzipBytes: number }[];
  /** Modules only loaded by import() later (search, lazy tool parts): not counted. */
  lazyModules: string[];
  /** Linked stylesheets plus inline <style>, each gzipped. */
  cssGzipBytes: number;
  /** Scripts or stylesheets the page references that are not in the build. */
  missingFiles: string[];
}

/** A file of the build by site path, or undefined when there is none. */
export type ReadSiteFile = (sitePath: string) => string | undefined;

function sameSitePath(url: string): string | undefined {
  if (/^(https?:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  return url.startsWith('/') ? url.split(/[?#]/)[0] : undefined;
}

export function measurePage(page: string, html: string, readSiteFile: ReadSiteFile): PageWeights {
  const assets = findPageAssets(html);
  // An inline module can import bundled chunks too; those load before it runs.
  const importedByInlineModules = assets.inlineScripts
    .filter((script) => script.type === 'module')
    .flatMap((script) => staticImports(script.content).map((specifier) => resolveModulePath(specifier, page) ?? ''));
  const moduleEntries = [
    ...assets.externalScripts,
    ...assets.preloadedModules,
    ...assets.islandModules,
    ...importedByInlineModules,
  ]
    .map(sameSitePath)
    .filter((path): path is string => path !== undefined);
  const graph = collectModuleGraph(moduleEntries, readSiteFile);
  const scriptFiles = [
    ...assets.inlineScripts.map((script, index) => ({
      path: `${page} inline script ${index + 1}${script.type ? ` (${script.type})` : ''}`,
      gzipBytes: gzipSize(script.content),
    })),
    ...graph.modules.map((path) => ({ path, gzipBytes: gzipSize(readSiteFile(path) ?? '') })),
  ];
  const missingStyles: string[] = [];
  const cssGzipBytes =
    assets.stylesheets.reduce((total, href) => {
      const path = sameSitePath(href);
      const css = path === undefined ? undefined : readSiteFile(path);
      if (css === undefined) {
        missingStyles.push(href);
        return total;
      }
      return total + gzipSize(css);
    }, 0) + assets.inlineStyles.reduce((total, css) => total + gzipSize(css), 0);

  return {
    page,
    htmlGzipBytes: gzipSize(html),
    scriptGzipBytes: scriptFiles.reduce((total, file) => total + file.gzipBytes, 0),
    scriptFiles,
    lazyModules: graph.lazyModules,
    cssGzipBytes,
    missingFiles: [...graph.missing, ...missingStyles],
  };
}

/** "controls/a-6-2-8/index.html" -> "/controls/a-6-2-8/"; "404.html" -> "/404.html". */
export function sitePathOfHtmlFile(relativeFile: string): string {
  return `/${relativeFile.replace(/(^|\/)index\.html$/, '$1')}`;
}
