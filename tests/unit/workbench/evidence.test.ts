import { describe, expect, it } from 'vitest';
import type { SoaRow } from '../../../src/lib/assessment/statementOfApplicability';
import { controlEvidenceStates, evidenceItemState, suggestedEvidence } from '../../../src/lib/workbench/evidence';
import { evidenceFigures, removeEvidenceItem } from '../../../src/lib/workbench/evidenceRegister';
import { evidence, soaEntry, workspace } from './builders';

const TODAY = '2026-11-20';

describe('evidence states by date', () => {
  it.each([
    ['2026-11-19', 'overdue', 'yesterday'],
    ['2026-11-20', 'due', 'the review-by day itself'],
    ['2026-12-20', 'due', 'exactly 30 days ahead'],
    ['2026-12-21', 'current', '31 days ahead'],
    ['2025-12-31', 'overdue', 'last year'],
    ['', 'current', 'no review date'],
  ])('review by %s is %s (%s)', (reviewBy, state) => {
    expect(evidenceItemState({ reviewBy }, TODAY)).toBe(state);
  });

  it('counts calendar days across a leap February', () => {
    expect(evidenceItemState({ reviewBy: '2028-03-02' }, '2028-02-01')).toBe('due');
    expect(evidenceItemState({ reviewBy: '2028-03-03' }, '2028-02-01')).toBe('current');
  });
});

describe('control states', () => {
  it('is missing without an item and takes the worst state of its items', () => {
    const items = [
      evidence('policy', { controlIds: ['A.2.2'], reviewBy: '2027-06-01' }),
      evidence('review', { controlIds: ['A.2.2', 'A.2.3'], reviewBy: '2026-12-01' }),
      evidence('logs', { controlIds: ['A.2.3'], reviewBy: '2026-11-01' }),
    ];
    const states = controlEvidenceStates(['A.2.2', 'A.2.3', 'A.2.4'], items, TODAY);
    expect(
      states.map(({ controlId, state, items: supporting }) => [controlId, state, supporting.map((item) => item.id)]),
    ).toEqual([
      ['A.2.2', 'due', ['policy', 'review']],
      ['A.2.3', 'overdue', ['review', 'logs']],
      ['A.2.4', 'missing', []],
    ]);
  });

  it('counts an item the SoA entry links, even when the item does not list the control', () => {
    const items = [evidence('minutes', { controlIds: [], reviewBy: '2027-06-01' })];
    const states = controlEvidenceStates(['A.3.2'], items, TODAY, [soaEntry('A.3.2', { evidenceIds: ['minutes'] })]);
    expect(states[0]?.state).toBe('current');
  });
});

describe('suggested evidence', () => {
  it('lists the control page’s items, marking those already in the register', () => {
    const fromContent = {
      'A.6.2.8': ['Logging specification per AI system', 'Sample log extracts'],
      'A.2.2': ['AI policy'],
    };
    const items = [evidence('spec', { title: ' logging  specification per AI system', controlIds: ['A.6.2.8'] })];
    expect(suggestedEvidence('A.6.2.8', fromContent, items)).toEqual([
      { title: 'Logging specification per AI system', inRegister: true },
      { title: 'Sample log extracts', inRegister: false },
    ]);
    expect(suggestedEvidence('A.9.9', fromContent, items)).toEqual([]);
  });
});

describe('documented and evidenced', () => {
  const draft = (controlId: string, documented: boolean, evidenced: boolean): SoaRow => ({
    controlId,
    title: controlId,
    applicable: true,
    justification: '',
    status: 'implemented',
    documented,
    evidenced,
    questionIds: [],
  });
  const drafts = [draft('A.2.2', true, true), draft('A.2.3', true, false), draft('A.2.4', false, false)];
  const rows = [soaEntry('A.2.2'), soaEntry('A.2.3'), soaEntry('A.2.4'), soaEntry('A.5.2', { applicable: false })];

  it('comes from the answers while the register is empty', () => {
    const figures = evidenceFigures(drafts, rows, [], TODAY);
    expect(figures).toMatchObject({ source: 'answers', applicable: 3, documentedAndEvidenced: 1 });
  });

  it('comes from the register once it has items: reviewed and not overdue counts as evidenced', () => {
    const items = [
      evidence('reviewed', { controlIds: ['A.2.3'], lastReviewed: '2026-10-01', reviewBy: '2027-01-01' }),
      evidence('never-reviewed', { controlIds: ['A.2.4'], lastReviewed: '', reviewBy: '2027-01-01' }),
      evidence('overdue', { controlIds: ['A.2.2'], lastReviewed: '2025-10-01', reviewBy: '2026-10-01' }),
    ];
    const figures = evidenceFigures(drafts, rows, items, TODAY);
    expect(figures.source).toBe('register');
    expect(figures.controls).toEqual([
      { controlId: 'A.2.2', documented: true, evidenced: false },
      { controlId: 'A.2.3', documented: true, evidenced: true },
      { controlId: 'A.2.4', documented: true, evidenced: false },
    ]);
    expect(figures.documentedAndEvidenced).toBe(1);
  });
});

describe('removing an item', () => {
  it('removes the SoA links to it', () => {
    const start = workspace({
      evidence: { items: [evidence('a'), evidence('b')] },
      soa: { entries: [soaEntry('A.2.2', { evidenceIds: ['a', 'b'] })], versions: [] },
    });
    const after = removeEvidenceItem(start, 'a', new Date('2026-11-20T00:00:00Z'));
    expect(after.evidence.items.map((item) => item.id)).toEqual(['b']);
    expect(after.soa.entries[0]?.evidenceIds).toEqual(['b']);
  });
});
