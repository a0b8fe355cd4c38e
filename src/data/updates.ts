import { getCollection, type CollectionEntry } from 'astro:content';
import { visibleUpdates } from '../lib/updates';

export type UpdateEntry = CollectionEntry<'updates'>;

/** Updates this build publishes: drafts appear in `astro dev` only. */
export async function getPublishedUpdates(): Promise<UpdateEntry[]> {
  return visibleUpdates(await getCollection('updates'), import.meta.env.DEV);
}
