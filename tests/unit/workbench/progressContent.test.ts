import { describe, expect, it } from 'vitest';
import type { Answer, AnswerStatus, Question } from '../../../src/lib/assessment/types';
import {
  compactProgressContent,
  snapshotContentOf,
  snapshotOverallReadiness,
} from '../../../src/lib/workbench/progressContent';
import { takeSnapshot, type SnapshotContent } from '../../../src/lib/workbench/snapshots';
import { areas, question } from '../assessment/fixtures';
import { workspace } from './builders';

const answer = (status: AnswerStatus, justification = ''): Answer => ({
  status,
  justification,
  documented: false,
  evidenced: false,
  note: '',
});

const bank: Question[] = [
  question('q-a', { priority: 1 }),
  question('q-b'),
  question('q-c', { area: '5', clauses: ['5.1'] }),
  question('q-d', { area: 'A.2', clauses: [], controls: ['A.2.2'] }),
];
const full: SnapshotContent = {
  areas,
  questions: bank,
  controls: [{ id: 'A.2.2', title: 'AI policy' }],
  contentVersion: '2026-09-01',
};
const label = (area: { id: string; title: string }) => `${area.id}: ${area.title}`;
const NOW = new Date('2026-10-01T10:00:00Z');

describe('compact progress content', () => {
  it('leaves out the help, action and guidance a snapshot never reads', () => {
    const compact = compactProgressContent(full, label);
    expect(compact.questions[0]).toEqual({ id: 'q-a', area: '4', text: 'Question q-a?', priority: 1, controls: [] });
    expect(JSON.stringify(compact)).not.toContain('Help text.');
    expect(compact.areas[0]).toEqual({ ...areas[0], label: '4: Context of the organization' });
  });

  it('takes the same snapshot as the full content would (fingerprints, SoA, answers)', () => {
    const answered = workspace({
      assessment: {
        ...workspace().assessment,
        answers: { 'q-a': answer('implemented'), 'q-d': answer('not-applicable', 'We have no AI policy scope here.') },
      },
    });
    const fromFull = takeSnapshot(answered, full, 'Q3', NOW, '2026-10-01', () => 0.5);
    const fromCompact = takeSnapshot(
      answered,
      snapshotContentOf(compactProgressContent(full, label)),
      'Q3',
      NOW,
      '2026-10-01',
      () => 0.5,
    );
    expect(fromCompact).toEqual(fromFull);
    expect(fromCompact.controls[0]).toMatchObject({ controlId: 'A.2.2', applicable: false });
  });
});

describe('snapshotOverallReadiness', () => {
  it('scores the snapshot with the results rule: implemented 1, partial ½, N/A out of the count', () => {
    const answered = workspace({
      assessment: {
        ...workspace().assessment,
        answers: {
          'q-a': answer('implemented'),
          'q-b': answer('partial'),
          'q-d': answer('not-applicable', 'We have no AI policy scope here.'),
        },
      },
    });
    const snapshot = takeSnapshot(answered, full, 'Q3', NOW);
    // (1 + 0.5 + 0) / 3 applicable questions = 50 %.
    expect(snapshotOverallReadiness(snapshot, areas)).toBe(50);
  });
});
