// The progress view's specs share these: the A.2 questions whose answers change between two
// snapshots, the answers before and after, the readiness rule written out, and saved workspaces.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { controlsFromStandard } from '../../../src/lib/assessment/questionBank';
import type { Answer, AnswerStatus, ControlRef } from '../../../src/lib/assessment/types';
import { saveEvidenceItem } from '../../../src/lib/workbench/evidenceRegister';
import { withAssessmentAnswers } from '../../../src/lib/workbench/workspace';
import { emptyWorkspace, serializeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import { JOURNEY_SCOPING, areas, assessmentData, journeyAnswers, questions } from './assessment';

export const WORKBENCH = '/assessment/workbench/#progress';
export const WORKSPACE_KEY = 'iso42001:workspace';
// Noon UTC, so the visitor's day is the same in any time zone the browser may run in.
export const JANUARY = new Date('2027-01-10T12:00:00Z');
export const MARCH = new Date('2027-03-15T12:00:00Z');
export const EVIDENCE_TITLE = 'AI policy v2, signed by the board';
export const JUSTIFICATION = 'The policy is reviewed by the group, not by us.';

// Group A.2's three questions, each the only one mapped to its control (A.2.2, A.2.3, A.2.4).
const question = (id: string) => questions.find((candidate) => candidate.id === id)!;
export const IMPROVES = question('policy-content');
export const REGRESSES = question('policy-alignment');
export const EXCLUDED = question('policy-review');

export const answer = (status: AnswerStatus, justification = ''): Answer => ({
  status,
  justification,
  documented: false,
  evidenced: false,
  note: '',
});
export const JANUARY_ANSWERS: Record<string, Answer> = {
  ...journeyAnswers(),
  [IMPROVES.id]: answer('not-started'),
  [REGRESSES.id]: answer('implemented'),
  [EXCLUDED.id]: answer('not-started'),
};
export const MARCH_ANSWERS: Record<string, Answer> = {
  ...JANUARY_ANSWERS,
  [IMPROVES.id]: answer('implemented'),
  [REGRESSES.id]: answer('partial'),
  [EXCLUDED.id]: answer('not-applicable', JUSTIFICATION),
};

/** The published rule, written out here: implemented 1, partly ½, N/A out, rounded to a whole percent. */
export function overallReadiness(answers: Record<string, Answer>): number {
  const statuses = questions.map((item) => answers[item.id]?.status ?? null);
  const counted = statuses.filter((status) => status !== 'not-applicable');
  const credit = counted.reduce(
    (sum, status) => sum + (status === 'implemented' ? 1 : status === 'partial' ? 0.5 : 0),
    0,
  );
  return Math.round((credit / counted.length) * 100);
}

/** A workspace holding the January answers and one evidence item due for review on 1 February. */
export function seededWorkspace(): string {
  const saved = new Date('2027-01-05T12:00:00Z');
  const answered = withAssessmentAnswers(
    emptyWorkspace(assessmentData.contentVersion, saved),
    { scoping: JOURNEY_SCOPING, answers: JANUARY_ANSWERS, step: 'results' },
    saved,
  );
  const item = {
    id: 'evidence-policy',
    title: EVIDENCE_TITLE,
    location: 'Intranet / Policies',
    owner: 'Compliance lead',
    controlIds: ['A.2.2'],
    clauseIds: [],
    lastReviewed: '2026-02-01',
    reviewBy: '2027-02-01',
    notes: '',
    updatedAt: saved.toISOString(),
  };
  return serializeWorkspace(saveEvidenceItem(answered, item, saved));
}

/** Annex A's controls as the build reads them from content. */
export const controls: ControlRef[] = controlsFromStandard(parse(readFileSync('content/data/standard.yaml', 'utf8')));

/** Today's content as the page passes it, with `contentVersion` and question texts to override. */
export const snapshotContent = (
  contentVersion = assessmentData.contentVersion,
  texts: Record<string, string> = {},
) => ({
  areas,
  questions: questions.map((item) => (texts[item.id] ? { ...item, text: texts[item.id]! } : item)),
  controls,
  contentVersion,
});
