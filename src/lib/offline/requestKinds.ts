// How the service worker answers each request. Pages go to the network first, so a page is never
// served stale while the network works; hashed bundles never change, so the cache answers them.

/** What a fetch event says about its request (a subset of Request, so tests can build one). */
export interface RequestFacts {
  url: string;
  method: string;
  /** Request.mode: "navigate" for a page the browser is opening. */
  mode: string;
}

export type RequestKind =
  /** A page: network first, saved for offline use, the cached copy or the offline page without a network. */
  | 'page'
  /** A file under /_astro/ (its name changes with its content): cache first. */
  | 'hashed-asset'
  /** Another file of this site (brand.css, the logo, search files): network first, the precached copy without a network. */
  | 'site-file'
  /** Not the worker's business (another origin, or not a GET): the browser handles it as if there were no worker. */
  | 'pass-through';

export const HASHED_ASSET_PREFIX = '/_astro/';

export function requestKind(request: RequestFacts, siteOrigin: string): RequestKind {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== siteOrigin) return 'pass-through';
  if (request.mode === 'navigate') return 'page';
  if (url.pathname.startsWith(HASHED_ASSET_PREFIX)) return 'hashed-asset';
  return 'site-file';
}
