/** The form's value shape and helpers shared by the island's components. */
import type { UseFormReturn } from 'react-hook-form';
import { emptyAnswer, emptyScoping, type AssessmentAnswers, type Question } from '../../lib/assessment/types';

export type AssessmentForm = UseFormReturn<AssessmentAnswers>;

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

const TYPES: Record<string, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

/** Offers text as a file download, typed by the file's extension; nothing leaves the browser. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: TYPES[fileName.split('.').pop()!] ?? 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Label of an area step, e.g. "Clause 6: Planning" or "A.6: AI system life cycle". */
export function areaLabel(area: { id: string; kind: 'clause' | 'group'; title: string }): string {
  return area.kind === 'clause' ? `Clause ${area.id}: ${area.title}` : `${area.id}: ${area.title}`;
}
