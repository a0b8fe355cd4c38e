/**
 * The question asked before something is lost (a deletion, a reset), in place of the row's actions.
 * It takes focus when it appears, so a keyboard or screen reader user lands on it; the view moves
 * focus on once it is answered.
 */
import { useEffect, useRef } from 'react';

interface Props {
  /** The group's name for assistive technology ("Delete"). */
  label: string;
  question: string;
  yes: string;
  cancel: string;
  onYes: () => void;
  onCancel: () => void;
}

export function ConfirmChoice({ label, question, yes, cancel, onYes, onCancel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className="callout notice notice-warning" role="group" aria-label={label}>
      <p>{question}</p>
      <p className="actions">
        <button type="button" className="button-danger" onClick={onYes}>
          {yes}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancel}
        </button>
      </p>
    </div>
  );
}
