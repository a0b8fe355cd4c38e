import { getCollection, type CollectionEntry } from 'astro:content';
import { isScheduled, visibleUpdates } from '../lib/updates';
import { buildDay } from './buildDay';
import { expandCitations } from './regulatory';

export type UpdateEntry = CollectionEntry<'updates'>;

/**
 * Updates this build publishes, with milestone tokens in their titles and descriptions written
 * out. Drafts and scheduled updates (publishDate after today) appear in `astro dev` only. MODE,
 * not DEV: a production build started with NODE_ENV=test (as from a test runner) reports DEV as true.
 */
export async function getPublishedUpdates(): Promise<UpdateEntry[]> {
  const dev = import.meta.env.MODE === 'development';
  const visible = visibleUpdates(await getCollection('updates'), {
    includeDrafts: dev,
    includeScheduled: dev,
    today: buildDay(),
  });
  return Promise.all(visible.map(async (entry) => ({ ...entry, data: await expandCitations(entry.data) })));
}

/** True when the update is only visible because this is the dev server: its day has not come yet. */
export function isScheduledUpdate(entry: UpdateEntry): boolean {
  return isScheduled(entry, buildDay());
}
