/**
 * What one answer counts as, and the tally of a set of questions: the part of the scoring rule
 * (see scoring.ts) that the wizard needs for its live readiness, so it loads with the page.
 */
import { MIN_JUSTIFICATION_LENGTH, type Answer, type Question } from './types';

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

/** Tallies the given questions' answers (only their ids matter, so a question list of ids will do). */
export function tallyQuestions(
  id: string,
  questions: readonly Pick<Question, 'id'>[],
  answers: Record<string, Answer>,
): Tally {
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
