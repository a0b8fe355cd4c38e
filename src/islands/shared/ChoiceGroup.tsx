import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

interface Props {
  /** Unique prefix for the ids of the inputs and messages. */
  id: string;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  registration: UseFormRegisterReturn;
  type?: 'radio' | 'checkbox';
  /** Help shown under the legend and linked to the group. */
  help?: ReactNode;
  /** Shown under the options and announced. */
  error?: string | undefined;
  className?: string;
}

/** Radio buttons or checkboxes as a fieldset with a legend, help above and the error below the options. */
export function ChoiceGroup(props: Props) {
  const { id, legend, options, registration, type = 'radio', help, error, className = 'choice-group' } = props;
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const described = [help ? helpId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={className} aria-describedby={described}>
      <legend>{legend}</legend>
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      <div className="choice-options">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type={type} value={option.value} id={`${id}-${option.value}`} {...registration} />
            <span>
              {option.label}
              {option.hint && <span className="choice-hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
