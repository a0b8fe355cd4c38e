import { describe, expect, it } from 'vitest';
import { buildTimelineTable } from '../../../src/lib/estimator/timeline';
import { workbenchResults, workbenchSoa } from '../../../src/lib/workbench/workbenchResults';
import { answer, areas, bands, justifiedNa, questions, scoping } from '../assessment/fixtures';
import { fixturePricing } from '../estimator/fixtures';
import { evidence, soaEntry, system, workspace } from './builders';

// In the fixtures, "policy" (priority 1) maps A.2.2 and "policy-review" (priority 3, raised for
// providers) maps A.2.3 and A.2.4.
const phases = [{ id: 'gap-analysis', name: 'Gap analysis', minWeeks: 2, maxWeeks: 3 }];
const content = {
  areas,
  questions,
  controls: [
    { id: 'A.2.2', title: 'AI policy' },
    { id: 'A.2.3', title: 'Alignment with other organizational policies' },
    { id: 'A.2.4', title: 'Review of the AI policy' },
  ],
  bands,
  phases,
  timeline: buildTimelineTable(phases, fixturePricing()),
  contentVersion: '2026-11-28',
};
const TODAY = '2026-11-20';

const answered = (overrides = {}) =>
  workspace({
    assessment: {
      ...workspace().assessment,
      scoping: scoping({ role: 'user' }),
      answers: {
        scope: answer('implemented', { documented: true, evidenced: true }),
        policy: answer('implemented', { documented: true, evidenced: true }),
        'policy-review': answer('partial', { documented: true, evidenced: true }),
      },
    },
    ...overrides,
  });

const kinds = (results: ReturnType<typeof workbenchResults>) =>
  results.allGaps.map(({ source, gap }) =>
    source === 'question' ? ['question', gap.kind, gap.question.id] : ['workbench', gap.kind, gap.subject],
  );

describe('the workbench results', () => {
  it('are the assessment’s results, with the figure from the answers while the register is empty', () => {
    const results = workbenchResults(content, answered(), TODAY);
    // 3 questions of 5 answered: implemented, implemented, partial = 2.5 of 5 counted.
    expect(results.score.overall.percent).toBe(50);
    expect(results.band?.id).toBe('building');
    expect(results.figures).toMatchObject({ source: 'answers', applicable: 3, documentedAndEvidenced: 3 });
    expect(kinds(results)).toEqual([['question', 'partial', 'policy-review']]);
  });

  it('take the register once it has items: overdue and missing evidence join the question gaps', () => {
    const items = [
      evidence('policy-pdf', { controlIds: ['A.2.2'], lastReviewed: '2025-11-01', reviewBy: '2026-11-01' }),
      evidence('alignment', { controlIds: ['A.2.3'], lastReviewed: '2026-11-01', reviewBy: '2026-12-10' }),
    ];
    const results = workbenchResults(content, answered({ evidence: { items } }), TODAY);
    expect(results.figures).toMatchObject({ source: 'register', applicable: 3, documentedAndEvidenced: 1 });
    expect(results.controlEvidence.map(({ controlId, state }) => [controlId, state])).toEqual([
      ['A.2.2', 'overdue'],
      ['A.2.3', 'due'],
      ['A.2.4', 'missing'],
    ]);
    // The overdue item supports A.2.2, whose question has priority 1: it comes first.
    expect(kinds(results)).toEqual([
      ['workbench', 'overdue-evidence', { type: 'evidence', evidenceId: 'policy-pdf', controlIds: ['A.2.2'] }],
      ['question', 'partial', 'policy-review'],
      ['workbench', 'no-evidence', { type: 'control', controlId: 'A.2.4' }],
    ]);
  });

  it('list controls without owner only once the SoA is edited, and systems without impact assessment', () => {
    const systems = [system('cv', { impactAssessment: { status: 'not-started', date: '' } })];
    const plain = workbenchResults(content, answered({ inventory: { systems, changedAt: '' } }), TODAY);
    expect(kinds(plain).map(([, kind]) => kind)).toEqual(['no-impact-assessment', 'partial']);

    const edited = answered({
      inventory: { systems, changedAt: '' },
      soa: { entries: [soaEntry('A.2.2', { owner: 'CISO' })], versions: [] },
    });
    const unowned = workbenchResults(content, edited, TODAY)
      .allGaps.filter(({ gap }) => 'kind' in gap && gap.kind === 'unowned-control')
      .map(({ gap }) => ('subject' in gap ? gap.subject : null));
    expect(unowned).toEqual([
      { type: 'control', controlId: 'A.2.3' },
      { type: 'control', controlId: 'A.2.4' },
    ]);
  });

  it('leave excluded controls out of the evidence states', () => {
    const excluded = answered();
    excluded.assessment.answers['policy-review'] = justifiedNa();
    const results = workbenchResults(content, { ...excluded, evidence: { items: [evidence('p')] } }, TODAY);
    expect(results.controlEvidence.map((control) => control.controlId)).toEqual(['A.2.2']);
    expect(workbenchSoa(content, excluded).rows.map((row) => [row.controlId, row.applicable])).toEqual([
      ['A.2.2', true],
      ['A.2.3', false],
      ['A.2.4', false],
    ]);
  });
});
