/**
 * Indicative timeline to certification. The ranges come from the same rule as the quote estimator
 * (src/lib/estimator/timeline.ts): the phases on /certification/ moved by the week effects of
 * content/data/pricing.yaml for the organization's size, AI systems, role and high-risk use, so
 * the same organization gets the same range in both tools. The rule is evaluated at build time
 * into a table (timelineTable.ts); the assessment does not ask about certifications held or an
 * existing inventory, because readiness stands for work already done. Within each range the
 * expected duration sits closer to the high end the lower the readiness:
 * expected = low + (high - low) * (1 - readiness / 100).
 */
import { timelineKey, type TimelineTable } from './timelineTable';
import type { Phase, Scoping } from './types';

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
  /** How far the rule moved the published total: high end of the range over the published high end, to 2 decimals. */
  factor: number;
  /** True when the size band or system count was not given, so neither moved the range. */
  assumedDefaults: boolean;
}

/** What the shared timeline rule knows from the scoping step; unanswered questions move nothing. */
export function timelineProfile(scoping: Scoping) {
  return {
    sizeBand: scoping.sizeBand,
    aiSystemCount: scoping.aiSystemCount,
    highRisk: scoping.euExposure === 'high-risk',
    role: scoping.role,
  };
}

/** Estimates each phase and the total; readiness null (nothing applies) is treated as 0. */
export function estimateTimeline(
  phases: readonly Phase[],
  scoping: Scoping,
  readinessPercent: number | null,
  table: TimelineTable,
): TimelineEstimate {
  const key = timelineKey(timelineProfile(scoping), table.systemBands);
  const ranges = table.ranges[key];
  if (!ranges || ranges.length !== phases.length) {
    throw new Error(`The timeline table has no ranges for "${key}": rebuild it from the same phases`);
  }
  const remaining = 1 - Math.min(100, Math.max(0, readinessPercent ?? 0)) / 100;
  const estimates = phases.map((phase, index) => {
    const [lowWeeks, highWeeks] = ranges[index]!;
    return {
      id: phase.id,
      name: phase.name,
      lowWeeks,
      highWeeks,
      expectedWeeks: Math.round(lowWeeks + (highWeeks - lowWeeks) * remaining),
    };
  });
  const sum = (pick: (phase: PhaseEstimate) => number) => estimates.reduce((total, phase) => total + pick(phase), 0);
  const publishedHigh = phases.reduce((total, phase) => total + phase.maxWeeks, 0);
  return {
    phases: estimates,
    totalLowWeeks: sum((phase) => phase.lowWeeks),
    totalHighWeeks: sum((phase) => phase.highWeeks),
    totalExpectedWeeks: sum((phase) => phase.expectedWeeks),
    factor: publishedHigh > 0 ? Math.round((sum((phase) => phase.highWeeks) / publishedHigh) * 100) / 100 : 1,
    assumedDefaults: scoping.sizeBand === null || scoping.aiSystemCount === null,
  };
}
