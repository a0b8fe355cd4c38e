import { describe, expect, it } from 'vitest';
import {
  countEssentialGaps,
  effectiveStatus,
  scoreAssessment,
  tallyQuestions,
} from '../../../src/lib/assessment/scoring';
import { answer, areas, justifiedNa, question, questions } from './fixtures';

const three = [question('a'), question('b'), question('c')];

describe('tallyQuestions', () => {
  it('counts implemented as 1 and partial as 0.5', () => {
    const tally = tallyQuestions('x', three, {
      a: answer('implemented'),
      b: answer('partial'),
      c: answer('not-started'),
    });
    expect(tally.credit).toBe(1.5);
    expect(tally.applicable).toBe(3);
    expect(tally.percent).toBe(50);
  });

  it('counts unanswered questions as 0 in the denominator', () => {
    const tally = tallyQuestions('x', three, { a: answer('implemented') });
    expect(tally).toMatchObject({ applicable: 3, unanswered: 2, percent: 33 });
  });

  it('removes a justified N/A from the denominator', () => {
    const tally = tallyQuestions('x', three, { a: answer('implemented'), b: justifiedNa(), c: answer('partial') });
    expect(tally).toMatchObject({ applicable: 2, notApplicable: 1, credit: 1.5, percent: 75 });
  });

  it('treats an N/A without a (long enough) justification as unanswered', () => {
    const tally = tallyQuestions('x', three, {
      a: answer('implemented'),
      b: answer('not-applicable', { justification: 'no' }),
      c: answer('implemented'),
    });
    expect(tally).toMatchObject({ applicable: 3, notApplicable: 0, unanswered: 1, percent: 67 });
  });

  it('gives null, not 0 or 100, when every question is N/A', () => {
    const tally = tallyQuestions('x', three, { a: justifiedNa(), b: justifiedNa(), c: justifiedNa() });
    expect(tally.percent).toBeNull();
    expect(tally.applicable).toBe(0);
  });

  it('gives null for an empty set of questions', () => {
    expect(tallyQuestions('x', [], {}).percent).toBeNull();
  });

  it('rounds to whole percentages (partial alone on three questions is 17%)', () => {
    expect(tallyQuestions('x', three, { a: answer('partial') }).percent).toBe(17);
  });

  it('keeps documented-and-evidenced apart from the score', () => {
    const withFlags = tallyQuestions('x', three, {
      a: answer('implemented', { documented: true, evidenced: true }),
      b: answer('implemented', { documented: true }),
      c: answer('not-started', { documented: true, evidenced: true }),
    });
    const withoutFlags = tallyQuestions('x', three, {
      a: answer('implemented'),
      b: answer('implemented'),
      c: answer('not-started'),
    });
    expect(withFlags.percent).toBe(withoutFlags.percent);
    expect(withFlags.auditReady).toBe(1);
    expect(withFlags.documentedOnly).toBe(1);
  });
});

describe('effectiveStatus', () => {
  it('maps a missing answer and a null status to unanswered', () => {
    expect(effectiveStatus(undefined)).toBe('unanswered');
    expect(effectiveStatus(answer(null))).toBe('unanswered');
  });

  it('ignores surrounding spaces when judging a justification', () => {
    expect(effectiveStatus(answer('not-applicable', { justification: '   short    ' }))).toBe('unanswered');
    expect(effectiveStatus(justifiedNa())).toBe('not-applicable');
  });
});

describe('scoreAssessment', () => {
  it('weights the overall score by question, not by area average', () => {
    const score = scoreAssessment(areas, questions, {
      scope: answer('implemented'),
      context: answer('implemented'),
      leadership: answer('not-started'),
      policy: answer('not-started'),
      'policy-review': answer('not-started'),
    });
    // Areas: 4 -> 100%, 5 -> 0%, A.2 -> 0%: an average of areas would say 33%.
    expect(score.overall.percent).toBe(40);
    expect(score.areas.map((tally) => [tally.id, tally.percent])).toEqual([
      ['4', 100],
      ['5', 0],
      ['A.2', 0],
    ]);
  });

  it('splits clauses 4-10 from Annex A', () => {
    const score = scoreAssessment(areas, questions, {
      policy: answer('implemented'),
      'policy-review': answer('partial'),
    });
    expect(score.clauses).toMatchObject({ questions: 3, percent: 0 });
    expect(score.annexA).toMatchObject({ questions: 2, percent: 75 });
  });

  it('reports an area where everything is N/A as null while others still score', () => {
    const score = scoreAssessment(areas, questions, {
      leadership: justifiedNa(),
      scope: answer('implemented'),
      context: answer('implemented'),
    });
    expect(score.areas.find((tally) => tally.id === '5')?.percent).toBeNull();
    expect(score.overall.applicable).toBe(4);
  });
});

describe('countEssentialGaps', () => {
  it('counts priority-1 questions not implemented, ignoring justified N/A', () => {
    expect(countEssentialGaps(questions, {})).toBe(2);
    expect(countEssentialGaps(questions, { scope: answer('implemented'), policy: justifiedNa() })).toBe(0);
    expect(countEssentialGaps(questions, { scope: answer('partial'), policy: answer('implemented') })).toBe(1);
  });
});
