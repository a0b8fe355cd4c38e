/** Regulatory dates for the check's results, taken from the timeline data by milestone id. */
import { findMilestone, type Milestone } from '../regulatory/milestones';
import type { MilestoneFact } from './types';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The milestone with this id as plain data; throws, naming the timeline file, when it does not exist. */
export function milestoneFact(milestones: readonly Milestone[], id: string): MilestoneFact {
  const milestone = findMilestone(milestones, id);
  return {
    id: milestone.id,
    title: milestone.title,
    date: day(milestone.date),
    precision: milestone.precision,
    status: milestone.status,
    confidence: milestone.confidence,
    ...(milestone.caveat ? { caveat: milestone.caveat } : {}),
    ...(milestone.previousDate ? { previousDate: day(milestone.previousDate) } : {}),
  };
}
