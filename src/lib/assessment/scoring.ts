/**
 * The published scoring rule (explained on /assessment/method/):
 * implemented counts 1, partial 0.5, not started or unanswered 0; a justified N/A leaves the
 * denominator. Readiness = credit / applicable questions. "Documented and evidenced" never adds
 * credit: it is counted apart, so a template is not mistaken for a working control.
 */
import { MIN_JUSTIFICATION_LENGTH, type Answer, type Area, type Question } from './types';

/** What an answer counts as once the N/A rule is applied. */
export type EffectiveStatus = 'implemented' | 'partial' | 'not-started' | 'not-applicable' | 'unanswered';

const CREDIT: Record<EffectiveStatus, number> = {
  implemented: 1,
  partial: 0.5,
  'not-started': 0,
  unanswered: 0,
  'not-applicable': 0,
};

/** True when an N/A answer carries a justification long enough to count. */
export function hasJustification(answer: Answer | undefined): boolean {
  return (answer?.justification.trim().length ?? 0) >= MIN_JUSTIFICATION_LENGTH;
}

/** The status used for scoring: an N/A without justification counts as unanswered. */
export function effectiveStatus(answer: Answer | undefined): EffectiveStatus {
  if (!answer?.status) return 'unanswered';
  if (answer.status === 'not-applicable') return hasJustification(answer) ? 'not-applicable' : 'unanswered';
  return answer.status;
}

/** Credit a status earns towards readiness. */
export function creditOf(status: EffectiveStatus): number {
  return CREDIT[status];
}

/** Counts and readiness of a set of questions (an area, the clauses, Annex A or everything). */
export interface Tally {
  id: string;
  questions: number;
  implemented: number;
  partial: number;
  notStarted: number;
  unanswered: number;
  notApplicable: number;
  /** Questions that count: all minus justified N/A. */
  applicable: number;
  /** Sum of credits. */
  credit: number;
  /** Whole-number readiness 0-100, or null when nothing applies. */
  percent: number | null;
  /** Implemented and marked both documented and evidenced. */
  auditReady: number;
  /** Marked documented while not implemented: paper without a working practice. */
  documentedOnly: number;
}

/** Readiness overall, for clauses 4-10, for Annex A and for each area. */
export interface AssessmentScore {
  overall: Tally;
  clauses: Tally;
  annexA: Tally;
  areas: Tally[];
}

/** Tallies the given questions' answers. */
export function tallyQuestions(id: string, questions: readonly Question[], answers: Record<string, Answer>): Tally {
  const tally: Tally = {
    id,
    questions: questions.length,
    implemented: 0,
    partial: 0,
    notStarted: 0,
    unanswered: 0,
    notApplicable: 0,
    applicable: 0,
    credit: 0,
    percent: null,
    auditReady: 0,
    documentedOnly: 0,
  };
  for (const question of questions) {
    const answer = answers[question.id];
    const status = effectiveStatus(answer);
    if (status === 'not-applicable') {
      tally.notApplicable += 1;
      continue;
    }
    tally.applicable += 1;
    tally.credit += creditOf(status);
    if (status === 'implemented') tally.implemented += 1;
    else if (status === 'partial') tally.partial += 1;
    else if (status === 'not-started') tally.notStarted += 1;
    else tally.unanswered += 1;
    if (status === 'implemented' && answer?.documented && answer.evidenced) tally.auditReady += 1;
    if (status !== 'implemented' && answer?.documented) tally.documentedOnly += 1;
  }
  tally.percent = tally.applicable > 0 ? Math.round((tally.credit / tally.applicable) * 100) : null;
  return tally;
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
