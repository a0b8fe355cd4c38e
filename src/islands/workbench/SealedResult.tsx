/** What "Create a sealed link" made: the link to copy or e-mail, or the encrypted file and why. */
import { useEffect, useRef, useState } from 'react';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { SealedHandoff } from './shareSealing';

interface Props {
  sealed: SealedHandoff;
  withPassphrase: boolean;
  copy: WorkbenchCopy['share'];
  onDownloadAgain: () => void;
  onStartAgain: () => void;
}

export function SealedResult({ sealed, withPassphrase, copy, onDownloadAgain, onStartAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);
  const reminder = withPassphrase ? copy.passphraseReminder : copy.keyReminder;

  if (sealed.carrier === 'file') {
    return (
      <section aria-labelledby="share-result-heading" className="share-result">
        <h3 id="share-result-heading" ref={heading} tabIndex={-1}>
          {copy.fileHeading}
        </h3>
        <p>{fill(copy.tooLong, sealed)}</p>
        <p>{reminder}</p>
        <p className="actions">
          <button type="button" className="button-secondary" onClick={onDownloadAgain}>
            {copy.downloadAgain}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={onStartAgain}>
            {copy.startAgain}
          </button>
        </p>
      </section>
    );
  }

  const copyLink = () =>
    navigator.clipboard.writeText(sealed.link).then(
      () => setCopied(copy.copied),
      () => {
        field.current?.select();
        setCopied(copy.copyFailed);
      },
    );
  return (
    <section aria-labelledby="share-result-heading" className="share-result">
      <h3 id="share-result-heading" ref={heading} tabIndex={-1}>
        {copy.linkHeading}
      </h3>
      <label htmlFor="share-link">{fill(copy.linkLabel, { length: sealed.length })}</label>
      <textarea
        id="share-link"
        ref={field}
        className="share-link"
        readOnly
        rows={5}
        value={sealed.link}
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <p className="actions">
        <button type="button" className="button" onClick={() => void copyLink()}>
          {copy.copy}
        </button>{' '}
        <a className="button-secondary" href={sealed.mailto}>
          {copy.mail}
        </a>{' '}
        <button type="button" className="button-secondary" onClick={onStartAgain}>
          {copy.startAgain}
        </button>
      </p>
      <p role="status">{copied}</p>
      <p>{reminder}</p>
    </section>
  );
}
