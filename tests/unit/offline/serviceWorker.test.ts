import { beforeEach, describe, expect, it } from 'vitest';
import { startServiceWorker, type OfflineManifest } from '../../../src/lib/offline/serviceWorker';
import { SKIP_WAITING_MESSAGE } from '../../../src/lib/offline/workerProtocol';
import { FakeWorkerScope, ORIGIN } from './fakeWorkerScope';

const manifest: OfflineManifest = {
  buildId: '0123456789abcdef',
  precache: ['/', '/assessment/', '/offline/', '/_astro/AssessmentApp.abc123.js', '/brand.css'],
  offlinePage: '/offline/',
};
const CACHE = 'site-offline-0123456789abcdef';

let scope: FakeWorkerScope;

async function installed(openWindows: string[] = []): Promise<FakeWorkerScope> {
  scope = new FakeWorkerScope();
  scope.openWindows = openWindows;
  scope.site.set('/', 'home v1');
  scope.site.set('/assessment/', 'assessment v1');
  scope.site.set('/offline/', 'you are offline');
  scope.site.set('/_astro/AssessmentApp.abc123.js', 'island code');
  scope.site.set('/_astro/storage.def456.js', 'storage code');
  scope.site.set('/brand.css', 'brand v1');
  scope.site.set('/controls/a-6-2-8/', 'control page');
  startServiceWorker(scope.asScope(), manifest);
  await scope.lifecycle('install');
  await scope.lifecycle('activate');
  return scope;
}

const text = async (response: Response | undefined) => response?.text();

describe('service worker: install and activate', () => {
  beforeEach(() => installed());

  it('stores every precached path in the cache named for the build', async () => {
    const cache = scope.cacheStore.get(CACHE);
    expect([...(cache?.entries.keys() ?? [])].sort()).toEqual(
      manifest.precache.map((path) => `${ORIGIN}${path}`).sort(),
    );
  });

  it('deletes caches of earlier builds on activate, and leaves caches it did not create', async () => {
    await scope.caches.open('site-offline-aaaaaaaaaaaaaaaa');
    await scope.caches.open('someone-else');
    await scope.lifecycle('activate');
    expect((await scope.caches.keys()).sort()).toEqual([CACHE, 'someone-else']);
    expect(scope.claimCalls).toBe(2);
  });

  it('also stores the page the visitor landed on, which loaded before the worker existed', async () => {
    await installed([`${ORIGIN}/controls/a-6-2-8/?from=search`, 'https://elsewhere.example/controls/a-6-2-8/']);
    scope.online = false;
    expect(await text(await scope.request('/controls/a-6-2-8/', { mode: 'navigate' }))).toBe('control page');
    expect(scope.fetched.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
  });

  it('fails the install when a precached file is missing, so a broken build never takes over', async () => {
    const broken = new FakeWorkerScope();
    broken.site.set('/', 'home');
    startServiceWorker(broken.asScope(), manifest);
    await expect(broken.lifecycle('install')).rejects.toThrow(/404/);
  });

  it('takes over only when a page asks it to', async () => {
    scope.message('hello');
    expect(scope.skipWaitingCalls).toBe(0);
    scope.message(SKIP_WAITING_MESSAGE);
    expect(scope.skipWaitingCalls).toBe(1);
  });
});

describe('service worker: pages', () => {
  beforeEach(() => installed());

  it('answers from the network while it works, never from a stale copy', async () => {
    scope.site.set('/assessment/', 'assessment v2');
    expect(await text(await scope.request('/assessment/', { mode: 'navigate' }))).toBe('assessment v2');
  });

  it('stores a page opened online and shows it offline, whatever its query', async () => {
    await scope.request('/controls/a-6-2-8/', { mode: 'navigate' });
    scope.online = false;
    expect(await text(await scope.request('/controls/a-6-2-8/?from=search', { mode: 'navigate' }))).toBe(
      'control page',
    );
  });

  it('shows the offline page for a page never opened', async () => {
    scope.online = false;
    expect(await text(await scope.request('/controls/a-5-2/', { mode: 'navigate' }))).toBe('you are offline');
  });

  it('does not store an error page in place of the page', async () => {
    await scope.request('/controls/missing/', { mode: 'navigate' });
    scope.online = false;
    expect(await text(await scope.request('/controls/missing/', { mode: 'navigate' }))).toBe('you are offline');
  });
});

describe('service worker: files', () => {
  beforeEach(() => installed());

  it('answers hashed bundles from the cache without asking the network', async () => {
    scope.fetched.length = 0;
    expect(await text(await scope.request('/_astro/AssessmentApp.abc123.js'))).toBe('island code');
    expect(scope.fetched).toEqual([]);
  });

  it('stores a hashed bundle loaded on demand, for later offline use', async () => {
    await scope.request('/_astro/storage.def456.js');
    scope.online = false;
    expect(await text(await scope.request('/_astro/storage.def456.js'))).toBe('storage code');
  });

  it('fetches unhashed files first and falls back to the stored copy offline', async () => {
    scope.site.set('/brand.css', 'brand v2');
    expect(await text(await scope.request('/brand.css'))).toBe('brand v2');
    scope.online = false;
    expect(await text(await scope.request('/brand.css?v=1'))).toBe('brand v1');
    await expect(scope.request('/pagefind/pagefind.js')).rejects.toThrow(/Failed to fetch/);
  });

  it('leaves other origins and other methods to the browser', async () => {
    expect(await scope.request('https://elsewhere.example/x.js')).toBeUndefined();
    expect(await scope.request('/assessment/', { method: 'POST' })).toBeUndefined();
  });
});
