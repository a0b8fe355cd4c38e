import { wrapLabel } from './labels';
import { axisTicks, niceTicks, percentOf, round, type AxisTick } from './scale';

export interface PhaseInput {
  id: string;
  name: string;
  minWeeks: number;
  maxWeeks: number;
}

export interface PhaseRow extends PhaseInput {
  labelLines: string[];
  labelY: number;
  barY: number;
  /** Weeks from kickoff: earliest start (every earlier phase at its shortest) to latest end (all at their longest). */
  earliestStart: number;
  earliestEnd: number;
  latestEnd: number;
  /** The phase at its shortest, started as early as possible. */
  solid: { xPercent: number; widthPercent: number };
  /** From the shortest end to the latest possible end. */
  slack: { xPercent: number; widthPercent: number };
  /** Where the "2-3 weeks" text goes: after the bars, or before them when they end late. */
  value: { xPercent: number; anchor: 'start' | 'end' };
  /** Markers for the audit stages on the audit phase, one at each end of its solid bar. */
  stageMarkers: { name: string; xPercent: number; anchor: 'start' | 'end' }[];
}

export interface PhaseTimelineLayout {
  rows: PhaseRow[];
  /** The certification decision: between the sum of the shortest and of the longest phases. */
  decision: { minWeeks: number; maxWeeks: number; y: number; xPercent: number; widthPercent: number };
  ticks: AxisTick[];
  axisMax: number;
  axisY: number;
  height: number;
}

/** Vertical rhythm in px. */
export const PHASE_ROW = { label: 18, bar: 14, markers: 20, after: 12, axis: 44 } as const;
const VALUE_ROOM_PERCENT = 30;

const span = (from: number, to: number, max: number) => ({
  xPercent: percentOf(from, max),
  widthPercent: round(percentOf(to, max) - percentOf(from, max)),
});

/**
 * Lays out consecutive phases on a week axis from kickoff. Each phase gets a solid bar for its
 * shortest duration at its earliest start and a hatched extension to its latest possible end, so
 * the uncertainty that accumulates from phase to phase is visible. The phase `auditPhaseId` is
 * marked with the audit stages at the start and end of its bar.
 */
export function layoutPhaseTimeline(
  phases: readonly PhaseInput[],
  auditPhaseId: string,
  auditStageNames: readonly string[],
): PhaseTimelineLayout {
  if (phases.length === 0) throw new Error('A phase timeline needs at least one phase');
  if (!phases.some((phase) => phase.id === auditPhaseId)) {
    throw new Error(`No phase with id "${auditPhaseId}" to mark the audit stages on`);
  }
  const minTotal = phases.reduce((total, phase) => total + phase.minWeeks, 0);
  const maxTotal = phases.reduce((total, phase) => total + phase.maxWeeks, 0);
  const ticks = niceTicks(maxTotal, 5);
  const axisMax = ticks.at(-1)!;
  let y = 0;
  let earliestStart = 0;
  let latestEnd = 0;
  const rows = phases.map((phase): PhaseRow => {
    const labelLines = wrapLabel(phase.name);
    const labelY = y;
    const barY = labelY + PHASE_ROW.label * labelLines.length;
    const earliestEnd = earliestStart + phase.minWeeks;
    latestEnd += phase.maxWeeks;
    const isAudit = phase.id === auditPhaseId;
    const last = auditStageNames.length - 1;
    const stageMarkers = isAudit
      ? auditStageNames.map((name, index) => ({
          name,
          xPercent: percentOf(earliestStart + (phase.minWeeks * index) / Math.max(last, 1), axisMax),
          anchor: index === 0 ? ('end' as const) : ('start' as const),
        }))
      : [];
    const endPercent = percentOf(latestEnd, axisMax);
    const startPercent = percentOf(earliestStart, axisMax);
    const value =
      100 - endPercent >= VALUE_ROOM_PERCENT
        ? { xPercent: round(endPercent + 1), anchor: 'start' as const }
        : { xPercent: round(startPercent - 1), anchor: 'end' as const };
    const row: PhaseRow = {
      ...phase,
      labelLines,
      labelY,
      barY,
      earliestStart,
      earliestEnd,
      latestEnd,
      solid: span(earliestStart, earliestEnd, axisMax),
      slack: span(earliestEnd, latestEnd, axisMax),
      value,
      stageMarkers,
    };
    y = barY + PHASE_ROW.bar + (isAudit ? PHASE_ROW.markers : 0) + PHASE_ROW.after;
    earliestStart = earliestEnd;
    return row;
  });
  const decision = {
    minWeeks: minTotal,
    maxWeeks: maxTotal,
    y: y + PHASE_ROW.label,
    ...span(minTotal, maxTotal, axisMax),
  };
  const axisY = decision.y + PHASE_ROW.bar + PHASE_ROW.after;
  return { rows, decision, ticks: axisTicks(ticks), axisMax, axisY, height: axisY + PHASE_ROW.axis };
}
