/**
 * Comparing two snapshots (issue 15, item 2), and the current workspace with the last snapshot for
 * the "changes since the last review" page (management review, clause 9.3). The rules are stated
 * for the method page as SNAPSHOT_COMPARISON_RULES; readiness is the results' own scoring
 * (scoreAssessment), evidence states the register's own rule (evidenceItemState).
 */
import { effectiveStatus, scoreAssessment, type AssessmentScore, type EffectiveStatus } from '../assessment/scoring';
import type { Area, Question } from '../assessment/types';
import { evidenceItemState } from './evidence';
import type { Snapshot } from './snapshotSchema';
import { byTakenAt, latestSnapshot, takeSnapshot, type SnapshotContent } from './snapshots';
import type { Workspace } from './workspaceSchema';

export const SNAPSHOT_COMPARISON_RULES = {
  order:
    'The earlier snapshot (by the time it was taken) is always compared with the later one, whichever is chosen first.',
  readiness:
    'Readiness overall and per area is computed for each snapshot with the scoring rule of the results, from the questions of the question bank at the time the snapshot was taken.',
  questions:
    'A question improved when its answer moved up the order unanswered, not started, partially implemented, implemented, and regressed when it moved down. A move into or out of a justified "not applicable" is listed apart: it changes what counts, not progress.',
  controls:
    'A control is newly excluded when the earlier Statement of Applicability included it and the later one excludes it, and re-included the other way round.',
  evidence:
    'An evidence item became overdue when it is overdue on the day of the later snapshot and was not overdue on the day of the earlier one, each judged with the review-by date that snapshot holds (an item the earlier snapshot did not hold is judged with its later review-by date).',
  contentChange:
    'When the wording, area or priority of a question, or the title of a control, differs between the two snapshots, or the row exists in only one of them, the row is listed as "content changed" and never counted as improved, regressed, excluded or re-included. A readiness figure says when it includes questions whose content changed.',
} as const;

/** The row's content differs ("changed"), or the row exists only in the later ("added") or earlier ("removed") snapshot. */
export type ContentChangeKind = 'changed' | 'added' | 'removed';

export interface ContentChange {
  id: string;
  change: ContentChangeKind;
}

export interface ReadinessChange {
  /** "overall", "clauses", "annex-a" or an area id. */
  id: string;
  older: number | null;
  newer: number | null;
  /** newer − older in percentage points; null when either has nothing applicable. */
  change: number | null;
  /** The figure counts a question whose content changed, was added or was removed. */
  includesChangedContent: boolean;
}

export interface QuestionChange {
  questionId: string;
  /** The question's area in the later snapshot. */
  area: string;
  from: EffectiveStatus;
  to: EffectiveStatus;
}

export interface SnapshotSide {
  id: string;
  name: string;
  takenAt: string;
  takenOn: string;
  contentVersion: string;
}

export interface SnapshotComparison {
  /** The earlier snapshot (see SNAPSHOT_COMPARISON_RULES.order). */
  older: SnapshotSide;
  newer: SnapshotSide;
  contentVersionChanged: boolean;
  readiness: { overall: ReadinessChange; clauses: ReadinessChange; annexA: ReadinessChange; areas: ReadinessChange[] };
  improved: QuestionChange[];
  regressed: QuestionChange[];
  /** Moves into or out of a justified N/A. */
  applicabilityChanged: QuestionChange[];
  newlyExcluded: string[];
  reIncluded: string[];
  /** Items of the later snapshot that became overdue, with the review-by date it holds. */
  becameOverdue: { itemId: string; reviewBy: string }[];
  contentChanged: { questions: ContentChange[]; controls: ContentChange[] };
}

/** Progress order of an answer that counts (N/A is not on it). */
const PROGRESS: Record<Exclude<EffectiveStatus, 'not-applicable'>, number> = {
  unanswered: 0,
  'not-started': 1,
  partial: 2,
  implemented: 3,
};

/** Which rows' content differs between two lists of fingerprinted rows, in the later list's order. */
function contentChanges(older: Map<string, string>, newer: Map<string, string>): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const [id, fingerprint] of newer) {
    const before = older.get(id);
    if (before === undefined) changes.push({ id, change: 'added' });
    else if (before !== fingerprint) changes.push({ id, change: 'changed' });
  }
  for (const id of older.keys()) if (!newer.has(id)) changes.push({ id, change: 'removed' });
  return changes;
}

const questionFingerprints = (snapshot: Snapshot) =>
  new Map(snapshot.questions.map((question) => [question.id, question.fingerprint]));
const controlFingerprints = (snapshot: Snapshot) =>
  new Map(snapshot.controls.map((control) => [control.controlId, control.fingerprint]));

/** Questions as scoring needs them (id and area); the rest of a Question is not stored, nor read. */
export function frozenQuestions(snapshot: Snapshot): Question[] {
  return snapshot.questions.map(({ id, area }) => ({
    id,
    area,
    text: '',
    help: '',
    action: '',
    clauses: [],
    controls: [],
    guidance: '',
    priority: 3,
    raisedFor: [],
  }));
}

const side = ({ id, name, takenAt, takenOn, contentVersion }: Snapshot): SnapshotSide => ({
  id,
  name,
  takenAt,
  takenOn,
  contentVersion,
});

