import { wrapLabel } from './labels';
import { round } from './scale';

export type CycleEventKind = 'initial' | 'surveillance' | 'recertification';

export interface CycleEvent {
  when: string;
  kind: CycleEventKind;
  /** Years after the certification decision. */
  year: number;
  xPercent: number;
  anchor: 'start' | 'middle' | 'end';
  /** Labels alternate above and below the line so neighbours never collide on a phone. */
  side: 'above' | 'below';
  labelLines: string[];
}

/** Room at each end of the line so the first and last markers are not cut off. */
export const CYCLE_INSET_PERCENT = 3;

/** About 15 characters of 13 px text fit between two neighbouring events on a 320 px screen. */
const CYCLE_LABEL_CHARACTERS = 15;

/**
 * Places the steps of the certification cycle one year apart: the first is the initial
 * certification, the last the recertification that starts the next cycle, the rest surveillance.
 */
export function layoutCertificationCycle(steps: readonly { when: string }[]): CycleEvent[] {
  if (steps.length < 2) throw new Error('A certification cycle needs at least its start and its renewal');
  const last = steps.length - 1;
  return steps.map((step, index) => ({
    when: step.when,
    kind: index === 0 ? 'initial' : index === last ? 'recertification' : 'surveillance',
    year: index,
    xPercent: round(CYCLE_INSET_PERCENT + (index / last) * (100 - 2 * CYCLE_INSET_PERCENT)),
    anchor: index === 0 ? 'start' : index === last ? 'end' : 'middle',
    side: index % 2 === 0 ? 'below' : 'above',
    labelLines: wrapLabel(step.when, CYCLE_LABEL_CHARACTERS),
  }));
}
