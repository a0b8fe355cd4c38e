/**
 * What the list of workspaces shows of each one without reading it: its overall readiness by the
 * assessment's published scoring rule (tallyQuestions, as the results step computes it), how many
 * questions are answered, and the size of its inventory.
 */
import { tallyQuestions } from '../assessment/scoring';
import type { Question } from '../assessment/types';
import type { ReadinessSummary } from './workspaceIndexSchema';
import type { Workspace } from './workspaceSchema';

/** The question bank as the summary needs it: only the ids (the page passes no more). */
export type QuestionIds = readonly Pick<Question, 'id'>[];

export function readinessSummary(workspace: Workspace, questions: QuestionIds): ReadinessSummary {
  const overall = tallyQuestions('overall', questions, workspace.assessment.answers);
  return {
    percent: overall.percent,
    answered: overall.questions - overall.unanswered,
    questions: overall.questions,
    systems: workspace.inventory.systems.length,
  };
}
