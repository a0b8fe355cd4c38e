import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { formatMoneyRange } from '../../lib/format';
import { estimateCosts, explainEstimate } from '../../lib/estimator/estimate';
import { defaultInputs, type EstimatorInputs } from '../../lib/estimator/inputs';
import { prefillFromScoping, type Prefill } from '../../lib/estimator/prefill';
import { decodeShareFragment, encodeShareFragment } from '../../lib/estimator/share';
import { browserStorage, clearSavedInputs, loadSavedInputs, saveInputs } from '../../lib/estimator/storage';
import { describeInputs, isoToDate, mailtoHref, summaryText } from '../../lib/estimator/summary';
import { estimateTimeline, localToday } from '../../lib/estimator/timeline';
import type { EstimatorModel } from '../../lib/estimator/types';
import { formatDate } from '../../lib/format';
import { EstimateResults } from './EstimateResults';
import { EstimatorForm } from './EstimatorForm';
import type { EstimatorCopy } from './copy';
import { fill, toFormValues, toInputs, type EstimatorFormValues } from './formValues';

interface Props {
  model: EstimatorModel;
  settings: { locale: string; currency: string; contactEmail: string; siteUrl: string; brandName: string };
  copy: EstimatorCopy;
}

/** Same as STORAGE_KEY in src/lib/assessment/storage.ts (not imported, to keep it out of the page's bundle). */
const ASSESSMENT_KEY = 'iso42001:assessment';

type Notice = { tone: 'info' | 'warning'; text: string; startFresh?: boolean };

/**
 * The readiness assessment's saved scoping, if any. Its reader is loaded only when the assessment
 * has saved something, so visitors who never used it do not download that code.
 */
async function offerAssessmentPrefill(max: number): Promise<Prefill | null> {
  if (browserStorage().getItem(ASSESSMENT_KEY) === null) return null;
  const { readSavedScoping } = await import('../../lib/assessment/storage');
  const scoping = readSavedScoping(window.localStorage);
  return scoping ? prefillFromScoping(scoping, max) : null;
}

