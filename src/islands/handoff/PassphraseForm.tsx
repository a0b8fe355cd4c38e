/** Asks for the passphrase of a sealed hand-off; a wrong one is said and the person tries again. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { HandoffOpenCopy } from './copy';

interface Props {
  copy: HandoffOpenCopy;
  /** Why the last passphrase did not open it, null on the first attempt. */
  error: string | null;
  onSubmit: (passphrase: string) => void;
}

export function PassphraseForm({ copy, error, onSubmit }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  // Focus goes to the field each time the form appears (first attempt, or after a wrong passphrase).
  useEffect(() => field.current?.focus(), [error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    onSubmit(passphrase);
  };
  const message = missing ? copy.passphraseMissing : error;
  return (
    <form className="workbench-form" onSubmit={submit} noValidate aria-labelledby="handoff-passphrase-heading">
      <h2 id="handoff-passphrase-heading">{copy.passphraseHeading}</h2>
      <div className="field">
        <label htmlFor="handoff-passphrase">{copy.passphrase}</label>
        <span id="handoff-passphrase-help" className="field-help">
          {copy.passphraseHelp}
        </span>
        <input
          ref={field}
          id="handoff-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'handoff-passphrase-help handoff-passphrase-error' : 'handoff-passphrase-help'}
          onChange={(event) => {
            setPassphrase(event.target.value);
            setMissing(false);
          }}
        />
        <span id="handoff-passphrase-error" className="field-error" role="alert">
          {message}
        </span>
      </div>
      <p className="actions">
        <button type="submit" className="button">
          {copy.open}
        </button>
      </p>
    </form>
  );
}
