import type { ReactNode } from 'react';
import type { Question } from '../../lib/assessment/types';
import type { AssessmentForm } from './formValues';
import { QuestionCard } from './QuestionCard';

interface Props {
  form: AssessmentForm;
  intro: ReactNode;
  /** The questions of this area, each with its position in the whole bank. */
  questions: { question: Question; number: number }[];
}

/** Field names an area step validates before moving on (only N/A justifications have rules). */
export function areaFields(questions: readonly Question[]) {
  return questions.map((question) => `answers.${question.id}.justification` as const);
}

export function AreaStep({ form, intro, questions }: Props) {
  return (
    <div className="step-body">
      {intro}
      {questions.map(({ question, number }) => (
        <QuestionCard key={question.id} form={form} question={question} number={number} />
      ))}
    </div>
  );
}
