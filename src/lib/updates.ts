/** Which updates a build shows, and in what order. Plain data in, plain data out. */
export interface UpdateSummary {
  id: string;
  data: { publishDate: Date; draft: boolean; tags: string[]; title: string };
}

/** Newest first; drafts only when `includeDrafts` (the dev server), never in production. */
export function visibleUpdates<T extends UpdateSummary>(entries: readonly T[], includeDrafts: boolean): T[] {
  return entries
    .filter((entry) => includeDrafts || !entry.data.draft)
    .sort((a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.id.localeCompare(b.id));
}

/** Every tag in use with how many updates carry it, alphabetically. */
export function countTags(entries: readonly UpdateSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  entries.flatMap((entry) => entry.data.tags).forEach((tag) => counts.set(tag, (counts.get(tag) ?? 0) + 1));
  return [...counts.entries()].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}
