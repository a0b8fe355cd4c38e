/**
 * Indicative timeline to certification from the phases on /certification/.
 * Each phase's published range (for a prepared organization of 50-500 people) is multiplied by a
 * size factor and an AI-system-count factor from content data. Within the resulting range, the
 * expected duration sits closer to the high end the lower the readiness:
 * expected = low + (high - low) * (1 - readiness / 100).
 */
import type { Phase, Scoping, TimelineSettings } from './types';

export interface PhaseEstimate {
  id: string;
  name: string;
  lowWeeks: number;
  highWeeks: number;
  expectedWeeks: number;
}

export interface TimelineEstimate {
  phases: PhaseEstimate[];
  totalLowWeeks: number;
  totalHighWeeks: number;
  totalExpectedWeeks: number;
  /** Product of the size and system-count factors (1 when scoping is incomplete). */
  factor: number;
  /** True when the size band or system count was not given, so a factor of 1 was assumed. */
  assumedDefaults: boolean;
}

/** Multiplier for the organization's size band and number of AI systems. */
export function timelineFactor(
  scoping: Scoping,
  settings: TimelineSettings,
): { factor: number; assumedDefaults: boolean } {
  const sizeFactor = scoping.sizeBand ? settings.sizeFactors[scoping.sizeBand] : 1;
  const count = scoping.aiSystemCount;
  const countFactor =
    count === null
      ? 1
      : ([...settings.systemCountFactors]
          .sort((a, b) => a.minSystems - b.minSystems)
          .filter((step) => count >= step.minSystems)
          .at(-1)?.factor ?? 1);
  return { factor: sizeFactor * countFactor, assumedDefaults: scoping.sizeBand === null || count === null };
}

/** Estimates each phase and the total; readiness null (nothing applies) is treated as 0. */
export function estimateTimeline(
  phases: readonly Phase[],
  scoping: Scoping,
  readinessPercent: number | null,
  settings: TimelineSettings,
): TimelineEstimate {
  const { factor, assumedDefaults } = timelineFactor(scoping, settings);
  const remaining = 1 - Math.min(100, Math.max(0, readinessPercent ?? 0)) / 100;
  const estimates = phases.map((phase) => {
    const lowWeeks = Math.max(1, Math.round(phase.minWeeks * factor));
    const highWeeks = Math.max(lowWeeks, Math.round(phase.maxWeeks * factor));
    const expectedWeeks = Math.round(lowWeeks + (highWeeks - lowWeeks) * remaining);
    return { id: phase.id, name: phase.name, lowWeeks, highWeeks, expectedWeeks };
  });
  const sum = (pick: (phase: PhaseEstimate) => number) => estimates.reduce((total, phase) => total + pick(phase), 0);
  return {
    phases: estimates,
    totalLowWeeks: sum((phase) => phase.lowWeeks),
    totalHighWeeks: sum((phase) => phase.highWeeks),
    totalExpectedWeeks: sum((phase) => phase.expectedWeeks),
    factor,
    assumedDefaults,
  };
}
