// Names of the caches the service worker keeps: one per deployment, so a new build starts from a
// clean cache and the old one is deleted when the new worker takes over.

/** Every cache this site's worker creates starts with this; other caches on the origin are left alone. */
export const OFFLINE_CACHE_PREFIX = 'site-offline-';

/** The cache of one deployment: the precached files plus the pages a visitor opened while it was live. */
export function cacheNameFor(buildId: string): string {
  if (!/^[0-9a-f]{8,64}$/.test(buildId)) throw new Error(`Not a build id (hex digest expected): "${buildId}"`);
  return `${OFFLINE_CACHE_PREFIX}${buildId}`;
}

/** Caches an earlier deployment of this site left behind: ours by prefix, and not the current one. */
export function outdatedCaches(cacheNames: readonly string[], currentCacheName: string): string[] {
  return cacheNames.filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX) && name !== currentCacheName);
}
