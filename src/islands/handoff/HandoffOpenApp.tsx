/**
 * The consultancy's side of the sealed hand-off (/assessment/workbench/open/): opens the link's
 * fragment or a sealed file in this browser, shows the received workspace read-only, and imports it
 * only when the person confirms. The crypto, the checks and the received view load on demand.
 */
import { Suspense, lazy, useEffect, useRef } from 'react';
import { LoadFailure, loadOrReport, useLoadFailure } from '../shared/loadFailure';
import { ReloadNotice } from '../shared/ReloadNotice';
import type { HandoffOpenCopy } from './copy';
import { PassphraseForm } from './PassphraseForm';
import { useOpenedHandoff } from './useOpenedHandoff';
import type { ReceivedProps } from './ReceivedView';

const ReceivedView = lazy(() => loadOrReport(() => import('./ReceivedView')));

type Props = Omit<ReceivedProps, 'received' | 'copy'> & { copy: HandoffOpenCopy };

function FileChooser({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  return (
    <p className="field">
      <label htmlFor="handoff-file">{label}</label>
      <input
        id="handoff-file"
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </p>
  );
}

export default function HandoffOpenApp(props: Props) {
  const { copy, contentVersion } = props;
  const { state, open, openFile } = useOpenedHandoff(contentVersion);
  const loadFailed = useLoadFailure();
  const failedHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.kind === 'failed') failedHeading.current?.focus();
  }, [state]);
  const chooser = <FileChooser label={copy.chooseFile} onFile={(file) => openFile(file, copy.fileUnreadable)} />;
  const ready = state.kind !== 'waiting' && state.kind !== 'opening';
  return (
    <div className="handoff-open" data-ready={ready ? 'true' : undefined}>
      <div role="status">
        {loadFailed && <ReloadNotice text={copy.loadFailed} label={copy.reload} />}
        {state.kind === 'opening' && (
          <p className="share-progress">
            <progress aria-label={copy.opening} /> {state.withPassphrase ? copy.openingPassphrase : copy.opening}
          </p>
        )}
      </div>
      {state.kind === 'waiting' && <p>{copy.loading}</p>}
      {state.kind === 'choose' && (
        <section aria-labelledby="handoff-choose-heading">
          <h2 id="handoff-choose-heading">{copy.chooseHeading}</h2>
          <p>{copy.chooseIntro}</p>
          {chooser}
        </section>
      )}
      {state.kind === 'passphrase' && (
        <PassphraseForm copy={copy} error={state.error} onSubmit={(passphrase) => open(state.fragment, passphrase)} />
      )}
      {state.kind === 'failed' && (
        <section aria-labelledby="handoff-failed-heading" className="callout notice notice-warning">
          <h2 id="handoff-failed-heading" ref={failedHeading} tabIndex={-1}>
            {copy.failedHeading}
          </h2>
          <p role="alert">
            {state.reason} {copy.nothingChanged}
          </p>
          {chooser}
        </section>
      )}
      {state.kind === 'opened' && (
        <LoadFailure message={copy.viewLoadFailed}>
          <Suspense fallback={<p>{copy.loading}</p>}>
            <ReceivedView {...props} received={state.received} />
          </Suspense>
        </LoadFailure>
      )}
    </div>
  );
}
