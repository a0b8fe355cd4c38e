/** Which updates a build shows, and in what order. Plain data in, plain data out. */
export interface UpdateSummary {
  id: string;
  data: { publishDate: Date; draft: boolean; tags: string[]; title: string };
}

/** What a build shows besides published updates, and the day it counts as today. */
export interface Visibility {
  /** Show drafts (the dev server only). */
  includeDrafts: boolean;
  /** Show updates whose publishDate is after `today` (the dev server only). */
  includeScheduled: boolean;
  /** Midnight UTC of the build's day. */
  today: Date;
}

/** True when the update's publishDate is after `today`: it appears on its day, at the next build. */
export function isScheduled(entry: UpdateSummary, today: Date): boolean {
  return entry.data.publishDate.getTime() > today.getTime();
}

/**
 * Newest first. Drafts and scheduled updates (publishDate after today) only when asked, which
 * the dev server does; a production build leaves them out of every page, feed and index.
 */
export function visibleUpdates<T extends UpdateSummary>(entries: readonly T[], visibility: Visibility): T[] {
  return entries
    .filter((entry) => visibility.includeDrafts || !entry.data.draft)
    .filter((entry) => visibility.includeScheduled || !isScheduled(entry, visibility.today))
    .sort((a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.id.localeCompare(b.id));
}

/** Every tag in use with how many updates carry it, alphabetically. */
export function countTags(entries: readonly UpdateSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  entries.flatMap((entry) => entry.data.tags).forEach((tag) => counts.set(tag, (counts.get(tag) ?? 0) + 1));
  return [...counts.entries()].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Updates per listing page: keeps /updates/ small however many updates exist. */
export const UPDATES_PER_PAGE = 20;

/** Site path of listing page `page` (1-based): /updates/ then /updates/page/2/ … */
export function updatesPagePath(page: number): string {
  return page <= 1 ? '/updates/' : `/updates/page/${page}/`;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = UPDATES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}
