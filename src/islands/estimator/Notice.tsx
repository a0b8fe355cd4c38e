import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  tone: 'info' | 'warning';
  children: ReactNode;
  /** The label of a button that clears the saved answers (after unreadable data was set aside). */
  startFresh?: string;
  onStartFresh?: () => void;
  /** Moves focus to the notices area once shown (after the visitor acted, e.g. used the prefill). */
  takeFocus?: boolean;
}

/**
 * A message above the estimator: a shared link, a rejected link, unreadable saved data, a prefill.
 * Only the on-demand parts create notices, so this loads with them.
 */
export function Notice({ tone, children, startFresh, onStartFresh, takeFocus }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The parent is the focusable status area (role="status", tabindex -1) the island renders.
    if (takeFocus) ref.current?.parentElement?.focus();
  }, [takeFocus]);
  return (
    <div ref={ref} className={`callout estimator-notice estimator-notice-${tone}`} data-testid="estimator-notice">
      <p>
        <strong>{tone === 'warning' ? 'Note: ' : ''}</strong>
        {children}
      </p>
      {startFresh && (
        <button type="button" className="button-secondary" onClick={onStartFresh}>
          {startFresh}
        </button>
      )}
    </div>
  );
}
