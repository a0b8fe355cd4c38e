// The service worker's behaviour, written against a small description of its global scope so the
// unit tests can drive it without a browser. src/scripts/serviceWorker.ts starts it with `self`.
import { cacheNameFor, outdatedCaches } from './cacheNames';
import { requestKind } from './requestKinds';
import { SKIP_WAITING_MESSAGE } from './workerProtocol';

/** What the build tells the worker (scripts/lib/offline/precacheList.ts decides it). */
export interface OfflineManifest {
  /** Hex digest of the precached files and the worker's code: a new deployment, a new id. */
  buildId: string;
  /** Site paths fetched and stored when the worker installs. */
  precache: string[];
  /** The page shown for a page that is neither reachable nor stored. */
  offlinePage: string;
}

interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

/** The parts of ServiceWorkerGlobalScope the worker uses. */
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly caches: CacheStorage;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly { readonly url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  fetch(request: Request): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
}

/** The address a page is stored under: without query or fragment, so /estimate/?x finds /estimate/. */
function pageKey(url: string): string {
  const address = new URL(url);
  address.search = '';
  address.hash = '';
  return address.href;
}

export function startServiceWorker(scope: WorkerScope, manifest: OfflineManifest): void {
  const cacheName = cacheNameFor(manifest.buildId);
  const openCache = () => scope.caches.open(cacheName);
  const siteUrl = (path: string) => new URL(path, scope.location.origin).href;
  // A file is known by its address alone: a host's "Vary: Origin" must not hide the stored copy from a
  // module script request, which carries an Origin header the install's requests did not.
  const byAddress = { ignoreVary: true } as const;

  async function precache(): Promise<void> {
    const cache = await openCache();
    // no-cache: revalidate with the server so a page the HTTP cache still holds from the last build
    // is not stored as this build's copy. addAll stores all or nothing.
    await cache.addAll(manifest.precache.map((path) => new Request(siteUrl(path), { cache: 'no-cache' })));
    // The page the visitor landed on loaded before any worker could store it: store it now.
    const openPages = await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' });
    await Promise.all(openPages.map((page) => storeLandingPage(cache, page.url)));
  }

  async function storeLandingPage(cache: Cache, url: string): Promise<void> {
    if (new URL(url).origin !== scope.location.origin) return;
    try {
      const response = await scope.fetch(new Request(url, { cache: 'no-cache' }));
      if (response.ok) await cache.put(pageKey(url), response);
    } catch {
      // Best effort: the page is stored the next time it is opened online.
    }
  }

  async function removeOutdatedCaches(): Promise<void> {
    const outdated = outdatedCaches(await scope.caches.keys(), cacheName);
    await Promise.all(outdated.map((name) => scope.caches.delete(name)));
    // Take over pages opened before the first install, so they work offline without a reload.
    await scope.clients.claim();
  }

  async function answerPage(event: FetchEventLike): Promise<Response> {
    try {
      const response = await scope.fetch(event.request);
      // Only complete answers: ok also leaves out opaque redirects (status 0).
      if (response.ok) {
        const stored = response.clone();
        event.waitUntil(openCache().then((cache) => cache.put(pageKey(event.request.url), stored)));
      }
      return response;
    } catch (networkError) {
      const cache = await openCache();
      const saved =
        (await cache.match(pageKey(event.request.url), byAddress)) ??
        (await cache.match(siteUrl(manifest.offlinePage), byAddress));
      if (saved) return saved;
      throw new Error(`Offline and ${event.request.url} is not stored`, { cause: networkError });
    }
  }

  async function answerHashedAsset(event: FetchEventLike): Promise<Response> {
    const cache = await openCache();
    const saved = await cache.match(event.request, byAddress);
    if (saved) return saved;
    const response = await scope.fetch(event.request);
    if (response.ok) {
      const stored = response.clone();
      event.waitUntil(cache.put(event.request, stored));
    }
    return response;
  }

  async function answerSiteFile(event: FetchEventLike): Promise<Response> {
    try {
      return await scope.fetch(event.request);
    } catch (networkError) {
      const saved = await (await openCache()).match(event.request, { ...byAddress, ignoreSearch: true });
      if (saved) return saved;
      throw networkError;
    }
  }

  scope.addEventListener('install', (event) => event.waitUntil(precache()));
  scope.addEventListener('activate', (event) => event.waitUntil(removeOutdatedCaches()));
  // The new worker waits until the visitor chooses "Reload": pages never switch version under them.
  scope.addEventListener('message', (event) => {
    if (event.data === SKIP_WAITING_MESSAGE) void scope.skipWaiting();
  });
  scope.addEventListener('fetch', (event) => {
    const kind = requestKind(event.request, scope.location.origin);
    if (kind === 'page') event.respondWith(answerPage(event));
    else if (kind === 'hashed-asset') event.respondWith(answerHashedAsset(event));
    else if (kind === 'site-file') event.respondWith(answerSiteFile(event));
  });
}
