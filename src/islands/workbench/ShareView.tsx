/**
 * "Send to the consultancy" (issue 15, item 5): seals the workspace into a link, with a random key
 * carried in the link or a key derived from a passphrase the visitor gives separately. The sealing
 * code loads when the visitor asks for a link; a link too long for e-mail becomes an encrypted file.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { passphraseHint } from '../../lib/handoff/passphraseStrength';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { loadOrReport } from '../shared/loadFailure';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import { SealedResult } from './SealedResult';
import type { SealedHandoff } from './shareSealing';

interface Props {
  workspace: Workspace;
  copy: WorkbenchCopy;
}

type Mode = 'key' | 'passphrase';
type Progress = { state: 'idle' } | { state: 'sealing' } | { state: 'failed'; reason: string };

const loadSealing = () => loadOrReport(() => import('./shareSealing'));

export default function ShareView({ workspace, copy: { share: copy } }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<Mode>('key');
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const [sealed, setSealed] = useState<{ result: SealedHandoff; withPassphrase: boolean } | null>(null);

  const hint = passphraseHint(passphrase);
  const create = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'passphrase' && hint.strength === 'empty') {
      setMissing(true);
      passphraseField.current?.focus();
      return;
    }
    setProgress({ state: 'sealing' });
    const secret = mode === 'passphrase' ? passphrase : undefined;
    loadSealing()
      .then(async (module) => {
        const result = await module.sealWorkspace(workspace, secret, {
          subject: copy.mailSubject,
          intro: copy.mailIntro,
        });
        if (result.carrier === 'file') module.downloadSealedFile(result);
        setSealed({ result, withPassphrase: secret !== undefined });
        setProgress({ state: 'idle' });
      })
      .catch((cause: unknown) =>
        setProgress({ state: 'failed', reason: cause instanceof Error ? cause.message : String(cause) }),
      );
  };

  const startAgain = () => {
    setSealed(null);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const downloadAgain = () => {
    const result = sealed?.result;
    if (result?.carrier === 'file') void loadSealing().then((module) => module.downloadSealedFile(result));
  };

  const sealing = progress.state === 'sealing';
  const passphraseHelpId = `${id}-passphrase-help`;
  const strengthId = `${id}-passphrase-strength`;
  return (
    <section aria-labelledby="share-heading" className="workbench-share">
      <h2 id="share-heading" ref={heading} tabIndex={-1}>
        {copy.heading}
      </h2>
      <p>{copy.intro}</p>
      {sealed ? (
        <SealedResult
          sealed={sealed.result}
          withPassphrase={sealed.withPassphrase}
          copy={copy}
          onDownloadAgain={downloadAgain}
          onStartAgain={startAgain}
        />
      ) : (
        <form className="workbench-form" onSubmit={create} noValidate>
          <fieldset className="choice-group" disabled={sealing}>
            <legend>{copy.modeLegend}</legend>
            <div className="choice-options">
              {(
                [
                  ['key', copy.modeKey, copy.modeKeyHint],
                  ['passphrase', copy.modePassphrase, copy.modePassphraseHint],
                ] as const
              ).map(([value, label, help]) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`${id}-mode`}
                    value={value}
                    checked={mode === value}
                    onChange={() => setMode(value)}
                  />
                  <span>
                    {label}
                    <span className="choice-hint">{help}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {mode === 'passphrase' && (
            <div className="field">
              <label htmlFor={`${id}-passphrase`}>{copy.passphrase}</label>
              <span id={passphraseHelpId} className="field-help">
                {copy.passphraseHelp}
              </span>
              <input
                ref={passphraseField}
                id={`${id}-passphrase`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={passphrase}
                disabled={sealing}
                aria-invalid={missing && hint.strength === 'empty' ? true : undefined}
                aria-describedby={`${passphraseHelpId} ${strengthId}`}
                onChange={(event) => {
                  setPassphrase(event.target.value);
                  setMissing(false);
                }}
              />
              <span id={strengthId} className={missing ? 'field-error' : 'field-help'} aria-live="polite">
                {missing ? copy.passphraseRequired : fill(copy.strength[hint.strength], hint)}
              </span>
            </div>
          )}
          <p className="actions">
            <button type="submit" className="button" disabled={sealing}>
              {copy.create}
            </button>
          </p>
          <div role="status">
            {sealing && (
              <p className="share-progress">
                <progress aria-label={copy.sealing} /> {mode === 'passphrase' ? copy.sealingPassphrase : copy.sealing}
              </p>
            )}
          </div>
          <div role="alert">{progress.state === 'failed' && <p>{fill(copy.failed, progress)}</p>}</div>
        </form>
      )}
    </section>
  );
}
