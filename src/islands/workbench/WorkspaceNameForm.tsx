/**
 * One name field with its button: naming a new workspace, or renaming one. The error shows below
 * the field and is announced; the caller checks the name (workspaceIndex.ts) and says what is wrong.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';

interface Props {
  id: string;
  heading: string;
  label: string;
  submit: string;
  initial?: string;
  disabled: boolean;
  /** Moves focus to the heading when the form appears (renaming); a form always shown does not. */
  focusOnMount?: boolean;
  /** The error to show, or null when the name was taken (the field then empties). */
  onSubmit: (name: string) => string | null;
  onCancel?: (() => void) | undefined;
  cancel?: string;
}

export function WorkspaceNameForm(props: Props) {
  const { id, heading, label, submit, initial = '', disabled, focusOnMount, onSubmit, onCancel } = props;
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const send = (event: FormEvent) => {
    event.preventDefault();
    const problem = onSubmit(name);
    setError(problem);
    if (problem === null) setName('');
  };
  return (
    <form className="workbench-form workspace-name-form" aria-labelledby={`${id}-heading`} onSubmit={send} noValidate>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <p className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={name}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </p>
      <p className="actions">
        <button type="submit" className="button" disabled={disabled}>
          {submit}
        </button>
        {onCancel && (
          <>
            {' '}
            <button type="button" className="button-secondary" onClick={onCancel}>
              {props.cancel}
            </button>
          </>
        )}
      </p>
    </form>
  );
}
