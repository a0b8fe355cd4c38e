/**
 * Snapshots of a workspace (issue 15): take one, add, rename and delete it. A snapshot freezes
 * what a later comparison needs (snapshotComparison.ts) and a fingerprint of the content each
 * question and control was answered against, so a comparison can tell exactly which rows' content
 * changed between two content versions.
 */
import type { AssessmentContent } from '../assessment/results';
import { deriveStatementOfApplicability } from '../assessment/statementOfApplicability';
import type { Answer, ControlRef, Question } from '../assessment/types';
import type { Checked } from '../persistence/checked';
import { newRecordId } from './fields';
import { soaWorkRows } from './soa';
import { MAX_SNAPSHOTS, MAX_SNAPSHOT_NAME_LENGTH, type Snapshot } from './snapshotSchema';
import type { Workspace } from './workspaceSchema';

/** What the build passes the island that a snapshot needs (a part of AssessmentContent). */
export type SnapshotContent = Pick<AssessmentContent, 'areas' | 'questions' | 'controls' | 'contentVersion'>;

/** 32-bit FNV-1a of the JSON of `parts`, as 8 hex characters: short, stable, not a security hash. */
export function contentFingerprint(parts: readonly unknown[]): string {
  const text = JSON.stringify(parts);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What a question's answer means depends on its wording, its area and its priority. */
export const questionFingerprint = (question: Pick<Question, 'text' | 'area' | 'priority'>) =>
  contentFingerprint(['question', question.text, question.area, question.priority]);

/** A control is the same control while its id and published title are. */
export const controlFingerprint = (control: ControlRef) => contentFingerprint(['control', control.id, control.title]);

/** Notes never enter a comparison; a justification matters only where it makes an N/A count. */
function frozenAnswer(answer: Answer): Answer {
  const justification = answer.status === 'not-applicable' ? answer.justification : '';
  return { status: answer.status, justification, documented: answer.documented, evidenced: answer.evidenced, note: '' };
}

const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/**
 * A frozen copy of the workspace against `content`. `today` is the person's day (localToday after
 * hydration) that evidence states are judged on; it defaults to the UTC day of `now`.
 */
export function takeSnapshot(
  workspace: Workspace,
  content: SnapshotContent,
  name: string,
  now: Date,
  today: string = utcDay(now),
  random: () => number = Math.random,
): Snapshot {
  const { scoping, answers } = workspace.assessment;
  const draft = deriveStatementOfApplicability(content.controls, content.questions, answers, scoping.role);
  const rows = soaWorkRows(draft, workspace.soa.entries);
  const titles = new Map(content.controls.map((control) => [control.id, control.title]));
  const taken = new Set(workspace.snapshots.map((snapshot) => snapshot.id));
  return {
    id: newRecordId('snapshot', taken, random),
    name: name.trim(),
    takenAt: now.toISOString(),
    takenOn: today,
    contentVersion: content.contentVersion,
    scoping: { ...scoping },
    answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, frozenAnswer(answer)])),
    questions: content.questions.map((question) => ({
      id: question.id,
      area: question.area,
      fingerprint: questionFingerprint(question),
    })),
    controls: rows.map((row) => ({
      controlId: row.controlId,
      applicable: row.applicable,
      status: row.status,
      fingerprint: controlFingerprint({ id: row.controlId, title: titles.get(row.controlId) ?? row.title }),
    })),
    evidence: workspace.evidence.items.map((item) => ({ id: item.id, reviewBy: item.reviewBy })),
  };
}

function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_SNAPSHOT_NAME_LENGTH) {
    return `A snapshot needs a name of 1 to ${MAX_SNAPSHOT_NAME_LENGTH} characters.`;
  }
  return null;
}

/** Keeps the snapshot (oldest first); refused when the name is empty or too long, or the list is full. */
export function addSnapshot(workspace: Workspace, snapshot: Snapshot, now = new Date()): Checked<Workspace> {
  const problem = nameProblem(snapshot.name);
  if (problem) return { ok: false, reason: problem };
  if (workspace.snapshots.length >= MAX_SNAPSHOTS) {
    return { ok: false, reason: `At most ${MAX_SNAPSHOTS} snapshots are kept: delete one first.` };
  }
  if (workspace.snapshots.some((kept) => kept.id === snapshot.id)) {
    return { ok: false, reason: 'This snapshot is already kept.' };
  }
  const snapshots = [...workspace.snapshots, { ...snapshot, name: snapshot.name.trim() }].sort(byTakenAt);
  return { ok: true, value: { ...workspace, updatedAt: now.toISOString(), snapshots } };
}

/** Renames a kept snapshot; refused for a name that is empty or too long, or an unknown id. */
export function renameSnapshot(workspace: Workspace, id: string, name: string, now = new Date()): Checked<Workspace> {
  const problem = nameProblem(name);
  if (problem) return { ok: false, reason: problem };
  if (!workspace.snapshots.some((snapshot) => snapshot.id === id)) {
    return { ok: false, reason: 'This snapshot no longer exists.' };
  }
  const snapshots = workspace.snapshots.map((snapshot) =>
    snapshot.id === id ? { ...snapshot, name: name.trim() } : snapshot,
  );
  return { ok: true, value: { ...workspace, updatedAt: now.toISOString(), snapshots } };
}

/** The workspace without the snapshot (unchanged when the id is unknown). */
export function deleteSnapshot(workspace: Workspace, id: string, now = new Date()): Workspace {
  if (!workspace.snapshots.some((snapshot) => snapshot.id === id)) return workspace;
  const snapshots = workspace.snapshots.filter((snapshot) => snapshot.id !== id);
  return { ...workspace, updatedAt: now.toISOString(), snapshots };
}

/** Earlier taken-at time first; the same time by id, so the order never depends on input order. */
export function byTakenAt(a: Pick<Snapshot, 'takenAt' | 'id'>, b: Pick<Snapshot, 'takenAt' | 'id'>): number {
  return Date.parse(a.takenAt) - Date.parse(b.takenAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The most recently taken snapshot, or null when none was taken. */
export function latestSnapshot(workspace: Workspace): Snapshot | null {
  return [...workspace.snapshots].sort(byTakenAt).at(-1) ?? null;
}
