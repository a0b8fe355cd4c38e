/**
 * Regulatory milestones as the site uses them: lookup by key, ordering, and what a reader is
 * told about a milestone's legal stage. Plain data in, plain data out.
 */

/** The legal stage a milestone marks; see src/schemas/regulatoryTimeline.ts. */
export type MilestoneStatus = 'proposed' | 'agreed' | 'adopted' | 'in-force' | 'applies';

export interface Milestone {
  id: string;
  instrument: string;
  title: string;
  changes: string;
  date: Date;
  precision: 'day' | 'month';
  previousDate?: Date | undefined;
  status: MilestoneStatus;
  article: string;
  iso42001: string;
  source: { title: string; publisher: string; url: string };
  confidence: 'confirmed' | 'reported';
  checkedAgainst: string;
  caveat?: string | undefined;
  verifiedOn: Date;
  reviewBy: Date;
}

export interface Instrument {
  id: string;
  name: string;
  shortName: string;
}

/** The file every milestone lives in; errors name it so an editor knows where to look. */
export const TIMELINE_FILE = 'content/data/regulatory-timeline.yaml';

/** Site path of a milestone on the timeline page. */
export const milestoneHref = (id: string) => `/eu-ai-act/timeline/#${id}`;

export class UnknownMilestoneError extends Error {
  constructor(
    readonly id: string,
    readonly known: readonly string[],
  ) {
    const suggestion = closestKey(id, known);
    super(
      `Unknown milestone "${id}": no milestone with this id in ${TIMELINE_FILE}` +
        (suggestion ? `; did you mean "${suggestion}"?` : ''),
    );
    this.name = 'UnknownMilestoneError';
  }
}

/** The milestone with this id; throws UnknownMilestoneError, naming the data file, when there is none. */
export function findMilestone<M extends Pick<Milestone, 'id'>>(milestones: readonly M[], id: string): M {
  const found = milestones.find((milestone) => milestone.id === id);
  if (!found)
    throw new UnknownMilestoneError(
      id,
      milestones.map((milestone) => milestone.id),
    );
  return found;
}

/** The known key that shares the longest prefix with `id`, to suggest a fix for a typo. */
export function closestKey(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestLength = 0;
  for (const key of known) {
    let length = 0;
    while (length < Math.min(key.length, id.length) && key[length] === id[length]) length += 1;
    if (length > bestLength) [best, bestLength] = [key, length];
  }
  return bestLength >= 4 ? best : undefined;
}

/** Oldest first; same day by id, so the order never depends on the file's order. */
export function sortMilestones<M extends Pick<Milestone, 'id' | 'date'>>(milestones: readonly M[]): M[] {
  return [...milestones].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
}

/** How far ahead "next" looks on the timeline page; further dates are "later". */
export const NEXT_WINDOW_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Splits milestones around `today` (midnight UTC): past (before today), next (today and the
 * following NEXT_WINDOW_DAYS days) and later. Each part is sorted oldest first.
 */
export function partitionByDate<M extends Pick<Milestone, 'id' | 'date'>>(
  milestones: readonly M[],
  today: Date,
): { past: M[]; next: M[]; later: M[] } {
  const horizon = today.getTime() + NEXT_WINDOW_DAYS * DAY_MS;
  const sorted = sortMilestones(milestones);
  return {
    past: sorted.filter((milestone) => milestone.date.getTime() < today.getTime()),
    next: sorted.filter(
      (milestone) => milestone.date.getTime() >= today.getTime() && milestone.date.getTime() <= horizon,
    ),
    later: sorted.filter((milestone) => milestone.date.getTime() > horizon),
  };
}

/** Words shown next to a date whose milestone is not yet law (proposed or agreed); null otherwise. */
export function stageNote(status: MilestoneStatus): string | null {
  switch (status) {
    case 'proposed':
      return 'proposed';
    case 'agreed':
      return 'agreed';
    default:
      return null;
  }
}

/** Reader-facing name of each stage, for the timeline page and the calendar. */
export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  adopted: 'Adopted',
  'in-force': 'In force',
  applies: 'Applies',
};
