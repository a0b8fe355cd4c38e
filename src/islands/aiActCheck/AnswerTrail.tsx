import type { TrailStep } from '../../lib/aiActCheck/types';
import { fill } from '../shared/text';
import type { AiActCheckCopy } from './copy';

interface Props {
  trail: readonly TrailStep[];
  readOnly: boolean;
  copy: AiActCheckCopy;
  onChange: (questionId: string) => void;
}

/** The answers on the current path, each with a button to go back and change it. */
export function AnswerTrail({ trail, readOnly, copy, onChange }: Props) {
  if (trail.length === 0) return null;
  return (
    <section className="check-trail" aria-labelledby="check-trail-heading">
      <h2 id="check-trail-heading">{copy.trailHeading}</h2>
      <ol>
        {trail.map((step) => (
          <li key={step.questionId}>
            {step.question} <strong>{step.answer}</strong>{' '}
            <button
              type="button"
              className="button-secondary"
              disabled={readOnly}
              aria-label={fill(copy.changeLabel, { question: step.question })}
              onClick={() => onChange(step.questionId)}
            >
              {copy.change}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
