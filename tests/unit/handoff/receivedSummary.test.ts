import { describe, expect, it } from 'vitest';
import type { Area, Band, Question } from '../../../src/lib/assessment/types';
import { defaultInputs } from '../../../src/lib/estimator/inputShape';
import { decodeShareFragment } from '../../../src/lib/estimator/share';
import { prefilledEstimatePath, summarizeReceived } from '../../../src/lib/handoff/receivedSummary';
import { system, workspace } from '../workbench/builders';

const question = (id: string, priority: 1 | 2 | 3): Question => ({
  id,
  area: '5',
  text: `Question ${id}`,
  help: '',
  action: '',
  clauses: ['5.2'],
  controls: [],
  guidance: '/clauses/5/',
  priority,
  raisedFor: [],
});
const areas: Area[] = [{ id: '5', kind: 'clause', title: 'Leadership' }];
const bands: Band[] = [
  { id: 'early', label: 'Early', minPercent: 0, requiresNoEssentialGaps: false, summary: '' },
  { id: 'ready', label: 'Ready', minPercent: 80, requiresNoEssentialGaps: true, summary: '' },
];
const answer = (status: 'implemented' | 'not-started') => ({
  status,
  justification: '',
  documented: true,
  evidenced: true,
  note: '',
});
const scoped = (scoping: Partial<ReturnType<typeof workspace>['assessment']['scoping']>) =>
  workspace({
    assessment: { ...workspace().assessment, scoping: { ...workspace().assessment.scoping, ...scoping } },
  });

describe('the received workspace’s summary', () => {
  it('scores with the published rule and lists the open gap', () => {
    const received = workspace({
      assessment: {
        ...workspace().assessment,
        answers: { q1: answer('implemented'), q2: answer('not-started') },
      },
      inventory: { systems: [system('a'), system('b', { inScope: false })], changedAt: '' },
    });
    const summary = summarizeReceived(received, {
      areas,
      questions: [question('q1', 2), question('q2', 1), question('q3', 3)],
      bands,
    });
    // One implemented of three applicable questions (q3 unanswered counts as 0).
    expect(summary.percent).toBe(33);
    expect(summary.answered).toBe(2);
    expect(summary.essentialGaps).toBe(1);
    expect(summary.band?.id).toBe('early');
    expect(summary.gaps.map((gap) => gap.question.id)).toEqual(['q2']);
    expect([summary.systems, summary.systemsInScope]).toEqual([2, 1]);
  });
});

describe('the pre-filled estimate', () => {
  it('carries size, AI system count and role in the estimator’s own link format, the rest at its defaults', () => {
    const path = prefilledEstimatePath(scoped({ role: 'developer', sizeBand: 'over-2000', aiSystemCount: 12 }), 500);
    expect(path?.startsWith('/estimate/#')).toBe(true);
    const shared = decodeShareFragment(path!.slice(path!.indexOf('#')), 500);
    expect(shared).toEqual({
      kind: 'valid',
      inputs: { ...defaultInputs(), role: 'developer', sizeBand: 'over-2000', aiSystemCount: 12 },
    });
  });

  it('brings a count above the estimator’s maximum inside it', () => {
    const path = prefilledEstimatePath(scoped({ role: 'user', sizeBand: 'under-50', aiSystemCount: 900 }), 500);
    const shared = decodeShareFragment(path!.slice(path!.indexOf('#')), 500);
    expect(shared.kind === 'valid' && shared.inputs.aiSystemCount).toBe(500);
  });

  it('is not offered while the scoping step is unfinished', () => {
    expect(prefilledEstimatePath(scoped({ role: 'user', sizeBand: null, aiSystemCount: 3 }), 500)).toBeNull();
  });
});
