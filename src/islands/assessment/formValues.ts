/** The form's value shape and helpers shared by the island's components. */
import type { UseFormReturn } from 'react-hook-form';
import { emptyAnswer, emptyScoping, type AssessmentAnswers, type Question } from '../../lib/assessment/types';

export type AssessmentForm = UseFormReturn<AssessmentAnswers>;

/** What a notice's buttons can do (the wizard owns the handlers). */
export type NoticeAction = 'dismiss' | 'download-unreadable' | 'delete-unreadable';

/** A message above the wizard, and the buttons that answer it (Dismiss when none are given). */
export type Notice = { tone: 'info' | 'warning'; text: string; actions?: NoticeAction[] };

/** Every question with an empty answer, so each field exists before it is rendered. */
export function blankValues(questions: readonly Question[]): AssessmentAnswers {
  return {
    scoping: emptyScoping(),
    answers: Object.fromEntries(questions.map((question) => [question.id, emptyAnswer()])),
  };
}

/** Saved or imported values over the blank ones; answers to removed questions are kept as they are. */
export function withDefaults(questions: readonly Question[], state: AssessmentAnswers): AssessmentAnswers {
  const blank = blankValues(questions);
  return { scoping: { ...blank.scoping, ...state.scoping }, answers: { ...blank.answers, ...state.answers } };
}

/** True when nothing has been entered, so there is nothing worth saving. */
export function isBlank(state: AssessmentAnswers): boolean {
  const scopingEmpty = Object.values(state.scoping).every((value) => value === null || value === undefined);
  const answersEmpty = Object.values(state.answers).every(
    (answer) => !answer.status && !answer.justification && !answer.note && !answer.documented && !answer.evidenced,
  );
  return scopingEmpty && answersEmpty;
}

/** Field names an area step validates before moving on (only N/A justifications have rules). */
export function areaFields(questions: readonly Question[]) {
  return questions.map((question) => `answers.${question.id}.justification` as const);
}

/** Label of an area step, e.g. "Clause 6: Planning" or "A.6: AI system life cycle". */
export function areaLabel(area: { id: string; kind: 'clause' | 'group'; title: string }): string {
  return area.kind === 'clause' ? `Clause ${area.id}: ${area.title}` : `${area.id}: ${area.title}`;
}
