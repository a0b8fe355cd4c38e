/**
 * The offer to copy size, AI systems and role from the readiness assessment. Part of ./onDemand,
 * which the island loads for it only when the assessment has saved something in this browser; the
 * assessment's reader then loads too.
 */
import type { UseFormReturn } from 'react-hook-form';
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import { prefillFromScoping, type Prefill } from '../../lib/estimator/prefill';
import type { EstimatorModel } from '../../lib/estimator/types';
import type { EstimatorCopy } from './copy';
import type { EstimatorFormValues, EstimatorNotice } from './formValues';

/** The assessment's saved scoping as estimator answers, or null when there is none. */
export async function savedPrefill(maxAiSystems: number): Promise<Prefill | null> {
  const { readSavedScoping } = await import('../../lib/assessment/storage');
  const scoping = readSavedScoping(window.localStorage);
  return scoping ? prefillFromScoping(scoping, maxAiSystems) : null;
}

interface Props {
  prefill: Prefill;
  inputs: EstimatorInputs;
  model: EstimatorModel;
  copy: EstimatorCopy;
  form: UseFormReturn<EstimatorFormValues>;
  /** Called with the notice to show once the answers are used, or null when the offer is declined. */
  onDone: (notice: EstimatorNotice | null) => void;
}

export function PrefillOffer({ prefill, inputs, model, copy, form, onDone }: Props) {
  const { sizeBand, aiSystemCount, role } = prefill.values;
  if (sizeBand === inputs.sizeBand && aiSystemCount === inputs.aiSystemCount && role === inputs.role) return null;
  const use = () => {
    form.setValue('sizeBand', sizeBand);
    form.setValue('aiSystemCount', aiSystemCount, { shouldValidate: true });
    form.setValue('role', role);
    onDone({ tone: 'info', takeFocus: true, text: prefill.adjustedCount ? copy.prefillAdjusted : copy.prefillDone });
  };
  return (
    <div className="callout estimator-prefill no-print">
      <p>{copy.prefillOffer}</p>
      <ul>
        <li>
          {copy.summary.size}: {model.pricing.sizeBands.find((band) => band.id === sizeBand)?.label}
        </li>
        <li>
          {copy.summary.aiSystems}: {aiSystemCount}
        </li>
        <li>
          {copy.summary.role}: {model.pricing.roles.find((item) => item.id === role)?.label}
        </li>
      </ul>
      <div className="estimator-actions">
        <button type="button" className="button" onClick={use}>
          {copy.prefillUse}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {copy.prefillNo}
        </button>
      </div>
    </div>
  );
}
