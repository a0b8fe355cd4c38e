import { describe, expect, it } from 'vitest';
import type { Answer, AnswerStatus, Question } from '../../../src/lib/assessment/types';
import { decodeWorkspace, serializeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import type { EvidenceItem } from '../../../src/lib/workbench/evidenceSchema';
import type { SoaEntry } from '../../../src/lib/workbench/soaSchema';
import { compareSnapshots, changesSinceLastReview } from '../../../src/lib/workbench/snapshotComparison';
import {
  addSnapshot,
  deleteSnapshot,
  renameSnapshot,
  takeSnapshot,
  type SnapshotContent,
} from '../../../src/lib/workbench/snapshots';
import type { Snapshot } from '../../../src/lib/workbench/snapshotSchema';
import type { Workspace } from '../../../src/lib/workbench/workspaceSchema';
import { areas, question } from '../assessment/fixtures';
import { evidence, soaEntry, workspace } from './builders';

const JUSTIFIED = 'We run no AI system of this kind at all.';

const answer = (status: AnswerStatus | null, justification = ''): Answer => ({
  status,
  justification,
  documented: false,
  evidenced: false,
  note: 'Team note that a snapshot does not keep.',
});

// Five questions over three areas: clauses 4 and 5, Annex A group A.2 (controls A.2.2 and A.2.3).
const bank: Question[] = [
  question('q-a'),
  question('q-b'),
  question('q-c', { area: '5', clauses: ['5.1'] }),
  question('q-d', { area: 'A.2', clauses: [], controls: ['A.2.2'] }),
  question('q-e', { area: 'A.2', clauses: [], controls: ['A.2.3'] }),
];

const content = (overrides: Partial<SnapshotContent> = {}): SnapshotContent => ({
  areas,
  questions: bank,
  controls: [
    { id: 'A.2.2', title: 'AI policy' },
    { id: 'A.2.3', title: 'Alignment with other organizational policies' },
  ],
  contentVersion: '2026-09-01',
  ...overrides,
});

const EARLY = new Date('2026-09-01T10:00:00Z');
const LATE = new Date('2026-11-30T10:00:00Z');

interface State {
  answers?: Record<string, Answer>;
  entries?: SoaEntry[];
  items?: EvidenceItem[];
}

function state({ answers = {}, entries = [], items = [] }: State): Workspace {
  const base = workspace();
  return {
    ...base,
    assessment: { ...base.assessment, answers },
    soa: { entries, versions: [] },
    evidence: { items },
  };
}

let counter = 0;
const predictable = () => ((counter += 1) % 1000) / 1000;

function snap(at: Date, given: State, from = content(), name = 'Review'): Snapshot {
  return takeSnapshot(state(given), from, name, at, at.toISOString().slice(0, 10), predictable);
}

describe('comparing answers', () => {
  const older = snap(EARLY, {
    answers: {
      'q-a': answer('not-started'),
      'q-b': answer('implemented'),
      'q-c': answer('not-started'),
      'q-e': answer('implemented'),
    },
  });
  const newer = snap(LATE, {
    answers: {
      'q-a': answer('implemented'),
      'q-b': answer('partial'),
      'q-c': answer('partial'),
      'q-d': answer('not-started'),
      'q-e': answer('not-applicable', JUSTIFIED),
    },
  });
  const comparison = compareSnapshots(older, newer, content());

  it('lists improved and regressed questions by the answer order, N/A apart', () => {
    const ids = (list: { questionId: string }[]) => list.map((change) => change.questionId);
    expect(ids(comparison.improved)).toEqual(['q-a', 'q-c', 'q-d']);
    expect(comparison.improved[2]).toMatchObject({ from: 'unanswered', to: 'not-started', area: 'A.2' });
    expect(comparison.regressed).toEqual([{ questionId: 'q-b', area: '4', from: 'implemented', to: 'partial' }]);
    expect(comparison.applicabilityChanged).toEqual([
      { questionId: 'q-e', area: 'A.2', from: 'implemented', to: 'not-applicable' },
    ]);
  });

  it('gives readiness overall and per area for each snapshot, with the change', () => {
    // Older: credits 0, 1, 0, 0, 1 of 5 = 40 %. Newer: 1, 0.5, 0.5, 0 of 4 (q-e N/A) = 50 %.
    expect(comparison.readiness.overall).toEqual({
      id: 'overall',
      older: 40,
      newer: 50,
      change: 10,
      includesChangedContent: false,
    });
    const byArea = Object.fromEntries(comparison.readiness.areas.map((area) => [area.id, area]));
    expect(byArea['4']).toMatchObject({ older: 50, newer: 75, change: 25 });
    expect(byArea['5']).toMatchObject({ older: 0, newer: 50, change: 50 });
    expect(byArea['A.2']).toMatchObject({ older: 50, newer: 0, change: -50 });
    // Clauses: 1 of 3 → 2 of 3; Annex A: 1 of 2 → 0 of 1.
    expect(comparison.readiness.clauses).toMatchObject({ older: 33, newer: 67, change: 34 });
    expect(comparison.readiness.annexA).toMatchObject({ older: 50, newer: 0, change: -50 });
  });

  it('keeps no notes and no justification outside N/A in the frozen answers', () => {
    expect(newer.answers['q-a']).toEqual({ ...answer('implemented'), note: '' });
    expect(newer.answers['q-e']?.justification).toBe(JUSTIFIED);
  });

  it('reports the same comparison whichever snapshot is given first (earlier one first)', () => {
    const reversed = compareSnapshots(newer, older, content());
    expect(reversed).toEqual(comparison);
    expect(reversed.older.takenAt).toBe(EARLY.toISOString());
  });

  it('orders two snapshots taken at the same time by id, still independent of argument order', () => {
    const a = { ...older, id: 'snapshot-a' };
    const b = { ...newer, id: 'snapshot-b', takenAt: older.takenAt };
    expect(compareSnapshots(b, a, content()).older.id).toBe('snapshot-a');
    expect(compareSnapshots(b, a, content())).toEqual(compareSnapshots(a, b, content()));
  });
});

describe('comparing the Statement of Applicability', () => {
  it('lists controls newly excluded and re-included', () => {
    const excludedByHand = soaEntry('A.2.2', {
      applicable: false,
      justification: 'We have no AI policy scope here yet, decided by the board.',
    });
    const older = snap(EARLY, { answers: { 'q-e': answer('partial') }, entries: [excludedByHand] });
    const newer = snap(LATE, { answers: { 'q-e': answer('not-applicable', JUSTIFIED) } });
    const comparison = compareSnapshots(older, newer, content());
    expect(comparison.newlyExcluded).toEqual(['A.2.3']);
    expect(comparison.reIncluded).toEqual(['A.2.2']);
  });
});

describe('evidence that became overdue', () => {
  // Older snapshot on 2026-09-01, newer on 2026-11-30; overdue means the review-by day has passed.
  const older = snap(EARLY, {
    items: [
      evidence('before', { reviewBy: '2026-08-31' }),
      evidence('on-older-day', { reviewBy: '2026-09-01' }),
      evidence('between', { reviewBy: '2026-10-15' }),
      evidence('day-before-newer', { reviewBy: '2026-11-29' }),
      evidence('on-newer-day', { reviewBy: '2026-11-30' }),
      evidence('no-date', { reviewBy: '' }),
      evidence('extended', { reviewBy: '2026-08-01' }),
      evidence('renewed', { reviewBy: '2026-10-01' }),
    ],
  });
  const newer = snap(LATE, {
    items: [
      evidence('before', { reviewBy: '2026-08-31' }),
      evidence('on-older-day', { reviewBy: '2026-09-01' }),
      evidence('between', { reviewBy: '2026-10-15' }),
      evidence('day-before-newer', { reviewBy: '2026-11-29' }),
      evidence('on-newer-day', { reviewBy: '2026-11-30' }),
      evidence('no-date', { reviewBy: '' }),
      evidence('extended', { reviewBy: '2026-10-01' }),
      evidence('renewed', { reviewBy: '2027-06-01' }),
      evidence('added-later', { reviewBy: '2026-10-01' }),
    ],
  });

  it('lists items overdue on the later day that were not overdue on the earlier day', () => {
    expect(compareSnapshots(older, newer, content()).becameOverdue).toEqual([
      { itemId: 'on-older-day', reviewBy: '2026-09-01' },
      { itemId: 'between', reviewBy: '2026-10-15' },
      { itemId: 'day-before-newer', reviewBy: '2026-11-29' },
      { itemId: 'added-later', reviewBy: '2026-10-01' },
    ]);
  });
});

describe('content that changed between the snapshots', () => {
  const olderAnswers = { 'q-a': answer('not-started'), 'q-b': answer('not-started'), 'q-c': answer('partial') };
  const newerAnswers = {
    'q-a': answer('implemented'),
    'q-b': answer('implemented'),
    'q-c': answer('implemented'),
    'q-f': answer('implemented'),
  };

  it('flags a question whose text changed instead of counting it as improved', () => {
    const reworded = bank.map((q) => (q.id === 'q-a' ? { ...q, text: 'Is the context reviewed every year?' } : q));
    const older = snap(EARLY, { answers: olderAnswers });
    const newer = snap(LATE, { answers: newerAnswers }, content({ questions: reworded, contentVersion: '2026-11-28' }));
    const comparison = compareSnapshots(older, newer, content());
    expect(comparison.contentVersionChanged).toBe(true);
    expect(comparison.contentChanged.questions).toEqual([{ id: 'q-a', change: 'changed' }]);
    expect(comparison.improved.map((change) => change.questionId)).toEqual(['q-b', 'q-c']);
    const flagged = (id: string) => comparison.readiness.areas.find((area) => area.id === id)?.includesChangedContent;
    expect([flagged('4'), flagged('5'), flagged('A.2')]).toEqual([true, false, false]);
    expect(comparison.readiness.overall.includesChangedContent).toBe(true);
    expect(comparison.readiness.clauses.includesChangedContent).toBe(true);
    expect(comparison.readiness.annexA.includesChangedContent).toBe(false);
  });

  it('flags a changed priority too, but not a new content version that left the question as it was', () => {
    const reprioritized = bank.map((q) => (q.id === 'q-b' ? { ...q, priority: 1 as const } : q));
    const older = snap(EARLY, { answers: olderAnswers });
    const newer = snap(LATE, { answers: olderAnswers }, content({ questions: reprioritized, contentVersion: 'v2' }));
    expect(compareSnapshots(older, newer, content()).contentChanged.questions).toEqual([
      { id: 'q-b', change: 'changed' },
    ]);
  });

  it('flags a question added and one removed, and the areas whose figures include them', () => {
    const nextBank = [...bank.filter((q) => q.id !== 'q-c'), question('q-f', { area: '5', clauses: ['5.2'] })];
    const older = snap(EARLY, { answers: olderAnswers });
    const newer = snap(LATE, { answers: newerAnswers }, content({ questions: nextBank }));
    const comparison = compareSnapshots(older, newer, content());
    expect(comparison.contentChanged.questions).toEqual([
      { id: 'q-f', change: 'added' },
      { id: 'q-c', change: 'removed' },
    ]);
    expect(comparison.improved.map((change) => change.questionId)).toEqual(['q-a', 'q-b']);
    // Area 5 held q-c (partial, 50 %) and now holds q-f (implemented, 100 %).
    expect(comparison.readiness.areas.find((area) => area.id === '5')).toEqual({
      id: '5',
      older: 50,
      newer: 100,
      change: 50,
      includesChangedContent: true,
    });
    expect(comparison.readiness.areas.find((area) => area.id === '4')?.includesChangedContent).toBe(false);
  });

  it('flags a control whose title changed instead of listing it as excluded', () => {
    const renamed = [
      { id: 'A.2.2', title: 'AI policy' },
      { id: 'A.2.3', title: 'Alignment with other policies' },
    ];
    const older = snap(EARLY, { answers: { 'q-e': answer('partial') } });
    const newer = snap(
      LATE,
      { answers: { 'q-e': answer('not-applicable', JUSTIFIED) } },
      content({ controls: renamed }),
    );
    const comparison = compareSnapshots(older, newer, content());
    expect(comparison.contentChanged.controls).toEqual([{ id: 'A.2.3', change: 'changed' }]);
    expect(comparison.newlyExcluded).toEqual([]);
  });
});

describe('keeping snapshots in the workspace', () => {
  const kept = (ws: Workspace, at: Date, name: string) => {
    const result = addSnapshot(ws, takeSnapshot(ws, content(), name, at, undefined, predictable), at);
    if (!result.ok) throw new Error(result.reason);
    return result.value;
  };

  it('adds, renames and deletes, and a saved workspace reads back with its snapshots', () => {
    let ws = kept(kept(state({}), LATE, '  Q4 review '), EARLY, 'Q3 review');
    expect(ws.snapshots.map((snapshot) => snapshot.name)).toEqual(['Q3 review', 'Q4 review']);
    const decoded = decodeWorkspace(serializeWorkspace(ws));
    expect(decoded.ok && decoded.value.value).toEqual(ws);
    const renamed = renameSnapshot(ws, ws.snapshots[0]!.id, 'Stage 1 readiness');
    if (!renamed.ok) throw new Error(renamed.reason);
    ws = deleteSnapshot(renamed.value, ws.snapshots[1]!.id);
    expect(ws.snapshots.map((snapshot) => snapshot.name)).toEqual(['Stage 1 readiness']);
  });

  it('refuses an empty or too long name and a 51st snapshot', () => {
    const ws = state({});
    const take = (name: string) => takeSnapshot(ws, content(), name, LATE, undefined, predictable);
    expect(addSnapshot(ws, take('   '))).toMatchObject({ ok: false, reason: expect.stringMatching(/1 to 80/) });
    expect(addSnapshot(ws, take('x'.repeat(81)))).toMatchObject({ ok: false });
    expect(addSnapshot(ws, take('x'.repeat(80))).ok).toBe(true);
    expect(renameSnapshot(ws, 'snapshot-missing', 'Name')).toMatchObject({ ok: false });
    const full = { ...ws, snapshots: Array.from({ length: 50 }, (_, index) => ({ ...take('n'), id: `s-${index}` })) };
    expect(addSnapshot(full, take('One more'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/At most 50/),
    });
  });

  it('compares the last snapshot with the workspace as it is now', () => {
    const early = kept(state({ answers: { 'q-a': answer('partial') } }), EARLY, 'Q3');
    const now = { ...early, assessment: { ...early.assessment, answers: { 'q-a': answer('implemented') } } };
    expect(changesSinceLastReview(state({}), content(), LATE)).toBeNull();
    const changes = changesSinceLastReview(now, content(), LATE);
    expect(changes?.since.name).toBe('Q3');
    expect(changes?.comparison.improved).toEqual([
      { questionId: 'q-a', area: '4', from: 'partial', to: 'implemented' },
    ]);
    expect(changes?.comparison.newer).toMatchObject({ id: 'current', takenAt: LATE.toISOString() });
  });
});

describe('snapshot validation', () => {
  type Json = ReturnType<typeof JSON.parse>;
  function decodeEdited(edit: (value: Json) => void) {
    const ws = state({ answers: { 'q-a': answer('partial') } });
    const value = JSON.parse(serializeWorkspace({ ...ws, snapshots: [snap(EARLY, {}), snap(LATE, {})] }));
    edit(value);
    return decodeWorkspace(JSON.stringify(value));
  }
  const reason = (edit: (value: Json) => void) => {
    const decoded = decodeEdited(edit);
    return decoded.ok ? 'accepted' : decoded.reason;
  };

  it('reads a version 3 workspace written without snapshots as having none', () => {
    const decoded = decodeEdited((v) => delete v.snapshots);
    expect(decoded.ok && decoded.value.value.snapshots).toEqual([]);
  });

  it.each([
    [
      'a name of 81 characters',
      (v: Json) => (v.snapshots[0].name = 'x'.repeat(81)),
      'snapshots[1].name must have at most 80',
    ],
    ['an empty name', (v: Json) => (v.snapshots[1].name = ' '), 'snapshots[2].name must not be empty'],
    [
      '51 snapshots',
      (v: Json) => (v.snapshots = Array(51).fill(v.snapshots[0])),
      'snapshots must have at most 50 items',
    ],
    [
      'a bad frozen answer',
      (v: Json) => (v.snapshots[0].answers = { 'q-a': { status: 'done' } }),
      'snapshots[1].answers.q-a.status',
    ],
    [
      'a bad fingerprint',
      (v: Json) => (v.snapshots[0].questions[0].fingerprint = 'XYZ'),
      'snapshots[1].questions[1].fingerprint',
    ],
    ['no taken-at time', (v: Json) => (v.snapshots[0].takenAt = ''), 'snapshots[1].takenAt must be an ISO 8601 time'],
    ['two snapshots with one id', (v: Json) => (v.snapshots[1].id = v.snapshots[0].id), 'snapshots holds'],
  ])('refuses %s, naming the field', (_name, edit, expected) => {
    expect(reason(edit)).toContain(expected);
  });
});
