// A service worker's global scope in memory: caches, a network that can go offline, and events to
// dispatch, so the worker's behaviour (src/lib/offline/serviceWorker.ts) is tested without a browser.
import type { WorkerScope } from '../../../src/lib/offline/serviceWorker';

export const ORIGIN = 'https://guidance.example';

type Listener = (event: never) => void;

function addressOf(request: RequestInfo | URL, ignoreSearch = false): string {
  const url = new URL(typeof request === 'string' || request instanceof URL ? request : request.url, ORIGIN);
  if (ignoreSearch) url.search = '';
  return url.href;
}

class MemoryCache {
  readonly entries = new Map<string, Response>();
  constructor(private readonly network: (request: Request) => Promise<Response>) {}

  async match(request: RequestInfo | URL, options?: CacheQueryOptions): Promise<Response | undefined> {
    const wanted = addressOf(request, options?.ignoreSearch);
    for (const [address, response] of this.entries) {
      // Simplified: a stored answer with Vary is treated as not matching unless the query ignores Vary.
      if (response.headers.has('vary') && !options?.ignoreVary) continue;
      if (addressOf(address, options?.ignoreSearch) === wanted) return response.clone();
    }
    return undefined;
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    this.entries.set(addressOf(request), response);
  }

  /** All or nothing, like the real Cache.addAll. */
  async addAll(requests: Request[]): Promise<void> {
    const responses = await Promise.all(requests.map((request) => this.network(request)));
    const failed = responses.findIndex((response) => !response.ok);
    if (failed >= 0) throw new TypeError(`addAll: ${requests[failed]?.url} answered ${responses[failed]?.status}`);
    requests.forEach((request, index) => this.entries.set(addressOf(request), responses[index] as Response));
  }
}

export class FakeWorkerScope {
  readonly location = { origin: ORIGIN };
  readonly listeners = new Map<string, Listener[]>();
  readonly cacheStore = new Map<string, MemoryCache>();
  /** Site path → body; anything else answers 404. */
  readonly site = new Map<string, string>();
  online = true;
  skipWaitingCalls = 0;
  claimCalls = 0;
  readonly fetched: string[] = [];

  readonly caches = {
    open: async (name: string) => {
      if (!this.cacheStore.has(name)) this.cacheStore.set(name, new MemoryCache((request) => this.fetch(request)));
      return this.cacheStore.get(name) as MemoryCache;
    },
    keys: async () => [...this.cacheStore.keys()],
    delete: async (name: string) => this.cacheStore.delete(name),
  } as unknown as CacheStorage;

  /** Addresses of the windows open on the site. */
  openWindows: string[] = [];
  readonly clients = {
    claim: async () => void this.claimCalls++,
    matchAll: async () => this.openWindows.map((url) => ({ url })),
  };

  async skipWaiting(): Promise<void> {
    this.skipWaitingCalls++;
  }

  async fetch(request: Request): Promise<Response> {
    this.fetched.push(request.url);
    if (!this.online) throw new TypeError('Failed to fetch');
    const body = this.site.get(new URL(request.url).pathname);
    // Vary: Origin, as `astro preview` sends on every file.
    const headers = { vary: 'Origin' };
    return new Response(body ?? 'Not found', { status: body === undefined ? 404 : 200, headers });
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  asScope(): WorkerScope {
    return this as unknown as WorkerScope;
  }

  /** Runs an install or activate event and waits for what it asked to wait for. */
  async lifecycle(type: 'install' | 'activate'): Promise<void> {
    const pending: Promise<unknown>[] = [];
    this.dispatch(type, { waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
    await Promise.all(pending);
  }

  message(data: unknown): void {
    this.dispatch('message', { data });
  }

  /** A fetch event: the worker's answer (undefined when it lets the browser handle the request). */
  async request(
    path: string,
    { mode = 'cors', method = 'GET' }: { mode?: string; method?: string } = {},
  ): Promise<Response | undefined> {
    const pending: Promise<unknown>[] = [];
    let answer: Promise<Response> | undefined;
    // Node cannot build a navigation Request; the worker reads only url, method and mode.
    const request = { url: new URL(path, ORIGIN).href, method, mode } as Request;
    this.dispatch('fetch', {
      request,
      waitUntil: (promise: Promise<unknown>) => pending.push(promise),
      respondWith: (response: Promise<Response>) => (answer = response),
    });
    const response = await answer;
    await Promise.all(pending);
    return response;
  }

  private dispatch(type: string, event: object): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event as never);
  }
}
