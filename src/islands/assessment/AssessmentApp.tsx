import { Component, Suspense, lazy, useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { AssessmentContent } from '../../lib/assessment/results';
import { RESULTS_STEP, SCOPING_STEP, knownStepOr } from '../../lib/assessment/steps';
import { STORAGE_KEY, clearSavedAssessment, saveAssessment } from '../../lib/assessment/storageWrite';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import type { AssessmentCopy } from './copy';
import { DataPanel } from './DataPanel';
import { areaFields, blankValues, isBlank, withDefaults, type Notice } from './formValues';
import type { StatusOptions } from './QuestionCard';
import { SCOPING_FIELDS, ScopingStep, type ScopingOptions } from './ScopingStep';
import type { AssessmentSlots } from './slots';
import { StepNavigation } from './StepNavigation';

/*
 * The scoping step, navigation and data panel load with the page; the rest loads with import()
 * when the visitor needs it: the questions of an area once the visitor moves past scoping (or is
 * about to), the results step (scoring, gaps, SoA, timeline) when opened, the export, CSV and
 * import code on first click, and the reading of saved answers (validation, migrations) only when
 * some exist.
 */
const loadAreaStep = () => import('./AreaStep');
const AreaStep = lazy(loadAreaStep);
const resultsAndFiles = () => import('./resultsAndFiles');
const ResultsStep = lazy(() => resultsAndFiles().then((module) => ({ default: module.ResultsStep })));

export interface AssessmentProps extends AssessmentContent, AssessmentSlots {
  /** Wizard steps in order with their headings: scoping, each area, results (built by the page). */
  steps: { id: string; label: string }[];
  /** Interface text of the parts that load with the page (copy.ts). */
  copy: AssessmentCopy;
  scopingOptions: ScopingOptions;
  statusOptions: StatusOptions;
  /** Why a gap moved up, by scoping answer. */
  raisedLabels: Record<string, string>;
}

/**
 * Shows a message in place of a part whose code could not be loaded (offline, or the site was
 * updated since the page was opened), instead of losing the whole wizard.
 */
class LoadFailure extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="field-error" role="alert">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}

/**
 * localStorage if the browser lets us use it (some privacy settings throw on access), and
 * whether it holds saved answers.
 */
function openStorage(): { storage: Storage; saved: boolean } | null {
  try {
    localStorage.setItem(`${STORAGE_KEY}:probe`, '1');
    localStorage.removeItem(`${STORAGE_KEY}:probe`);
    return { storage: localStorage, saved: localStorage.getItem(STORAGE_KEY) !== null };
  } catch {
    return null;
  }
}

