/**
 * The state of the opening page: the hand-off named by the address's fragment (followed when it
 * changes) or a chosen file, asked for a passphrase when it needs one, and opened on demand. A
 * failure leaves the browser's saved data alone: opening never writes.
 */
import { useEffect, useState } from 'react';
import type { HandoffFailure } from '../../lib/handoff/messages';
import type { ReceivedWorkspace } from '../../lib/handoff/workspaceHandoff';
import { loadOrReport } from '../shared/loadFailure';
import { fill } from '../shared/text';

export const loadOpening = () => loadOrReport(() => import('./openOnDemand'));

export type OpeningState =
  | { kind: 'waiting' }
  | { kind: 'choose' }
  | { kind: 'opening'; withPassphrase: boolean }
  | { kind: 'passphrase'; fragment: string; error: string | null }
  | { kind: 'failed'; reason: string }
  | { kind: 'opened'; received: ReceivedWorkspace };

const failedWith = (reason: string): OpeningState => ({ kind: 'failed', reason });

export function useOpenedHandoff(contentVersion: string) {
  const [state, setState] = useState<OpeningState>({ kind: 'waiting' });

  const open = (fragment: string, passphrase?: string) => {
    setState({ kind: 'opening', withPassphrase: passphrase !== undefined });
    loadOpening()
      .then((module) => module.openSealed(fragment, passphrase, contentVersion))
      .then(
        (opened) => {
          if (opened.ok) return setState({ kind: 'opened', received: opened.value });
          const needsPassphrase: HandoffFailure[] = ['passphrase-needed', 'wrong-passphrase'];
          if (needsPassphrase.includes(opened.failure)) {
            return setState({
              kind: 'passphrase',
              fragment,
              error: opened.failure === 'wrong-passphrase' ? opened.reason : null,
            });
          }
          return setState(failedWith(opened.reason));
        },
        (cause: unknown) => setState(failedWith(cause instanceof Error ? cause.message : String(cause))),
      );
  };

  useEffect(() => {
    const follow = () => {
      const fragment = window.location.hash.replace(/^#/, '');
      if (fragment === '') setState({ kind: 'choose' });
      else open(fragment);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
    // Once: the fragment is followed by the listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const openFile = (file: File, unreadable: string) => {
    setState({ kind: 'opening', withPassphrase: false });
    loadOpening()
      .then((module) => module.fragmentOfFile(file))
      .then(
        (fragment) => (fragment.ok ? open(fragment.value) : setState(failedWith(fill(unreadable, fragment)))),
        (cause: unknown) => setState(failedWith(String(cause))),
      );
  };

  return { state, open, openFile, chooseAnother: () => setState({ kind: 'choose' }) };
}
