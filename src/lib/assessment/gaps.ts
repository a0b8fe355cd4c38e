/**
 * The prioritized gap list: what to do next. Unanswered questions are not gaps (they are listed
 * in the summary of unanswered questions); justified N/A answers are not gaps either.
 * Order: effective priority (1 first), then kind (not started, partial, evidence missing),
 * then the order of the question bank.
 */
import { effectiveStatus } from './scoring';
import type { Answer, Emphasis, Question, Scoping } from './types';

export type GapKind = 'not-started' | 'partial' | 'no-evidence';

export interface Gap {
  question: Question;
  kind: GapKind;
  /** Priority after the scoping answers were applied (1 = first). */
  priority: 1 | 2 | 3;
  /** The scoping answer that moved it up, if any. */
  raisedBy: Emphasis | null;
}

const KIND_ORDER: Record<GapKind, number> = { 'not-started': 0, partial: 1, 'no-evidence': 2 };

/** Which of a question's emphases the scoping answers match. */
export function matchingEmphasis(question: Question, scoping: Scoping): Emphasis | null {
  for (const emphasis of question.raisedFor) {
    if (emphasis === 'eu-high-risk' ? scoping.euExposure === 'high-risk' : scoping.role === emphasis) return emphasis;
  }
  return null;
}

/**
 * A question's priority once the scoping answers are applied: a matching emphasis moves it up one
 * level (never above 1). The workbench's gap items use the same rule for controls.
 */
export function effectivePriority(
  question: Question,
  scoping: Scoping,
): { priority: 1 | 2 | 3; raisedBy: Emphasis | null } {
  const raisedBy = matchingEmphasis(question, scoping);
  return { priority: Math.max(1, question.priority - (raisedBy ? 1 : 0)) as 1 | 2 | 3, raisedBy };
}

function gapKind(answer: Answer | undefined): GapKind | null {
  const status = effectiveStatus(answer);
  if (status === 'not-started' || status === 'partial') return status;
  if (status === 'implemented' && !(answer?.documented && answer.evidenced)) return 'no-evidence';
  return null;
}

/** Gaps of the answered questions, most urgent first. */
export function prioritizeGaps(
  questions: readonly Question[],
  answers: Record<string, Answer>,
  scoping: Scoping,
): Gap[] {
  const gaps: (Gap & { order: number })[] = [];
  questions.forEach((question, order) => {
    const kind = gapKind(answers[question.id]);
    if (!kind) return;
    const { priority, raisedBy } = effectivePriority(question, scoping);
    gaps.push({ question, kind, priority, raisedBy, order });
  });
  gaps.sort((a, b) => a.priority - b.priority || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order);
  return gaps.map(({ order: _order, ...gap }) => gap);
}

/** Questions with no countable answer yet (including N/A without justification), by area. */
export function listUnanswered(questions: readonly Question[], answers: Record<string, Answer>): Question[] {
  return questions.filter((question) => effectiveStatus(answers[question.id]) === 'unanswered');
}
