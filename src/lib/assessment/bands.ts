/**
 * Readiness bands come from content data. Rule: the highest band whose minimum percentage is
 * reached applies, unless that band also requires no open priority-1 gap and one is open.
 */
import type { Band } from './types';

/** The band for an overall readiness, or null when nothing applies (percent is null). */
export function readinessBand(percent: number | null, essentialGaps: number, bands: readonly Band[]): Band | null {
  if (percent === null) return null;
  const highestFirst = [...bands].sort((a, b) => b.minPercent - a.minPercent);
  return (
    highestFirst.find((band) => percent >= band.minPercent && (!band.requiresNoEssentialGaps || essentialGaps === 0)) ??
    highestFirst.at(-1) ??
    null
  );
}

/** True when the lowest band applies: the timeline then warns that groundwork comes first. */
export function isLowestBand(band: Band | null, bands: readonly Band[]): boolean {
  if (!band) return false;
  return bands.every((other) => other.minPercent >= band.minPercent);
}
