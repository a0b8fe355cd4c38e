/**
 * The certification timeline as the assessment receives it: every range the shared rule gives
 * (src/lib/estimator/timeline.ts), computed at build time for each combination of answers the
 * scoping step can hold. The island only looks its answer up, so it ships none of the rule's code
 * and cannot drift from the quote estimator.
 */
import type { Role, SizeBand } from './types';

/** Weeks per phase, in the order of the phases, as [min, max]. */
export type PhaseWeeks = [minWeeks: number, maxWeeks: number][];

export interface TimelineTable {
  /** Smallest number of AI systems of each band of content/data/pricing.yaml, ascending. */
  systemBands: number[];
  /** Ranges by timelineKey(). */
  ranges: Record<string, PhaseWeeks>;
}

/** Index of the AI-systems band a count falls in: the last band whose start it reaches, else the first. */
export function systemBandIndex(count: number, systemBands: readonly number[]): number {
  let index = 0;
  systemBands.forEach((from, candidate) => {
    if (count >= from) index = candidate;
  });
  return index;
}

/** The table key of a profile; null answers have keys of their own (they move nothing). */
export function timelineKey(
  profile: { sizeBand: SizeBand | null; aiSystemCount: number | null; role: Role | null; highRisk: boolean },
  systemBands: readonly number[],
): string {
  const band = profile.aiSystemCount === null ? '-' : String(systemBandIndex(profile.aiSystemCount, systemBands));
  return [profile.sizeBand ?? '-', band, profile.role ?? '-', profile.highRisk ? 'high-risk' : '-'].join('|');
}
