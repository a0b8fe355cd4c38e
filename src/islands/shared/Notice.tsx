import { useEffect, useRef, type ReactNode } from 'react';

export interface NoticeAction {
  label: string;
  onClick: () => void;
  /** The button that does something that cannot be undone. */
  danger?: boolean;
}

interface Props {
  tone: 'info' | 'warning';
  children: ReactNode;
  actions?: readonly NoticeAction[];
  /** Moves focus into the notice once shown (after the visitor acted, e.g. used the prefill). */
  takeFocus?: boolean;
}

/**
 * A message above a tool, with the buttons that answer it: a shared link, unreadable or
 * changed saved data, a full store, a part that could not load. Render it inside the tool's
 * live region (role="status") so it is announced.
 */
export function Notice({ tone, children, actions = [], takeFocus }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div ref={ref} tabIndex={-1} className={`callout notice notice-${tone}`} data-testid="tool-notice">
      <p>
        {tone === 'warning' && <strong>Note: </strong>}
        {children}
      </p>
      {actions.length > 0 && (
        <p className="actions">
          {actions.map((action) => (
            <button
              type="button"
              key={action.label}
              className={action.danger ? 'button-danger' : 'button-secondary'}
              onClick={action.onClick}
            >
              {action.label}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
