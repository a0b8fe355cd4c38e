/**
 * Links from a control to records of the workspace (AI systems, evidence items) as checkboxes; the
 * less likely ones (`more`) wait behind a disclosure so a long register does not bury the form.
 * Controlled state, not react-hook-form: a group of one checkbox would come back as a boolean.
 */
import type { ChoiceOption } from '../shared/ChoiceGroup';

interface Props {
  /** Unique prefix for the inputs' ids. */
  id: string;
  legend: string;
  options: readonly ChoiceOption[];
  more?: { label: string; options: readonly ChoiceOption[] };
  help?: string | undefined;
  /** Shown when there is nothing to link to. */
  empty: string;
  checked: readonly string[];
  onChange: (next: string[]) => void;
}

export function SoaLinkList({ id, legend, options, more, help, empty, checked, onChange }: Props) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...checked, value] : checked.filter((linked) => linked !== value));
  const boxes = (list: readonly ChoiceOption[]) => (
    <div className="choice-options">
      {list.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            id={`${id}-${option.value}`}
            checked={checked.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
  const nothing = options.length === 0 && (more?.options.length ?? 0) === 0;
  return (
    <fieldset className="choice-group" aria-describedby={help && !nothing ? `${id}-help` : undefined}>
      <legend>{legend}</legend>
      {nothing ? (
        <p className="field-help">{empty}</p>
      ) : (
        <>
          {help && (
            <p id={`${id}-help`} className="field-help">
              {help}
            </p>
          )}
          {boxes(options)}
          {more && more.options.length > 0 && (
            <details>
              <summary>{more.label}</summary>
              {boxes(more.options)}
            </details>
          )}
        </>
      )}
    </fieldset>
  );
}
