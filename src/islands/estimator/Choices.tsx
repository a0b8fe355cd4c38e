import type { UseFormRegisterReturn } from 'react-hook-form';

export interface Option {
  id: string;
  label: string;
  hint?: string | undefined;
}

interface Props {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly Option[];
  registration: UseFormRegisterReturn;
  help?: string | undefined;
  /** The field's name (given by the form's field list; the registration carries it too). */
  name?: string;
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
          <label key={option.id} className="estimator-option">
            <input type={type} value={option.id} id={`${id}-${option.id}`} {...registration} />
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
