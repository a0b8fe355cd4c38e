// Finds what a built HTML page loads before anyone interacts with it: scripts, island modules and styles.
// Astro's output is regular enough for a tag scanner; script and style bodies are read verbatim.

export interface InlineScript {
  /** The type attribute ("" for a classic script, "module" for a module). */
  type: string;
  content: string;
}

export interface PageAssets {
  /** src of every external script. */
  externalScripts: string[];
  /** Inline scripts the browser executes (JSON-LD and other data blocks excluded). */
  inlineScripts: InlineScript[];
  /** Modules a <link rel="modulepreload"> fetches up front. */
  preloadedModules: string[];
  /** component-url, renderer-url and before-hydration-url of every <astro-island>. */
  islandModules: string[];
  stylesheets: string[];
  inlineStyles: string[];
}

const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|quot|#39|lt|gt);/g,
    (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name] ?? '',
  );
}

/** Attributes of one start tag's attribute text, names lower-cased. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1];
    if (name) attributes.set(name.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function startTags(html: string, tag: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((match) => parseAttributes(match[1] ?? ''));
}

export function findPageAssets(html: string): PageAssets {
  const assets: PageAssets = {
    externalScripts: [],
    inlineScripts: [],
    preloadedModules: [],
    islandModules: [],
    stylesheets: [],
    inlineStyles: [],
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    const type = (attributes.get('type') ?? '').trim().toLowerCase();
    if (!EXECUTABLE_SCRIPT_TYPES.has(type)) continue;
    const src = attributes.get('src');
    if (src !== undefined) assets.externalScripts.push(src);
    else assets.inlineScripts.push({ type, content: match[2] ?? '' });
  }
  for (const link of startTags(html, 'link')) {
    const rel = (link.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) assets.stylesheets.push(href);
    if (rel.includes('modulepreload')) assets.preloadedModules.push(href);
  }
  for (const island of startTags(html, 'astro-island')) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = island.get(name);
      if (url) assets.islandModules.push(url);
    }
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) assets.inlineStyles.push(match[1] ?? '');
  return {
    ...assets,
    islandModules: [...new Set(assets.islandModules)],
    stylesheets: [...new Set(assets.stylesheets)],
  };
}
