import type { UseFormReturn } from 'react-hook-form';
import { isValidAiSystemCount } from '../../lib/estimator/inputShape';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import type { EstimatorCopy } from './copy';
import type { FormField } from './formFields';
import type { EstimatorFormValues } from './formValues';

interface Props {
  form: UseFormReturn<EstimatorFormValues>;
  /** The fields, built by the page (formFields). */
  fields: FormField[];
  maxAiSystems: number;
  onUserChange: () => void;
  copy: EstimatorCopy;
}

export function EstimatorForm({ form, fields, maxAiSystems, onUserChange, copy }: Props) {
  const { register, formState } = form;
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
      {fields.map((field) => {
        if ('options' in field) {
          const { name, ...group } = field;
          return <ChoiceGroup key={field.id} {...group} className="estimator-field" registration={register(name)} />;
        }
        const helpId = `${field.id}-help`;
        // Only the count can be invalid (the date input holds a valid date or nothing).
        const error = field.name === 'aiSystemCount' ? countError : undefined;
        return (
          <div className="estimator-field" key={field.id}>
            <label htmlFor={field.id}>{field.label}</label>
            <p id={helpId} className="field-help">
              {field.help}
            </p>
            <input
              id={field.id}
              {...field.input}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${helpId} ${field.id}-error` : helpId}
              {...register(
                field.name,
                field.name === 'aiSystemCount'
                  ? {
                      valueAsNumber: true,
                      validate: (value) => isValidAiSystemCount(value, maxAiSystems) || copy.countError,
                    }
                  : {},
              )}
            />
            {error && (
              <p id={`${field.id}-error`} className="field-error" role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </form>
  );
}
