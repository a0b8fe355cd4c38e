import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { estimateCosts } from '../../lib/estimator/costEstimate';
import { isoToDate, type EstimatorInputs } from '../../lib/estimator/inputShape';
import type { Prefill } from '../../lib/estimator/prefill';
import { estimateTimeline, localToday } from '../../lib/estimator/timeline';
import type { EstimatorModel } from '../../lib/estimator/types';
import { formatDate, formatMoneyRange } from '../../lib/format';
import { loadOrReport, useLoadFailure } from '../shared/loadFailure';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { fill } from '../shared/text';
import { EstimateResults } from './EstimateResults';
import { EstimatorActions } from './EstimatorActions';
import { EstimatorForm } from './EstimatorForm';
import { EstimatorNotices } from './EstimatorNotices';
import type { PrefillOffer } from './PrefillOffer';
import type { EstimatorCopy } from './copy';
import type { FormField } from './formFields';
import { toFormValues, toInputs, type CanonicalOrder, type EstimatorFormValues } from './formValues';
import { useSavedEstimate } from './useSavedEstimate';

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
  /** Slots the server renders for the default answers: the print-only list of answers, "Why these figures", the cost bars. */
  answers?: ReactNode;
  reasons?: ReactNode;
  bars?: ReactNode;
}

/*
 * The page loads what renders and recomputes the figures; the rest is in ./onDemand, one module
 * (restore, share link, e-mail, readiness-assessment prefill, and the renderers of "Why these
 * figures" and the print-only answers), loaded when it is needed: when there is a shared link, saved
 * answers or a saved assessment to read, when the visitor starts on the form (focus or press), or
 * reaches for the share link or the e-mail button. Until then, "Why these figures" and the print-only
 * answers are the server's HTML (slots, rendered for the default answers).
 */
type OnDemand = typeof import('./onDemand');
const loadOnDemand = () => loadOrReport(() => import('./onDemand'));

/** True when localStorage holds `key`; false when it does not or cannot be read (blocked storage). */
function stored(key: string): boolean {
  try {
    return window.localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

const noSubscription = () => () => undefined;
/** Today's date once hydrated (null in the server's HTML, which must not depend on the day). */
const useToday = () => useSyncExternalStore(noSubscription, localToday, () => null);

export default function Estimator({
  model,
  settings,
  copy,
  defaults,
  order,
  keys,
  fields,
  answers,
  reasons,
  bars,
}: Props) {
  const max = model.pricing.aiSystems.max;
  const form = useForm<EstimatorFormValues>({ defaultValues: toFormValues(defaults), mode: 'onChange' });
  const saved = useSavedEstimate({ storageKey: keys.saved, form, maxAiSystems: max, copy, defaults, loadOnDemand });
  const today = useToday();
  // The last valid answers: while a field is being edited (an empty count), figures stay put.
  const [inputs, setInputs] = useState(defaults);
  const [offer, setOffer] = useState<{ Offer: typeof PrefillOffer; prefill: Prefill } | null>(null);
  const [share, setShare] = useState<ReactNode>(null);
  // The renderers of the sections the server rendered for the default answers, once loaded.
  const [live, setLive] = useState<OnDemand | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const loadFailed = useLoadFailure();
  const loadLive = () => loadOnDemand().then(setLive, () => undefined);

  // Cheap enough to recompute on every render (a few dozen multiplications).
  const costs = estimateCosts(inputs, model);
  const timeline = estimateTimeline(inputs, model, today ?? '2000-01-01');
  const pageUrl = today ? window.location.origin + window.location.pathname : '';

  const { save } = saved;
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const valid = toInputs(values as EstimatorFormValues, max, order);
          if (!valid) return;
          setInputs(valid);
          setShare(null);
          save(valid);
          if (JSON.stringify(valid) !== JSON.stringify(defaults)) loadLive();
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- save changes identity each render; the latest is wanted
    [form, save],
  );

  useEffect(() => {
    if (!stored(keys.assessment)) return;
    loadOnDemand()
      .then((module) =>
        module.savedPrefill(max).then((prefill) => {
          if (prefill) setOffer({ Offer: module.PrefillOffer, prefill });
        }),
      )
      .catch(() => undefined); // No offer when the assessment's data or reader cannot be read.
  }, [keys.assessment, max]);

  // Announce the new total once the visitor pauses.
  const totalText = formatMoneyRange(costs.firstYear.low, costs.firstYear.high, settings.locale, settings.currency);
  useEffect(() => {
    if (!saved.ready) return undefined;
    const timer = setTimeout(() => setAnnouncement(`${copy.firstYear}: ${totalText}`), 600);
    return () => clearTimeout(timer);
  }, [totalText, saved.ready, copy.firstYear]);

  // The saved answers go first, so the reset to the defaults is not saved over them.
  const startFresh = () =>
    saved.forget().then(() => {
      form.reset(toFormValues(defaults));
      saved.setNotice(null);
      document.getElementById('estimator-results-heading')?.focus();
    });

  // What the on-demand sections render from.
  const view = { inputs, model, fmt: settings, copy };

  return (
    <div className="estimator" data-ready={saved.ready ? 'true' : undefined}>
      <EstimatorNotices saved={saved} loadFailed={loadFailed} copy={copy} onStartFresh={startFresh} />
      {offer && (
        <offer.Offer
          prefill={offer.prefill}
          inputs={inputs}
          model={model}
          copy={copy}
          form={form}
          onDone={(done) => {
            setOffer(null);
            if (done) saved.setNotice(done);
          }}
        />
      )}

      <div className="estimator-layout">
        {/* The visitor is about to change answers: load what updates the server-rendered sections. */}
        <div onFocus={loadLive} onPointerDown={loadLive}>
          <ReadOnlyGroup readOnly={saved.readOnly} legend={copy.formHeading}>
            <EstimatorForm
              form={form}
              fields={fields}
              maxAiSystems={max}
              copy={copy}
              onUserChange={saved.markUserChanged}
            />
            <p className="no-print">
              <button type="button" className="button-secondary" onClick={startFresh}>
                {copy.startAgain}
              </button>
            </p>
          </ReadOnlyGroup>
        </div>

        <section className="estimator-results" aria-labelledby="estimator-results-heading">
          <h2 id="estimator-results-heading" tabIndex={-1}>
            {copy.resultsHeading}
          </h2>
          <p className="visually-hidden" aria-live="polite" aria-atomic="true">
            {announcement}
          </p>
          {live ? <live.PrintAnswers {...view} /> : answers}
          <EstimateResults
            costs={costs}
            timeline={timeline}
            dated={today !== null}
            fmt={settings}
            copy={copy}
            chart={live ? <live.CostBars {...view} /> : bars}
          />
          {live ? <live.Reasons {...view} /> : reasons}
          <EstimatorActions
            onShare={() =>
              loadOnDemand()
                .then((module) => module.share(pageUrl, inputs, copy))
                .then(setShare, () => undefined)
            }
            composeEmail={(link) =>
              loadOnDemand().then((module) => {
                link.href = module.mailto({ ...view, costs, timeline: today ? timeline : null, pageUrl });
              })
            }
            share={share}
            brandName={settings.brandName}
            copy={copy}
          />
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
