import type { ReactNode } from 'react';
import type { EstimatorCopy } from './copy';
import { fill } from '../shared/text';

interface Props {
  onShare: () => void;
  /** Puts the answers and the estimate in the e-mail link (loads the composer on demand). */
  composeEmail: (link: HTMLAnchorElement) => Promise<void>;
  /** The share box once made. */
  share: ReactNode;
  brandName: string;
  copy: EstimatorCopy;
}

/** Share, print and the e-mail call to action under the estimate. */
export function EstimatorActions({ onShare, composeEmail, share, brandName, copy }: Props) {
  return (
    <>
      <div className="estimator-actions no-print">
        <button type="button" className="button-secondary" onClick={onShare}>
          {copy.share}
        </button>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {copy.print}
        </button>
      </div>
      {share}
      <div className="callout estimator-cta">
        <h3>{copy.ctaHeading}</h3>
        <p>{copy.ctaText}</p>
        <p>
          <a
            className="button"
            href={copy.emailHref}
            data-testid="estimator-email"
            onPointerEnter={(event) => composeEmail(event.currentTarget)}
            onFocus={(event) => composeEmail(event.currentTarget)}
            onClick={(event) => {
              const link = event.currentTarget;
              if (link.getAttribute('href') !== copy.emailHref) return;
              event.preventDefault();
              // Opens the composed message, or the empty one if composing could not load.
              const open = () => window.location.assign(link.href);
              composeEmail(link).then(open, open);
            }}
          >
            {fill(copy.emailButton, { brand: brandName })}
          </a>
        </p>
      </div>
    </>
  );
}
