import type { UseFormReturn } from 'react-hook-form';
import { isValidAiSystemCount } from '../../lib/estimator/inputs';
import type { EstimatorModel } from '../../lib/estimator/types';
import { Choices } from './Choices';
import type { EstimatorCopy } from './copy';
import { fill, type EstimatorFormValues } from './formValues';

interface Props {
  form: UseFormReturn<EstimatorFormValues>;
  model: EstimatorModel;
  onUserChange: () => void;
  copy: EstimatorCopy;
}

const YES_NO = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];

export function EstimatorForm({ form, model, onUserChange, copy }: Props) {
  const { register, formState } = form;
  const { pricing } = model;
  const max = pricing.aiSystems.max;
  const countError = formState.errors.aiSystemCount?.message;
  return (
    <form
      className="estimator-form no-print"
      noValidate
      onChange={onUserChange}
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="estimator-form-heading"
    >
      <h2 id="estimator-form-heading">{copy.formHeading}</h2>
      <Choices
        id="size"
        legend={copy.sizeLegend}
        type="radio"
        options={pricing.sizeBands.map((band) => ({ value: band.id, label: band.label }))}
        registration={register('sizeBand')}
      />
      <div className="estimator-field">
        <label htmlFor="ai-system-count">{copy.countLabel}</label>
        <p id="ai-system-count-help" className="estimator-help">
          {fill(copy.countHelp, { max })}
        </p>
        <input
          id="ai-system-count"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          className="estimator-number"
          aria-invalid={countError ? true : undefined}
          aria-describedby={countError ? 'ai-system-count-help ai-system-count-error' : 'ai-system-count-help'}
          {...register('aiSystemCount', {
            valueAsNumber: true,
            validate: (value) => isValidAiSystemCount(value, max) || fill(copy.countError, { max }),
          })}
        />
        {countError && (
          <p id="ai-system-count-error" className="estimator-error" role="alert">
            {countError}
          </p>
        )}
      </div>
      <Choices
        id="high-risk"
        legend={copy.highRiskLegend}
        type="radio"
        options={YES_NO}
        registration={register('highRisk')}
        help={copy.highRiskHelp}
      />
      <Choices
        id="role"
        legend={copy.roleLegend}
        type="radio"
        options={pricing.roles.map((role) => ({ value: role.id, label: role.label, hint: role.hint }))}
        registration={register('role')}
        help={copy.roleHelp}
      />
      <Choices
        id="certifications"
        legend={copy.certificationsLegend}
        type="checkbox"
        options={pricing.certifications.map((item) => ({ value: item.id, label: item.label, hint: item.hint }))}
        registration={register('certifications')}
        help={copy.certificationsHelp}
      />
      <Choices
        id="inventory"
        legend={copy.inventoryLegend}
        type="radio"
        options={YES_NO}
        registration={register('aiInventory')}
        help={copy.inventoryHelp}
      />
      <Choices
        id="services"
        legend={copy.servicesLegend}
        type="checkbox"
        options={model.components.map((component) => ({ value: component.id, label: component.name }))}
        registration={register('services')}
        help={copy.servicesHelp}
      />
      <div className="estimator-field">
        <label htmlFor="target-date">{copy.targetLabel}</label>
        <p id="target-date-help" className="estimator-help">
          {copy.targetHelp}
        </p>
        <input
          id="target-date"
          type="date"
          className="estimator-date"
          aria-describedby="target-date-help"
          {...register('targetDate')}
        />
      </div>
    </form>
  );
}
