/**
 * How long certification takes: the one rule the quote estimator and the readiness assessment
 * share. Each phase on /certification/ (content/data/certification.yaml) is moved by the week
 * effects of content/data/pricing.yaml for the answers given, and rounded to whole weeks.
 */
import { timelineKey, type TimelineTable } from '../assessment/timelineTable';
import { ROLES, SIZE_BANDS, type PhaseId } from './ids';
import type { EstimatorInputs } from './inputs';
import {
  adjustmentSources,
  appliedEffects,
  multiplierOf,
  type AdjustmentProfile,
  type AdjustmentRules,
  type AppliedEffect,
} from './sources';
import type { EstimatorModel } from './types';

export type { AdjustmentProfile as TimelineProfile, AdjustmentRules as TimelineRule } from './sources';

export interface PhaseEstimate {
  id: PhaseId;
  name: string;
  minWeeks: number;
  maxWeeks: number;
  base: { minWeeks: number; maxWeeks: number };
  effects: AppliedEffect[];
}

interface PhaseBase {
  id: string;
  name: string;
  minWeeks: number;
  maxWeeks: number;
}

/**
 * Weeks per phase for an organization: each published range multiplied by the week effects its
 * answers switch on, rounded to whole weeks and never below one.
 */
export function phaseRanges<P extends PhaseBase>(
  phases: readonly P[],
  profile: AdjustmentProfile,
  rule: AdjustmentRules,
): (Omit<PhaseEstimate, 'id'> & { id: P['id'] })[] {
  const sources = adjustmentSources(profile, rule);
  return phases.map((phase) => {
    const effects = appliedEffects(sources, 'weeks', phase.id);
    const multiplier = multiplierOf(effects);
    const minWeeks = Math.max(1, Math.round(phase.minWeeks * multiplier));
    const maxWeeks = Math.max(minWeeks, Math.round(phase.maxWeeks * multiplier));
    return {
      id: phase.id,
      name: phase.name,
      minWeeks,
      maxWeeks,
      base: { minWeeks: phase.minWeeks, maxWeeks: phase.maxWeeks },
      effects,
    };
  });
}

/**
 * The ranges of every profile the readiness assessment's scoping step can hold (each answer
 * known or not), computed with this rule at build time and passed to its island as data.
 */
export function buildTimelineTable(phases: readonly PhaseBase[], rule: AdjustmentRules): TimelineTable {
  const systemBands = rule.aiSystems.bands.map((band) => band.from);
  const ranges: TimelineTable['ranges'] = {};
  for (const sizeBand of [null, ...SIZE_BANDS])
    for (const aiSystemCount of [null, ...systemBands])
      for (const role of [null, ...ROLES])
        for (const highRisk of [false, true]) {
          const profile = { sizeBand, aiSystemCount, role, highRisk, certifications: [], aiInventory: false };
          ranges[timelineKey(profile, systemBands)] = phaseRanges(phases, profile, rule).map(
            (phase): [number, number] => [phase.minWeeks, phase.maxWeeks],
          );
        }
  return { systemBands, ranges };
}

export type TargetStatus = 'none' | 'past' | 'too-soon' | 'tight' | 'comfortable';

export interface TimelineEstimate {
  phases: PhaseEstimate[];
  minWeeks: number;
  maxWeeks: number;
  /** Earliest and latest certification dates (YYYY-MM-DD) when the work starts on `today`. */
  earliest: string;
  latest: string;
  target: TargetStatus;
}

/** Adds whole weeks to a YYYY-MM-DD date, in UTC so the result does not depend on the time zone. */
export function addWeeks(isoDate: string, weeks: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + weeks * 7));
  return date.toISOString().slice(0, 10);
}

/** Today's date in the visitor's time zone as YYYY-MM-DD. Call it in the browser after hydration. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function targetStatus(target: string, today: string, earliest: string, latest: string): TargetStatus {
  if (target === '') return 'none';
  if (target < today) return 'past';
  if (target < earliest) return 'too-soon';
  if (target < latest) return 'tight';
  return 'comfortable';
}

/**
 * Weeks per phase, adjusted by the same inputs as the costs. The services chosen do not change the
 * timeline: work the visitor does not buy still has to be done, by them or someone else.
 */
export function estimateTimeline(inputs: EstimatorInputs, model: EstimatorModel, today: string): TimelineEstimate {
  const phases = phaseRanges(model.phases, inputs, model.pricing);
  const minWeeks = phases.reduce((sum, phase) => sum + phase.minWeeks, 0);
  const maxWeeks = phases.reduce((sum, phase) => sum + phase.maxWeeks, 0);
  const earliest = addWeeks(today, minWeeks);
  const latest = addWeeks(today, maxWeeks);
  return {
    phases,
    minWeeks,
    maxWeeks,
    earliest,
    latest,
    target: targetStatus(inputs.targetDate, today, earliest, latest),
  };
}
