/**
 * What the consultancy reads first in a received workspace: readiness (the published scoring rule),
 * its band, the most urgent gaps, the inventory's size, and the estimator's link pre-filled with the
 * sender's scoping answers (the estimator's own share format, so its usual "restore your own
 * estimate" offer protects the consultant's saved estimate).
 */
import { readinessBand } from '../assessment/bands';
import { prioritizeGaps, type Gap } from '../assessment/gaps';
import { countEssentialGaps, scoreAssessment } from '../assessment/scoring';
import type { Area, Band, Question } from '../assessment/types';
import { defaultInputs } from '../estimator/inputShape';
import { prefillFromScoping } from '../estimator/prefill';
import { encodeShareFragment } from '../estimator/share';
import type { Workspace } from '../workbench/workspaceSchema';

export interface SummaryContent {
  areas: readonly Area[];
  questions: readonly Question[];
  bands: readonly Band[];
}

export interface ReceivedSummary {
  /** Whole-number overall readiness, null when nothing applies yet. */
  percent: number | null;
  band: Band | null;
  essentialGaps: number;
  answered: number;
  questions: number;
  /** The most urgent gaps, at most `topGaps` of them. */
  gaps: Gap[];
  gapCount: number;
  systems: number;
  systemsInScope: number;
}

export function summarizeReceived(workspace: Workspace, content: SummaryContent, topGaps = 10): ReceivedSummary {
  const { scoping, answers } = workspace.assessment;
  const score = scoreAssessment(content.areas, content.questions, answers);
  const essentialGaps = countEssentialGaps(content.questions, answers);
  const gaps = prioritizeGaps(content.questions, answers, scoping);
  const { systems } = workspace.inventory;
  return {
    percent: score.overall.percent,
    band: readinessBand(score.overall.percent, essentialGaps, content.bands),
    essentialGaps,
    answered: score.overall.questions - score.overall.unanswered,
    questions: score.overall.questions,
    gaps: gaps.slice(0, topGaps),
    gapCount: gaps.length,
    systems: systems.length,
    systemsInScope: systems.filter((system) => system.inScope).length,
  };
}

/**
 * The estimator's address pre-filled with the sender's size, AI system count and role (the same
 * three answers its own prefill takes from the assessment), or null when scoping is unfinished.
 */
export function prefilledEstimatePath(
  workspace: Workspace,
  maxAiSystems: number,
  estimatePath = '/estimate/',
): string | null {
  const { role, sizeBand, aiSystemCount } = workspace.assessment.scoping;
  if (role === null || sizeBand === null || aiSystemCount === null) return null;
  const prefill = prefillFromScoping({ role, sizeBand, aiSystemCount }, maxAiSystems);
  return `${estimatePath}#${encodeShareFragment({ ...defaultInputs(), ...prefill.values })}`;
}
