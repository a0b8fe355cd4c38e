import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { dataFilePath, type DataFileName } from '../schemas/collections';
import type { SiteSettings } from '../schemas/settings';
import { expandCitations } from './regulatory';

/** Brand and site-wide settings from content/settings/site.yaml (or SITE_SETTINGS). */
export async function getSiteSettings(): Promise<SiteSettings> {
  const [entry] = await getCollection('settings');
  if (!entry) throw new Error('content/settings/site.yaml is missing: the site needs its brand settings');
  return entry.data;
}

/**
 * A singleton data file from content/data/, failing with its path when it is missing. Milestone
 * tokens in its text (`{milestone:…}`) come back written out from the regulatory timeline.
 */
export async function getDataFile<C extends DataFileName>(collection: C): Promise<CollectionEntry<C>['data']> {
  const entry = (await getEntry(collection, collection)) as CollectionEntry<C> | undefined;
  if (!entry) throw new Error(`${dataFilePath(collection)} is missing`);
  return collection === 'regulatory-timeline' ? entry.data : expandCitations(entry.data);
}