function readinessChanges(
  areas: readonly Area[],
  older: Snapshot,
  newer: Snapshot,
  changedQuestions: readonly ContentChange[],
): SnapshotComparison['readiness'] {
  const before: AssessmentScore = scoreAssessment(areas, frozenQuestions(older), older.answers);
  const after: AssessmentScore = scoreAssessment(areas, frozenQuestions(newer), newer.answers);
  const changedIds = new Set(changedQuestions.map((change) => change.id));
  const kindOf = new Map(areas.map((area) => [area.id, area.kind]));
  // An area's figure includes changed content when a changed question is in it in either snapshot.
  const changedAreas = new Set(
    [...older.questions, ...newer.questions].filter((question) => changedIds.has(question.id)).map((q) => q.area),
  );
  const touches = (id: string) => {
    if (id === 'overall') return changedAreas.size > 0;
    if (id === 'clauses' || id === 'annex-a') {
      const kind = id === 'clauses' ? 'clause' : 'group';
      return [...changedAreas].some((area) => kindOf.get(area) === kind);
    }
    return changedAreas.has(id);
  };
  const pair = (id: string, a: number | null, b: number | null): ReadinessChange => ({
    id,
    older: a,
    newer: b,
    change: a === null || b === null ? null : b - a,
    includesChangedContent: touches(id),
  });
  return {
    overall: pair('overall', before.overall.percent, after.overall.percent),
    clauses: pair('clauses', before.clauses.percent, after.clauses.percent),
    annexA: pair('annex-a', before.annexA.percent, after.annexA.percent),
    areas: after.areas.map((tally, index) => pair(tally.id, before.areas[index]?.percent ?? null, tally.percent)),
  };
}

function questionChanges(older: Snapshot, newer: Snapshot, changed: ReadonlySet<string>) {
  const improved: QuestionChange[] = [];
  const regressed: QuestionChange[] = [];
  const applicabilityChanged: QuestionChange[] = [];
  for (const question of newer.questions) {
    if (changed.has(question.id)) continue;
    const from = effectiveStatus(older.answers[question.id]);
    const to = effectiveStatus(newer.answers[question.id]);
    if (from === to) continue;
    const change = { questionId: question.id, area: question.area, from, to };
    if (from === 'not-applicable' || to === 'not-applicable') applicabilityChanged.push(change);
    else if (PROGRESS[to] > PROGRESS[from]) improved.push(change);
    else regressed.push(change);
  }
  return { improved, regressed, applicabilityChanged };
}

function becameOverdue(older: Snapshot, newer: Snapshot): SnapshotComparison['becameOverdue'] {
  const earlier = new Map(older.evidence.map((item) => [item.id, item.reviewBy]));
  return newer.evidence
    .filter((item) => {
      if (evidenceItemState(item, newer.takenOn) !== 'overdue') return false;
      const reviewBy = earlier.get(item.id) ?? item.reviewBy;
      return evidenceItemState({ reviewBy }, older.takenOn) !== 'overdue';
    })
    .map((item) => ({ itemId: item.id, reviewBy: item.reviewBy }));
}

/**
 * Compares two snapshots, the earlier with the later whatever the argument order (see
 * SNAPSHOT_COMPARISON_RULES). `content.areas` gives the areas' kinds and order.
 */
export function compareSnapshots(
  first: Snapshot,
  second: Snapshot,
  content: Pick<SnapshotContent, 'areas'>,
): SnapshotComparison {
  const [older, newer] = byTakenAt(first, second) <= 0 ? [first, second] : [second, first];
  const questions = contentChanges(questionFingerprints(older), questionFingerprints(newer));
  const controls = contentChanges(controlFingerprints(older), controlFingerprints(newer));
  const changedControls = new Set(controls.map((change) => change.id));
  const wasApplicable = new Map(older.controls.map((control) => [control.controlId, control.applicable]));
  const comparable = newer.controls.filter((control) => !changedControls.has(control.controlId));
  return {
    older: side(older),
    newer: side(newer),
    contentVersionChanged: older.contentVersion !== newer.contentVersion,
    readiness: readinessChanges(content.areas, older, newer, questions),
    ...questionChanges(older, newer, new Set(questions.map((change) => change.id))),
    newlyExcluded: comparable
      .filter((control) => wasApplicable.get(control.controlId) === true && !control.applicable)
      .map((control) => control.controlId),
    reIncluded: comparable
      .filter((control) => wasApplicable.get(control.controlId) === false && control.applicable)
      .map((control) => control.controlId),
    becameOverdue: becameOverdue(older, newer),
    contentChanged: { questions, controls },
  };
}

/** The id the current workspace takes when compared as an implicit snapshot. */
export const CURRENT_STATE_ID = 'current';

/**
 * The last snapshot compared with the workspace as it is now (an implicit snapshot taken against
 * today's content), for the printable "changes since the last review" page; null with no snapshot.
 */
export function changesSinceLastReview(
  workspace: Workspace,
  content: SnapshotContent,
  now: Date,
  today?: string,
): { since: Snapshot; comparison: SnapshotComparison } | null {
  const since = latestSnapshot(workspace);
  if (!since) return null;
  const current = { ...takeSnapshot(workspace, content, 'Now', now, today), id: CURRENT_STATE_ID };
  return { since, comparison: compareSnapshots(since, current, content) };
}
