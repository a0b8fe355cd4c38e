import type { ReactNode } from 'react';

interface Props {
  readOnly: boolean;
  /** Names the group for screen readers (the visible headings say the same). */
  legend: string;
  children: ReactNode;
}

/**
 * Makes a tool's fields read-only when its answers must not change (another tab saved, the store
 * is full, unreadable data waits for the visitor): the browser disables every field in a disabled
 * fieldset, and the values stay in the form.
 */
export function ReadOnlyGroup({ readOnly, legend, children }: Props) {
  return (
    <fieldset className="step-fields" disabled={readOnly}>
      <legend className="visually-hidden">{legend}</legend>
      {children}
    </fieldset>
  );
}
