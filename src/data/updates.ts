import { getCollection, type CollectionEntry } from 'astro:content';
import { visibleUpdates } from '../lib/updates';

export type UpdateEntry = CollectionEntry<'updates'>;

/**
 * Updates this build publishes: drafts appear in `astro dev` only. MODE, not DEV: a production
 * build started with NODE_ENV=test (as from a test runner) reports DEV as true.
 */
export async function getPublishedUpdates(): Promise<UpdateEntry[]> {
  return visibleUpdates(await getCollection('updates'), import.meta.env.MODE === 'development');
}
