import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { CheckQuestion } from '../../schemas/aiActCheck';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { fill } from '../shared/text';
import type { AiActCheckCopy } from './copy';

interface Props {
  question: CheckQuestion;
  /** 1-based position on the current path. */
  number: number;
  /** The saved answer, if any, preselected. */
  answer: string | undefined;
  invalid: boolean;
  canGoBack: boolean;
  /** Answers cannot change (another tab saved, the store is full, unreadable data waits): Back still works. */
  readOnly: boolean;
  /** Move focus to the heading (after the visitor moved between steps, not on page load). */
  takeFocus: boolean;
  copy: AiActCheckCopy;
  onAnswer: (answerId: string) => void;
  onBack: () => void;
}

/** One question of the tree as a radio group; "I don't know" is one of the tree's own answers. */
export function QuestionStep({
  question,
  number,
  answer,
  invalid,
  canGoBack,
  readOnly,
  takeFocus,
  copy,
  onAnswer,
  onBack,
}: Props) {
  const { register, handleSubmit, formState } = useForm<{ answer: string }>({
    defaultValues: { answer: invalid ? '' : (answer ?? '') },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus, question.id]);
  const id = `question-${question.id}`;
  return (
    <form className="check-question" noValidate onSubmit={handleSubmit((values) => onAnswer(values.answer))}>
      <p className="check-step-count">{fill(copy.questionOf, { number })}</p>
      {invalid && <p className="callout notice notice-warning">{copy.invalidAnswer}</p>}
      <ReadOnlyGroup readOnly={readOnly} legend={fill(copy.questionOf, { number })}>
        <ChoiceGroup
          id={id}
          legend={
            <h2 ref={heading} tabIndex={-1}>
              {question.text}
            </h2>
          }
          help={question.help}
          options={question.answers.map((option) => ({ value: option.id, label: option.label }))}
          registration={register('answer', { required: copy.chooseAnswer })}
          error={formState.errors.answer?.message}
        />
      </ReadOnlyGroup>
      <p className="actions">
        {canGoBack && (
          <button type="button" className="button-secondary" onClick={onBack}>
            {copy.back}
          </button>
        )}
        <button type="submit" disabled={readOnly}>
          {copy.next}
        </button>
      </p>
    </form>
  );
}
