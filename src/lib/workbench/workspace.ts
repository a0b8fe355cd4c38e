/**
 * Edits that touch the workspace as a whole: new answers from the assessment (keeping the time a
 * scoping answer changed, which stale exclusions need) and the text the assessment's own key keeps
 * getting, so the assessment island and the estimator's prefill go on reading version 2.
 */
import { serializeAssessment } from '../assessment/storageWrite';
import type { AssessmentAnswers, Scoping } from '../assessment/types';
import type { Workspace } from './workspaceSchema';

const sameScoping = (a: Scoping, b: Scoping) =>
  a.role === b.role &&
  a.sizeBand === b.sizeBand &&
  a.aiSystemCount === b.aiSystemCount &&
  a.euExposure === b.euExposure;

/** The workspace with new answers and step; scopingChangedAt moves only when a scoping answer changed. */
export function withAssessmentAnswers(
  workspace: Workspace,
  state: AssessmentAnswers & { step: string },
  now = new Date(),
): Workspace {
  const at = now.toISOString();
  const previous = workspace.assessment;
  return {
    ...workspace,
    updatedAt: at,
    assessment: {
      ...previous,
      savedAt: at,
      step: state.step,
      scoping: state.scoping,
      answers: state.answers,
      scopingChangedAt: sameScoping(previous.scoping, state.scoping) ? previous.scopingChangedAt : at,
    },
  };
}

/**
 * The assessment's version 2 text for its own key (`iso42001:assessment`), so pages that read only
 * the answers (the assessment island, the estimator's prefill) see the workspace's answers.
 */
export function assessmentTextOf(workspace: Workspace, now = new Date()): string {
  const { scoping, answers, step, contentVersion } = workspace.assessment;
  return serializeAssessment({ scoping, answers, step }, contentVersion, now);
}
