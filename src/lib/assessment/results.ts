/** Everything the results step shows, computed in one pass from the answers and the content data. */
import { readinessBand } from './bands';
import { listUnanswered, prioritizeGaps, type Gap } from './gaps';
import { countEssentialGaps, scoreAssessment, type AssessmentScore } from './scoring';
import { deriveStatementOfApplicability, type SoaRow } from './statementOfApplicability';
import { estimateTimeline, type TimelineEstimate } from './timeline';
import type { Area, AssessmentAnswers, Band, ControlRef, Phase, Question, TimelineTable } from './types';

/** Content the results depend on (passed to the island as props). */
export interface AssessmentContent {
  areas: Area[];
  questions: Question[];
  controls: ControlRef[];
  bands: Band[];
  phases: Phase[];
  /** Ranges of the shared timeline rule for every scoping profile (buildTimelineTable). */
  timeline: TimelineTable;
  contentVersion: string;
}

export interface AssessmentResults {
  score: AssessmentScore;
  band: Band | null;
  essentialGaps: number;
  gaps: Gap[];
  unanswered: Question[];
  timeline: TimelineEstimate;
  soa: SoaRow[];
}

export function computeResults(content: AssessmentContent, state: AssessmentAnswers): AssessmentResults {
  const { areas, questions, controls, bands, phases, timeline } = content;
  const score = scoreAssessment(areas, questions, state.answers);
  const essentialGaps = countEssentialGaps(questions, state.answers);
  return {
    score,
    band: readinessBand(score.overall.percent, essentialGaps, bands),
    essentialGaps,
    gaps: prioritizeGaps(questions, state.answers, state.scoping),
    unanswered: listUnanswered(questions, state.answers),
    timeline: estimateTimeline(phases, state.scoping, score.overall.percent, timeline),
    soa: deriveStatementOfApplicability(controls, questions, state.answers, state.scoping.role),
  };
}
