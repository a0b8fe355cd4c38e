import type { ReactNode } from 'react';
import type { Question } from '../../lib/assessment/types';
import type { AssessmentForm } from './formValues';
import { QuestionCard, type StatusOptions } from './QuestionCard';

interface Props {
  form: AssessmentForm;
  intro: ReactNode;
  statusOptions: StatusOptions;
  /** The questions of this area, each with its position in the whole bank. */
  questions: { question: Question; number: number }[];
}

/** The questions of one area. Loaded with import() once the visitor heads past the scoping step. */
export default function AreaStep({ form, intro, statusOptions, questions }: Props) {
  return (
    <div className="step-body">
      {intro}
      {questions.map(({ question, number }) => (
        <QuestionCard key={question.id} form={form} question={question} number={number} options={statusOptions} />
      ))}
    </div>
  );
}
