import { useWatch } from 'react-hook-form';
import { tallyQuestions, type Tally } from '../../lib/assessment/tally';
import { RESULTS_STEP, SCOPING_STEP } from '../../lib/assessment/steps';
import type { Question } from '../../lib/assessment/types';
import type { AssessmentCopy } from './copy';
import type { AssessmentForm } from './formValues';

interface Props {
  form: AssessmentForm;
  steps: { id: string; label: string }[];
  current: string;
  questions: Question[];
  onJump: (step: string) => void;
  copy: AssessmentCopy;
}

/** Progress, live readiness and a list of every step to jump to. */
export function StepNavigation({ form, steps, current, questions, onJump, copy }: Props) {
  const [answers, scoping] = useWatch({ control: form.control, name: ['answers', 'scoping'] });
  const index = steps.findIndex((step) => step.id === current);
  // Answered: every question that does not count as unanswered (a justified N/A counts as answered).
  const answered = ({ questions: count, unanswered }: Tally) => count - unanswered;
  const overall = tallyQuestions('overall', questions, answers);
  const scopingDone = Object.values(scoping).filter((value) => value !== null && value !== undefined).length;
  return (
    <nav className="step-nav no-print" aria-label={copy.navLabel}>
      <p className="step-count" id="step-progress-label">
        Step {index + 1} of {steps.length}
      </p>
      <progress max={steps.length} value={index + 1} aria-labelledby="step-progress-label" />
      <p className="step-summary">
        {answered(overall)} of {questions.length} {copy.readinessSoFar}{' '}
        <strong>{overall.percent === null ? 'n/a' : `${overall.percent}%`}</strong>
      </p>
      <ol className="step-list">
        {steps.map((step) => {
          const area = tallyQuestions(
            step.id,
            questions.filter((question) => question.area === step.id),
            answers,
          );
          const progress =
            step.id === SCOPING_STEP
              ? `${scopingDone} of 4 answered`
              : step.id === RESULTS_STEP
                ? ''
                : `${answered(area)} of ${area.questions} answered`;
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
