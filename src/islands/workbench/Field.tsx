/**
 * A labelled field with its help and its error, announced, below it: the workbench's three forms
 * (inventory, evidence, SoA) share it. They all load on demand with their views.
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
