/**
 * A labelled field with its help and its error, announced, below it, and a record form's closing
 * line (why it cannot be saved, then Save and Cancel): the workbench's forms share them. They all
 * load on demand with their views.
 */
import type { ReactNode } from 'react';

export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  help?: string;
  children: (aria: object) => ReactNode;
}) {
  const { id, label, error, help, children } = props;
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      {help && (
        <span id={`${id}-help`} className="field-help">
          {help}
        </span>
      )}
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </p>
  );
}

/** Why the record cannot be saved (announced), then Save (submits the form) and Cancel. */
export function FormActions(props: { problem: string | null; save: string; cancel: string; onCancel: () => void }) {
  const { problem, save, cancel, onCancel } = props;
  return (
    <>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button">
          {save}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancel}
        </button>
      </p>
    </>
  );
}
