import { describeInputs, type Formatting } from '../../lib/estimator/answers';
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import type { EstimatorModel } from '../../lib/estimator/types';
import type { EstimatorCopy } from './copy';

interface Props {
  inputs: EstimatorInputs;
  model: EstimatorModel;
  fmt: Formatting;
  copy: EstimatorCopy;
}

/**
 * The answers in words, shown only in print. The server renders them for the default answers; the
 * island shows that HTML until the visitor starts on the form, then renders them with this component
 * (see Estimator).
 */
export function PrintAnswers({ inputs, model, fmt, copy }: Props) {
  return (
    <section className="estimator-print-only" aria-label={copy.answersHeading}>
      <h3>{copy.answersHeading}</h3>
      <dl className="estimator-answers">
        {describeInputs(inputs, model, fmt, copy.summary).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
