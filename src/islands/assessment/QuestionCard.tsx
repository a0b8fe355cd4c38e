import { useWatch } from 'react-hook-form';
import {
  MAX_JUSTIFICATION_LENGTH,
  MAX_NOTE_LENGTH,
  MIN_JUSTIFICATION_LENGTH,
  type Question,
} from '../../lib/assessment/types';
import type { AssessmentForm } from './formValues';
import { ChoiceGroup } from '../shared/ChoiceGroup';

/** Answer options with their labels (ANSWER_LABELS, passed by the page so the words cost no JavaScript). */
export type StatusOptions = { value: string; label: string }[];

interface Props {
  form: AssessmentForm;
  question: Question;
  /** Position in the whole bank, from 1. */
  number: number;
  options: StatusOptions;
}

/** One question: status, N/A justification, evidence flags and a note. */
export function QuestionCard({ form, question, number, options }: Props) {
  const { register, control, formState } = form;
  const base = `q-${question.id}`;
  const field = `answers.${question.id}` as const;
  const status = useWatch({ control, name: `${field}.status` });
  const justificationError = formState.errors.answers?.[question.id]?.justification?.message;
  const references = [...question.clauses.map((id) => `clause ${id}`), ...question.controls].join(', ');
  return (
    <div className="question">
      <ChoiceGroup
        id={base}
        className="choice-group status-group"
        legend={
          <>
            <span className="question-number">{number}.</span> {question.text}
          </>
        }
        help={
          <>
            {question.help}{' '}
            <span className="question-refs">
              Evidences {references}.{' '}
              <a href={question.guidance}>
                Guidance<span className="visually-hidden"> for question {number}</span>
              </a>
            </span>
          </>
        }
        options={options}
        registration={register(`${field}.status`)}
      />
      {status === 'not-applicable' && (
        <div className="field">
          <label htmlFor={`${base}-justification`}>Why does this not apply? (required)</label>
          <textarea
            id={`${base}-justification`}
            rows={2}
            maxLength={MAX_JUSTIFICATION_LENGTH}
            aria-describedby={justificationError ? `${base}-justification-error` : undefined}
            aria-invalid={justificationError ? true : undefined}
            {...register(`${field}.justification`, {
              validate: (value, values) =>
                values.answers[question.id]?.status !== 'not-applicable' ||
                value.trim().length >= MIN_JUSTIFICATION_LENGTH ||
                `Give a reason of at least ${MIN_JUSTIFICATION_LENGTH} characters.`,
            })}
          />
          {justificationError && (
            <p id={`${base}-justification-error`} className="field-error" role="alert">
              {justificationError}
            </p>
          )}
        </div>
      )}
      <fieldset className="evidence-flags">
        <legend>
          Evidence<span className="visually-hidden"> for question {number}</span> (optional)
        </legend>
        <label className="choice">
          <input type="checkbox" {...register(`${field}.documented`)} />
          <span>Documented</span>
        </label>
        <label className="choice">
          <input type="checkbox" {...register(`${field}.evidenced`)} />
          <span>Evidenced</span>
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${base}-note`}>
          Note<span className="visually-hidden"> on question {number}</span> (optional)
        </label>
        <textarea id={`${base}-note`} rows={1} maxLength={MAX_NOTE_LENGTH} {...register(`${field}.note`)} />
      </div>
    </div>
  );
}