export default function AssessmentApp(props: AssessmentProps) {
  const { areas, questions, contentVersion, steps, copy } = props;
  const form = useForm<AssessmentAnswers>({ defaultValues: blankValues(questions), mode: 'onTouched' });
  const [step, setStep] = useState(SCOPING_STEP);
  // loaded: saved answers (if any) are restored, so saving may start; restoring: their code is loading.
  const [loaded, setLoaded] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saveStatus, setSaveStatus] = useState('');
  const [printRequested, setPrintRequested] = useState(false);
  const storage = useRef<Storage | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Counts navigations, so focus moves to the heading even when the step stays the same.
  const [navigations, setNavigations] = useState(0);

  const go = (target: string) => {
    setStep(target);
    setNavigations((count) => count + 1);
  };
  const restore = (state: AssessmentAnswers) => form.reset(withDefaults(questions, state));

  // Storage is read after hydration only: reading it during render would not match the server HTML.
  useEffect(() => {
    const opened = openStorage();
    storage.current = opened?.storage ?? null;
    if (!opened) setSaveStatus(copy.savingOff);
    if (!opened?.saved) {
      setLoaded(true);
      return;
    }
    setRestoring(true);
    import('./savedAnswers')
      .then(
        (module) => {
          module.restoreSaved(opened.storage, contentVersion, {
            restore: (saved) => {
              restore(saved);
              setStep(knownStepOr(saved.step, areas));
            },
            setNotice,
          });
          setLoaded(true);
        },
        // Not loaded: saving stays off, so the saved answers are not overwritten by blank ones.
        () => setNotice({ text: copy.loadFailed }),
      )
      .finally(() => setRestoring(false));
    // Once, after hydration: the props and the form object never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Save every change and the step once loading is done; a blank assessment leaves nothing behind.
  useEffect(() => {
    const target = storage.current;
    if (!loaded || !target) return;
    const persist = (values: AssessmentAnswers) => {
      if (isBlank(values)) {
        target.removeItem(STORAGE_KEY);
        setSaveStatus(copy.nothingSaved);
      } else {
        const saved = saveAssessment(target, { ...values, step }, contentVersion);
        setSaveStatus(saved ? `Saved at ${new Date().toLocaleTimeString()}.` : copy.savingFailed);
      }
    };
    persist(form.getValues());
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => persist(values) });
  }, [loaded, step, form, contentVersion, copy]);

  useEffect(() => {
    if (navigations > 0) heading.current?.focus();
  }, [navigations]);

  const index = steps.findIndex((entry) => entry.id === step);
  const areaQuestions = questions
    .map((question, position) => ({ question, number: position + 1 }))
    .filter(({ question }) => question.area === step);

  async function next(event: SubmitEvent) {
    event.preventDefault();
    const fields =
      step === SCOPING_STEP ? [...SCOPING_FIELDS] : areaFields(areaQuestions.map(({ question }) => question));
    if (await form.trigger(fields, { shouldFocus: true })) go(steps[index + 1]!.id);
  }

  return (
    <div className="assessment" data-ready={loaded}>
      <div className="assessment-notice" role="status">
        {restoring && <p>{copy.loading}</p>}
        {notice && (
          <div className="callout">
            <p>{notice.text}</p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                if (notice.setAside) {
                  form.reset(blankValues(questions));
                  go(SCOPING_STEP);
                }
                setNotice(null);
              }}
            >
              {notice.setAside ? copy.startFresh : copy.dismiss}
            </button>
          </div>
        )}
      </div>
      <div className="assessment-layout" inert={restoring}>
        <StepNavigation form={form} steps={steps} current={step} questions={questions} onJump={go} copy={copy} />
        {/* Focus inside the form fetches the questions' code while the visitor answers the scoping step. */}
        <form
          className="assessment-step"
          onSubmit={next}
          onFocus={loadAreaStep}
          noValidate
          aria-labelledby="assessment-step-heading"
        >
          <h2 id="assessment-step-heading" ref={heading} tabIndex={-1}>
            {steps[index]!.label}
          </h2>
          {step === SCOPING_STEP && (
            <ScopingStep
              form={form}
              options={props.scopingOptions}
              intro={props.scopingIntro}
              countHelp={props.countHelp}
              euHelp={props.euHelp}
              copy={copy}
            />
          )}
          <LoadFailure key={step} message={copy.loadFailed}>
            <Suspense
              fallback={
                <p className="step-body" role="status">
                  {copy.loading}
                </p>
              }
            >
              {areaQuestions.length > 0 && (
                <AreaStep
                  form={form}
                  intro={props.areaIntro}
                  statusOptions={props.statusOptions}
                  questions={areaQuestions}
                />
              )}
              {step === RESULTS_STEP && (
                <ResultsStep
                  form={form}
                  content={props}
                  steps={steps}
                  slots={props}
                  raisedLabels={props.raisedLabels}
                  onJump={go}
                  print={printRequested}
                  onPrinted={() => setPrintRequested(false)}
                />
              )}
            </Suspense>
          </LoadFailure>
          <div className="step-buttons no-print">
            {index > 0 && (
              <button type="button" className="button-secondary" onClick={() => go(steps[index - 1]!.id)}>
                {copy.back}
              </button>
            )}
            {step !== RESULTS_STEP && (
              <button type="submit" className="button">
                {index === steps.length - 2 ? copy.seeResults : copy.next}
              </button>
            )}
          </div>
        </form>
      </div>
      <DataPanel
        privacy={props.privacy}
        importHelp={props.importHelp}
        deleteWarning={props.deleteWarning}
        saveStatus={saveStatus}
        copy={copy}
        actions={[
          [copy.exportJson, async () => (await resultsAndFiles()).exportAnswers(form.getValues(), contentVersion)],
          [copy.resultsCsv, async () => (await resultsAndFiles()).downloadResultsCsv(props, form.getValues())],
          [copy.soaCsv, async () => (await resultsAndFiles()).downloadSoaCsv(props, form.getValues())],
          [
            copy.print,
            () => {
              setPrintRequested(true);
              setStep(RESULTS_STEP);
            },
          ],
        ]}
        onImport={async (file) => {
          const result = await (await resultsAndFiles()).importAnswers(file, contentVersion);
          if ('error' in result) return result.error;
          restore(result.state);
          setNotice(result.notice);
          go(RESULTS_STEP);
          return null;
        }}
        onDeleteAll={() => {
          if (storage.current) clearSavedAssessment(storage.current);
          form.reset(blankValues(questions));
          setNotice({ text: copy.deleted });
          go(SCOPING_STEP);
        }}
      />
    </div>
  );
}