export default function Estimator({ model, settings, copy }: Props) {
  const max = model.pricing.aiSystems.max;
  const fmt = { locale: settings.locale, currency: settings.currency };
  const form = useForm<EstimatorFormValues>({ defaultValues: toFormValues(defaultInputs()), mode: 'onChange' });
  const values = useWatch({ control: form.control }) as EstimatorFormValues;

  const [ready, setReady] = useState(false);
  const [today, setToday] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  const [pageUrl, setPageUrl] = useState(`${settings.siteUrl.replace(/\/$/, '')}/estimate/`);
  const [share, setShare] = useState<{ url: string; copied: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const userChanged = useRef(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The last valid answers: while a field is being edited (an empty count), figures stay put.
  const lastValid = useRef<EstimatorInputs>(defaultInputs());
  const parsed = toInputs(values, max);
  if (parsed) lastValid.current = parsed;
  const inputs = parsed ?? lastValid.current;
  const key = JSON.stringify(inputs);

  const costs = useMemo(() => estimateCosts(inputs, model), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const reasons = useMemo(() => explainEstimate(inputs, model), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const timeline = useMemo(() => estimateTimeline(inputs, model, today ?? '2000-01-01'), [key, today]); // eslint-disable-line react-hooks/exhaustive-deps
  const shareUrl = `${pageUrl}#${encodeShareFragment(inputs)}`;

  // Restore: a shared link first, then saved answers; never during render (hydration).
  useEffect(() => {
    const shared = decodeShareFragment(window.location.hash, max);
    if (shared.kind !== 'none') history.replaceState(null, '', window.location.pathname + window.location.search);
    if (shared.kind === 'valid') {
      form.reset(toFormValues(shared.inputs));
      saveInputs(browserStorage(), shared.inputs);
      setNotice({ tone: 'info', text: copy.shared });
    } else if (shared.kind === 'invalid') {
      setNotice({ tone: 'warning', text: copy.tampered });
    } else {
      const saved = loadSavedInputs(browserStorage(), max);
      if (saved.kind === 'restored') form.reset(toFormValues(saved.inputs));
      if (saved.kind === 'invalid') setNotice({ tone: 'warning', text: copy.unreadable, startFresh: true });
    }
    offerAssessmentPrefill(max).then(setPrefill, () => setPrefill(null));
    setPageUrl(window.location.origin + window.location.pathname);
    setToday(localToday());
    setReady(true);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // Save after the visitor changes something (not after a restore or a rejected link).
  useEffect(() => {
    if (ready && userChanged.current && parsed) saveInputs(browserStorage(), inputs);
    setShare(null);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  // Announce the new total once the visitor pauses.
  const totalText = formatMoneyRange(costs.firstYear.low, costs.firstYear.high, fmt.locale, fmt.currency);
  useEffect(() => {
    if (!ready) return undefined;
    const timer = setTimeout(() => setAnnouncement(`First-year total: ${totalText}`), 600);
    return () => clearTimeout(timer);
  }, [totalText, ready]);

  const showNotice = (next: Notice) => {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const startFresh = () => {
    form.reset(toFormValues(defaultInputs()));
    clearSavedInputs(browserStorage());
    userChanged.current = false;
    setNotice(null);
    headingRef.current?.focus();
  };

  const applyPrefill = () => {
    if (!prefill) return;
    const { sizeBand, aiSystemCount, role } = prefill.values;
    form.setValue('sizeBand', sizeBand);
    form.setValue('aiSystemCount', aiSystemCount, { shouldValidate: true });
    form.setValue('role', role);
    userChanged.current = true;
    setPrefill(null);
    showNotice({
      tone: 'info',
      text: prefill.adjustedCount ? fill(copy.prefillAdjusted, { max }) : copy.prefillDone,
    });
  };

  const copyShareLink = async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(shareUrl);
      copied = true;
    } catch {
      copied = false;
    }
    setShare({ url: shareUrl, copied });
  };

  const prefillDiffers =
    prefill !== null &&
    (prefill.values.sizeBand !== inputs.sizeBand ||
      prefill.values.aiSystemCount !== inputs.aiSystemCount ||
      prefill.values.role !== inputs.role);
  const body = `${copy.emailIntro}\n\n${summaryText(inputs, model, costs, today ? timeline : null, fmt, shareUrl, copy.summary)}\n`;
  const mailto = mailtoHref(settings.contactEmail, copy.emailSubject, body);

  return (
    <div className="estimator" data-ready={ready ? 'true' : undefined}>
      <div ref={noticeRef} tabIndex={-1} role="status" className="estimator-notices">
        {notice && (
          <div className={`callout estimator-notice estimator-notice-${notice.tone}`} data-testid="estimator-notice">
            <p>
              <strong>{notice.tone === 'warning' ? 'Note: ' : ''}</strong>
              {notice.text}
            </p>
            {notice.startFresh && (
              <button type="button" className="button-secondary" onClick={startFresh}>
                {copy.startFresh}
              </button>
            )}
          </div>
        )}
      </div>
      {prefill && prefillDiffers && (
        <div className="callout estimator-prefill no-print">
          <p>{copy.prefillOffer}</p>
          <ul>
            <li>
              {copy.summary.size}: {model.pricing.sizeBands.find((band) => band.id === prefill.values.sizeBand)?.label}
            </li>
            <li>
              {copy.summary.aiSystems}: {prefill.values.aiSystemCount}
            </li>
            <li>
              {copy.summary.role}: {model.pricing.roles.find((role) => role.id === prefill.values.role)?.label}
            </li>
          </ul>
          <div className="estimator-actions">
            <button type="button" className="button" onClick={applyPrefill}>
              {copy.prefillUse}
            </button>
            <button type="button" className="button-secondary" onClick={() => setPrefill(null)}>
              {copy.prefillNo}
            </button>
          </div>
        </div>
      )}

      <div className="estimator-layout">
        <div>
          <EstimatorForm form={form} model={model} copy={copy} onUserChange={() => (userChanged.current = true)} />
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
          <section className="estimator-print-only" aria-label="Your answers">
            <h3>Your answers</h3>
            <dl className="estimator-answers">
              {describeInputs(inputs, model, fmt, copy.summary).map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <EstimateResults
            costs={costs}
            timeline={today ? timeline : null}
            weeks={{ min: timeline.minWeeks, max: timeline.maxWeeks, phases: timeline.phases }}
            reasons={reasons}
            fmt={fmt}
            surveillanceYears={model.pricing.surveillanceYears}
            targetDate={inputs.targetDate}
            copy={copy}
          />
          <div className="estimator-actions no-print">
            <button type="button" className="button-secondary" onClick={copyShareLink}>
              {copy.share}
            </button>
            <button type="button" className="button-secondary" onClick={() => window.print()}>
              {copy.print}
            </button>
          </div>
          {share && (
            <div className="estimator-share no-print">
              <label htmlFor="estimator-share-url">{share.copied ? copy.shareCopied : copy.shareManual}</label>
              <input
                id="estimator-share-url"
                type="text"
                readOnly
                value={share.url}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          )}
          <div className="callout estimator-cta">
            <h3>{copy.ctaHeading}</h3>
            <p>{copy.ctaText}</p>
            <p>
              <a className="button" href={mailto} data-testid="estimator-email">
                E-mail {settings.brandName} for a quote
              </a>
            </p>
          </div>
          {today && (
            <p className="estimator-print-only estimator-muted">
              {fill(copy.printFooter, { date: formatDate(isoToDate(today), fmt.locale), url: `${pageUrl}method/` })}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
