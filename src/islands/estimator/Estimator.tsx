import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { estimateCosts } from '../../lib/estimator/costEstimate';
import { isoToDate, type EstimatorInputs } from '../../lib/estimator/inputShape';
import type { Prefill } from '../../lib/estimator/prefill';
import { estimateTimeline, localToday } from '../../lib/estimator/timeline';
import type { EstimatorModel } from '../../lib/estimator/types';
import { formatDate, formatMoneyRange } from '../../lib/format';
import { EstimateResults } from './EstimateResults';
import { EstimatorForm } from './EstimatorForm';
import type { PrefillOffer } from './PrefillOffer';
import type { EstimatorCopy } from './copy';
import type { FormField } from './formFields';
import { fill, toFormValues, toInputs, type CanonicalOrder, type EstimatorFormValues } from './formValues';

interface Props {
  model: EstimatorModel;
  settings: { locale: string; currency: string; contactEmail: string; brandName: string };
  copy: EstimatorCopy;
  /** The default answers (computed at build time). */
  defaults: EstimatorInputs;
  order: CanonicalOrder;
  /** localStorage keys of the estimator's saved answers and of the readiness assessment. */
  keys: { saved: string; assessment: string };
  /** The form's fields (formFields). */
  fields: FormField[];
  /** Slots the server renders for the default answers: the print-only list of answers, "Why these figures". */
  answers?: ReactNode;
  reasons?: ReactNode;
}

/*
 * The page loads what renders and recomputes the figures; the rest is in ./onDemand, one module
 * (restore, saving, share link, e-mail, readiness-assessment prefill, and the renderers of "Why these
 * figures" and the print-only answers), loaded when it is needed: when there is a shared link, saved
 * answers or a saved assessment to read, when the visitor starts on the form (focus or press), or
 * reaches for the share link or the e-mail button. Until then, "Why these figures" and the print-only
 * answers are the server's HTML (slots, rendered for the default answers).
 */
type OnDemand = typeof import('./onDemand');
const loadOnDemand = () => import('./onDemand');

