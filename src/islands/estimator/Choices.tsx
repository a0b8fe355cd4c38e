import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string; hint?: string | undefined }[];
  registration: UseFormRegisterReturn;
  help?: ReactNode;
}

/** Radio buttons or checkboxes as a fieldset with a legend and optional help. */
export function Choices({ id, legend, type, options, registration, help }: Props) {
  const helpId = `${id}-help`;
  return (
    <fieldset className="estimator-field" aria-describedby={help ? helpId : undefined}>
      <legend>{legend}</legend>
      {help && (
        <p id={helpId} className="estimator-help">
          {help}
        </p>
      )}
      <div className="estimator-options">
        {options.map((option) => (
          <label key={option.value} className="estimator-option">
            <input type={type} value={option.value} id={`${id}-${option.value}`} {...registration} />
            <span>
              {option.label}
              {option.hint && <span className="estimator-hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
