/**
 * The regulatory timeline's part of `npm run check`: citations of milestones that cannot work
 * (the build fails on them too) and facts whose review date has passed (the build only warns).
 */
import { citationIssues } from '../../../src/lib/regulatory/citationCheck';
import { TIMELINE_FILE, type Milestone } from '../../../src/lib/regulatory/milestones';
import { staleFactMessage, staleFacts } from '../../../src/lib/regulatory/staleness';
import type { CheckProblem } from './problems';

export interface RegulatoryFactProblems {
  /** Broken citations; these stop the build. */
  citations: CheckProblem[];
  /** Overdue reviews; reported as problems, but the site still builds. */
  stale: CheckProblem[];
}

/**
 * Checks `files` (every content file with its text) against the valid timeline data, counting
 * overdue reviews from `today` (midnight UTC).
 */
export function regulatoryFactProblems(
  files: readonly { file: string; text: string }[],
  timeline: { milestones: Milestone[] },
  today: Date,
): RegulatoryFactProblems {
  const timelineText = files.find((entry) => entry.file === TIMELINE_FILE)?.text ?? '';
  const citing = files.filter((entry) => entry.file !== TIMELINE_FILE);
  return {
    citations: citationIssues(citing, timeline.milestones),
    stale: staleFacts(timeline.milestones, today, timelineText).map((fact) => ({
      file: TIMELINE_FILE,
      line: fact.line,
      ...staleFactMessage(fact),
    })),
  };
}