/** True when localStorage holds `key`; false when it does not or cannot be read (blocked storage). */
function stored(key: string): boolean {
  try {
    return window.localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

export default function Estimator({ model, settings, copy, defaults, order, keys, fields, answers, reasons }: Props) {
  const max = model.pricing.aiSystems.max;
  const form = useForm<EstimatorFormValues>({ defaultValues: toFormValues(defaults), mode: 'onChange' });
  const values = useWatch({ control: form.control }) as EstimatorFormValues;

  const [ready, setReady] = useState(false);
  const [today, setToday] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const [offer, setOffer] = useState<{ Offer: typeof PrefillOffer; prefill: Prefill } | null>(null);
  const [share, setShare] = useState<ReactNode>(null);
  // The sections the server rendered for the default answers, and their renderer once loaded.
  const [live, setLive] = useState<OnDemand | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const userChanged = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The last valid answers: while a field is being edited (an empty count), figures stay put.
  const lastValid = useRef(defaults);
  const inputs = (lastValid.current = toInputs(values, max, order) ?? lastValid.current);
  const key = JSON.stringify(inputs);
  const defaultKey = useRef(key).current;

  // Cheap enough to recompute on every render (a few dozen multiplications).
  const costs = estimateCosts(inputs, model);
  const timeline = estimateTimeline(inputs, model, today ?? '2000-01-01');
  // Known after hydration only: never read during the server render (hydration mismatch).
  const pageUrl = today ? window.location.origin + window.location.pathname : '';

  const loadLive = () => loadOnDemand().then(setLive);

  const startFresh = () => {
    form.reset(toFormValues(defaults));
    loadOnDemand().then((module) => module.clearSaved());
    userChanged.current = false;
    setNotice(null);
    headingRef.current?.focus();
  };

  // Restore: a shared link first, then saved answers; never during render (hydration).
  useEffect(() => {
    // Only a shared link or saved answers need the code that reads them back.
    Promise.resolve(
      window.location.hash.includes('=') || stored(keys.saved)
        ? loadOnDemand().then((module) => module.restore(max, copy, startFresh))
        : undefined,
    )
      .then(
        (restored) => {
          // A visitor who already changed something (on a slow connection) keeps their answers.
          if (restored?.inputs && !userChanged.current) form.reset(toFormValues(restored.inputs));
          setNotice(restored?.notice);
        },
        () => undefined,
      )
      .then(() => setReady(true));
    if (stored(keys.assessment)) {
      loadOnDemand()
        .then((module) =>
          module.savedPrefill(max).then((prefill) => {
            if (prefill) setOffer({ Offer: module.PrefillOffer, prefill });
          }),
        )
        .catch(() => undefined); // No offer when the assessment's data or reader cannot be read.
    }
    setToday(localToday());
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // Save after the visitor changes something (not after a restore or a rejected link).
  useEffect(() => {
    if (ready && userChanged.current) loadOnDemand().then((module) => module.save(inputs));
    if (key !== defaultKey) loadLive();
    setShare(null);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  // Announce the new total once the visitor pauses.
  const totalText = formatMoneyRange(costs.firstYear.low, costs.firstYear.high, settings.locale, settings.currency);
  useEffect(() => {
    if (!ready) return undefined;
    const timer = setTimeout(() => setAnnouncement(`${copy.firstYear}: ${totalText}`), 600);
    return () => clearTimeout(timer);
  }, [totalText, ready]); // eslint-disable-line react-hooks/exhaustive-deps

  // What the on-demand sections render from.
  const view = { inputs, model, fmt: settings, copy };

  /** Puts the answers and the estimate in the e-mail button's link; until then it opens an empty message. */
  const composeEmail = (link: HTMLAnchorElement) =>
    loadOnDemand().then((module) => {
      link.href = module.mailto({ ...view, costs, timeline: today ? timeline : null, pageUrl });
    });

  return (
    <div className="estimator" data-ready={ready ? 'true' : undefined}>
      <div tabIndex={-1} role="status" className="estimator-notices">
        {notice}
      </div>
      {offer && (
        <offer.Offer
          prefill={offer.prefill}
          inputs={inputs}
          model={model}
          copy={copy}
          form={form}
          onDone={(done) => {
            setOffer(null);
            if (done) {
              userChanged.current = true;
              setNotice(done);
            }
          }}
        />
      )}

      <div className="estimator-layout">
        {/* The visitor is about to change answers: load what updates the server-rendered sections. */}
        <div onFocus={loadLive} onPointerDown={loadLive}>
          <EstimatorForm
            form={form}
            fields={fields}
            maxAiSystems={max}
            copy={copy}
            onUserChange={() => (userChanged.current = true)}
          />
          <p className="no-print">
            <button type="button" className="button-secondary" onClick={startFresh}>
              {copy.startAgain}
            </button>
          </p>
        </div>

        <section className="estimator-results" aria-labelledby="estimator-results-heading">
          <h2 id="estimator-results-heading" ref={headingRef} tabIndex={-1}>
            {copy.resultsHeading}
          </h2>
          <p className="visually-hidden" aria-live="polite" aria-atomic="true">
            {announcement}
          </p>
          {live ? <live.PrintAnswers {...view} /> : answers}
          <EstimateResults costs={costs} timeline={timeline} dated={today !== null} fmt={settings} copy={copy} />
          {live ? <live.Reasons {...view} /> : reasons}
          <div className="estimator-actions no-print">
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                loadOnDemand()
                  .then((module) => module.share(pageUrl, inputs, copy))
                  .then(setShare)
              }
            >
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
                {fill(copy.emailButton, { brand: settings.brandName })}
              </a>
            </p>
          </div>
          {today && (
            <p className="estimator-print-only estimator-muted">
              {fill(copy.printFooter, {
                date: formatDate(isoToDate(today), settings.locale),
                url: `${pageUrl}method/`,
              })}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
