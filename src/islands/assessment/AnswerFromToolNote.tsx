/** Beside a scoping question: what another tool in this browser answers, and a way to take it. */
import type { ReactNode } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import type { AssessmentForm } from './formValues';

interface Props {
  id: string;
  testId: string;
  form: AssessmentForm;
  field: FieldPath<AssessmentAnswers>;
  /** The other tool's answer, compared with the visitor's. */
  answer: unknown;
  /** What the tool says, ending with its answer. */
  says: ReactNode;
  matches: string;
  useLabel: string;
  link: { href: string; label: string };
  readOnly: boolean;
  onUse: () => void;
  /** More to know (shown between the answer and the link). */
  children?: ReactNode;
}

export function AnswerFromToolNote(props: Props) {
  const current = useWatch({ control: props.form.control, name: props.field });
  return (
    <div className="field-note" id={props.id} data-testid={props.testId}>
      <p>
        {props.says}{' '}
        {current === props.answer ? (
          props.matches
        ) : (
          <button type="button" className="button-secondary" onClick={props.onUse} disabled={props.readOnly}>
            {props.useLabel}
          </button>
        )}
      </p>
      {props.children}
      <p>
        <a href={props.link.href}>{props.link.label}</a>
      </p>
    </div>
  );
}
