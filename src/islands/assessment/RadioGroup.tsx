import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  /** Unique prefix for the ids of the inputs and messages. */
  id: string;
  legend: ReactNode;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  /** Shown under the options and announced. */
  error?: string | undefined;
  /** Help shown under the legend and linked to the group. */
  help?: ReactNode;
  className?: string;
}

/** A radio group as a fieldset with a legend, its error below the options. */
export function RadioGroup({ id, legend, options, registration, error, help, className = 'choice-group' }: Props) {
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
            <input type="radio" value={option.value} {...registration} />
            <span>{option.label}</span>
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
