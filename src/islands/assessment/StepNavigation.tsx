import { useWatch } from 'react-hook-form';
import { effectiveStatus, tallyQuestions } from '../../lib/assessment/scoring';
import { RESULTS_STEP, SCOPING_STEP } from '../../lib/assessment/steps';
import type { Question } from '../../lib/assessment/types';
import type { AssessmentForm } from './formValues';

interface Props {
  form: AssessmentForm;
  steps: { id: string; label: string }[];
  current: string;
  questions: Question[];
  onJump: (step: string) => void;
}

/** Progress, live readiness and a list of every step to jump to. */
export function StepNavigation({ form, steps, current, questions, onJump }: Props) {
  const [answers, scoping] = useWatch({ control: form.control, name: ['answers', 'scoping'] });
  const index = steps.findIndex((step) => step.id === current);
  const answeredIn = (area: string) =>
    questions.filter((question) => question.area === area && effectiveStatus(answers[question.id]) !== 'unanswered')
      .length;
  const answered = questions.filter((question) => effectiveStatus(answers[question.id]) !== 'unanswered').length;
  const overall = tallyQuestions('overall', questions, answers).percent;
  const scopingDone = Object.values(scoping).filter((value) => value !== null && value !== undefined).length;
  return (
    <nav className="step-nav no-print" aria-label="Assessment steps">
      <p className="step-count" id="step-progress-label">
        Step {index + 1} of {steps.length}
      </p>
      <progress max={steps.length} value={index + 1} aria-labelledby="step-progress-label" />
      <p className="step-summary">
        {answered} of {questions.length} questions answered. Readiness so far:{' '}
        <strong>{overall === null ? 'n/a' : `${overall}%`}</strong>
      </p>
      <ol className="step-list">
        {steps.map((step) => {
          const count = questions.filter((question) => question.area === step.id).length;
          const progress =
            step.id === SCOPING_STEP
              ? `${scopingDone} of 4 answered`
              : step.id === RESULTS_STEP
                ? ''
                : `${answeredIn(step.id)} of ${count} answered`;
          return (
            <li key={step.id}>
              <button
                type="button"
                className="step-link"
                aria-current={step.id === current ? 'step' : undefined}
                onClick={() => onJump(step.id)}
              >
                <span>{step.label}</span>
                {progress && <span className="step-progress">{progress}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
