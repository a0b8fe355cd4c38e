import { describe, expect, it } from 'vitest';
import { listUnanswered, prioritizeGaps } from '../../../src/lib/assessment/gaps';
import { answer, justifiedNa, questions, scoping } from './fixtures';

describe('prioritizeGaps', () => {
  it('orders by priority, then not started before partial before missing evidence, then bank order', () => {
    const gaps = prioritizeGaps(
      questions,
      {
        scope: answer('partial'),
        context: answer('implemented'),
        leadership: answer('not-started'),
        policy: answer('not-started'),
        'policy-review': answer('partial'),
      },
      scoping(),
    );
    expect(gaps.map((gap) => [gap.question.id, gap.kind, gap.priority])).toEqual([
      ['policy', 'not-started', 1],
      ['scope', 'partial', 1],
      ['leadership', 'not-started', 2],
      ['context', 'no-evidence', 2],
      ['policy-review', 'partial', 3],
    ]);
  });

  it('leaves out unanswered, justified N/A and fully evidenced implemented questions', () => {
    const gaps = prioritizeGaps(
      questions,
      { scope: justifiedNa(), context: answer('implemented', { documented: true, evidenced: true }) },
      scoping(),
    );
    expect(gaps).toEqual([]);
  });

  it('raises a gap one level when the scoping matches, never above 1', () => {
    const answers = { 'policy-review': answer('not-started') };
    expect(prioritizeGaps(questions, answers, scoping())[0]).toMatchObject({ priority: 3, raisedBy: null });
    expect(prioritizeGaps(questions, answers, scoping({ role: 'provider' }))[0]).toMatchObject({
      priority: 2,
      raisedBy: 'provider',
    });
  });

  it('raises questions marked eu-high-risk only for high-risk exposure', () => {
    const marked = [{ ...questions[0]!, priority: 1 as const, raisedFor: ['eu-high-risk' as const] }];
    const answers = { scope: answer('partial') };
    expect(prioritizeGaps(marked, answers, scoping({ euExposure: 'limited' }))[0]?.raisedBy).toBeNull();
    expect(prioritizeGaps(marked, answers, scoping({ euExposure: 'high-risk' }))[0]).toMatchObject({
      raisedBy: 'eu-high-risk',
      priority: 1,
    });
  });
});

describe('listUnanswered', () => {
  it('lists missing answers and N/A answers that still need a justification', () => {
    const unanswered = listUnanswered(questions, {
      scope: answer('implemented'),
      context: answer('not-applicable'),
      leadership: justifiedNa(),
      policy: answer(null),
    });
    expect(unanswered.map((question) => question.id)).toEqual(['context', 'policy', 'policy-review']);
  });
});
