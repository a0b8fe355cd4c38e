import type { Formatting } from '../../lib/estimator/answers';
import { explainEstimate, type InputReason } from '../../lib/estimator/estimate';
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import type { EstimatorModel, Range } from '../../lib/estimator/types';
import { formatMoney } from '../../lib/format';
import type { EstimatorCopy } from './copy';
import { fill } from '../shared/text';
import { signedPercent } from './formValues';

interface Props {
  inputs: EstimatorInputs;
  model: EstimatorModel;
  fmt: Formatting;
  copy: EstimatorCopy;
}

/** "first-year total -$6,500 to -$20,000, surveillance -$500 to -$2,000 per year." */
function reasonSummary(reason: InputReason, fmt: Formatting, copy: EstimatorCopy): string {
  if (reason.costs.length === 0) return copy.weeksOnly;
  if (reason.costs.every((effect) => effect.supersededBy)) return copy.superseded;
  const money = (amount: number) =>
    `${amount > 0 ? '+' : amount < 0 ? '\u2212' : ''}${formatMoney(Math.abs(amount), fmt.locale, fmt.currency)}`;
  const parts: string[] = [];
  const add = (text: string, delta: Range) => {
    if (delta.low || delta.high) parts.push(fill(text, { low: money(delta.low), high: money(delta.high) }));
  };
  add(copy.reasonFirstYear, reason.firstYearDelta);
  add(copy.reasonSurveillance, reason.surveillanceDelta);
  return parts.length > 0 ? `${parts.join(', ')}.` : copy.noChange;
}

/**
 * "Why these figures": each answer that moved the estimate, by how much and why. The server renders
 * it for the default answers; the island shows that HTML until the visitor starts on the form, then
 * renders it with this component (see Estimator).
 */
export function Reasons({ inputs, model, fmt, copy }: Props) {
  const reasons = explainEstimate(inputs, model);
  return (
    <>
      <h3>{copy.reasonsHeading}</h3>
      {reasons.length === 0 ? (
        <p>{copy.noReasons}</p>
      ) : (
        <ul className="estimator-reasons">
          {reasons.map((reason) => (
            <li key={reason.key}>
              <strong>{reason.reason}</strong>: {reasonSummary(reason, fmt, copy)}
              <ul className="estimator-effects">
                {[...reason.costs, ...reason.weeks.map((item) => ({ ...item, name: fill(copy.phaseWeeks, item) }))].map(
                  (effect) => (
                    <li key={effect.name}>
                      {fill(copy.effect, { ...effect, percent: signedPercent(effect.percent) })}
                      {effect.supersededBy && fill(copy.effectNotCounted, effect)}.
                    </li>
                  ),
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
