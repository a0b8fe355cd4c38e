/**
 * The published scoring rule (explained on /assessment/method/):
 * implemented counts 1, partial 0.5, not started or unanswered 0; a justified N/A leaves the
 * denominator. Readiness = credit / applicable questions. "Documented and evidenced" never adds
 * credit: it is counted apart, so a template is not mistaken for a working control.
 * The per-answer rule and the tally are in tally.ts (re-exported here).
 */
import { effectiveStatus, tallyQuestions, type Tally } from './tally';
import type { Answer, Area, Question } from './types';

export { creditOf, effectiveStatus, hasJustification, tallyQuestions, type EffectiveStatus, type Tally } from './tally';

/** Readiness overall, for clauses 4-10, for Annex A and for each area. */
export interface AssessmentScore {
  overall: Tally;
  clauses: Tally;
  annexA: Tally;
  areas: Tally[];
}

/** Scores every area and the totals; overall is weighted by question, not an average of areas. */
export function scoreAssessment(
  areas: readonly Area[],
  questions: readonly Question[],
  answers: Record<string, Answer>,
): AssessmentScore {
  const kindOf = new Map(areas.map((area) => [area.id, area.kind]));
  return {
    overall: tallyQuestions('overall', questions, answers),
    clauses: tallyQuestions(
      'clauses',
      questions.filter((question) => kindOf.get(question.area) === 'clause'),
      answers,
    ),
    annexA: tallyQuestions(
      'annex-a',
      questions.filter((question) => kindOf.get(question.area) === 'group'),
      answers,
    ),
    areas: areas.map((area) =>
      tallyQuestions(
        area.id,
        questions.filter((question) => question.area === area.id),
        answers,
      ),
    ),
  };
}

/** Priority-1 questions that are applicable and not implemented. */
export function countEssentialGaps(questions: readonly Question[], answers: Record<string, Answer>): number {
  return questions.filter((question) => {
    if (question.priority !== 1) return false;
    const status = effectiveStatus(answers[question.id]);
    return status !== 'implemented' && status !== 'not-applicable';
  }).length;
}
