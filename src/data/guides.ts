import { getCollection, type CollectionEntry } from 'astro:content';

export type GuideCollection = 'industries' | 'platforms' | 'services';
export type GuideEntry = CollectionEntry<GuideCollection>;

/** Entries of a guide collection in editor-defined order, ties broken by title. */
export async function getGuides<C extends GuideCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The newest review date among entries, for an index page's "Last updated". */
export function latestUpdate(entries: { data: { updated: Date } }[]): Date {
  return new Date(Math.max(...entries.map((entry) => entry.data.updated.getTime())));
}
