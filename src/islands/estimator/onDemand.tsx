/**
 * What the estimator loads after the page, when it is needed (see Estimator for when): reading a
 * shared link or saved answers back (savedEstimate), the share link, the pre-filled e-mail, the readiness
 * assessment prefill, and the renderers of the sections the server rendered for the default answers
 * ("Why these figures", print answers, the cost bars). One module, so the page carries a single loader.
 */
import type { ReactNode } from 'react';
import type { CostEstimate } from '../../lib/estimator/estimate';
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import { decodeShareFragment, encodeShareFragment } from '../../lib/estimator/share';
import { mailtoHref, summaryText, type Formatting } from '../../lib/estimator/summary';
import type { TimelineEstimate } from '../../lib/estimator/timeline';
import type { EstimatorModel } from '../../lib/estimator/types';
import type { OpenedStorage } from '../shared/storageRuntime';
import type { EstimatorCopy } from './copy';
import type { EstimatorNotice } from './formValues';

export { CostBars } from './CostBars';
export { PrintAnswers } from './PrintAnswers';
export { Reasons } from './Reasons';
export { PrefillOffer, savedPrefill } from './PrefillOffer';
import { openSharedEstimate, restoreSaved } from './savedEstimate';

export { keepShared, restorePrevious } from './savedEstimate';
export { deleteUnreadableInPlace, downloadUnreadable } from '../shared/unreadable';

export interface Restored {
  inputs?: EstimatorInputs;
  notice?: EstimatorNotice;
  /** Saving must wait (read-only view, or unreadable data waiting for the visitor's choice). */
  hold: boolean;
}

/** A shared link first (the fragment is dropped after reading), then saved answers. */
export function restore(storage: OpenedStorage, maxAiSystems: number, copy: EstimatorCopy): Restored {
  const shared = decodeShareFragment(window.location.hash, maxAiSystems);
  if (shared.kind !== 'none') history.replaceState(null, '', window.location.pathname + window.location.search);
  if (shared.kind === 'invalid') return { notice: { tone: 'warning', text: copy.tampered }, hold: false };
  if (shared.kind === 'valid') return openSharedEstimate(storage, shared.inputs, maxAiSystems, copy);
  return restoreSaved(storage, maxAiSystems, copy);
}

const shareUrl = (pageUrl: string, inputs: EstimatorInputs) => `${pageUrl}#${encodeShareFragment(inputs)}`;

/**
 * Copies the share link to the clipboard when the browser allows it, and returns the box that shows
 * it (selected on focus, for copying by hand when the clipboard is not available).
 */
export async function share(pageUrl: string, inputs: EstimatorInputs, copy: EstimatorCopy): Promise<ReactNode> {
  const url = shareUrl(pageUrl, inputs);
  let copied = true;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    copied = false;
  }
  return <ShareBox url={url} copied={copied} copy={copy} />;
}

function ShareBox({ url, copied, copy }: { url: string; copied: boolean; copy: EstimatorCopy }) {
  return (
    <div className="estimator-share no-print">
      <label htmlFor="estimator-share-url">{copied ? copy.shareCopied : copy.shareManual}</label>
      <input
        id="estimator-share-url"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}

/** What the e-mail is composed from. */
export interface EstimateView {
  inputs: EstimatorInputs;
  model: EstimatorModel;
  costs: CostEstimate;
  /** Null until the page knows today's date. */
  timeline: TimelineEstimate | null;
  fmt: Formatting & { contactEmail: string };
  /** This page's address without fragment, e.g. http://127.0.0.1:4321/estimate/ */
  pageUrl: string;
  copy: EstimatorCopy;
}

/** A mailto: link with the answers, the estimate and the share link in the body. */
export function mailto({ inputs, model, costs, timeline, fmt, pageUrl, copy }: EstimateView): string {
  const summary = summaryText(inputs, model, costs, timeline, fmt, shareUrl(pageUrl, inputs), copy.summary);
  return mailtoHref(fmt.contactEmail, copy.emailSubject, `${copy.emailIntro}\n\n${summary}\n`);
}
