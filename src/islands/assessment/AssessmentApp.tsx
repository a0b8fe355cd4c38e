import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { useForm } from 'react-hook-form';
import { resultsCsvRows, soaCsvRows } from '../../lib/assessment/csvRows';
import { computeResults, type AssessmentContent } from '../../lib/assessment/results';
import { RESULTS_STEP, SCOPING_STEP, knownStepOr } from '../../lib/assessment/steps';
import {
  INVALID_STORAGE_KEY,
  STORAGE_KEY,
  clearSavedAssessment,
  loadSavedAssessment,
  saveAssessment,
} from '../../lib/assessment/storage';
import { buildExportFile, exportFileName, parseImportFile } from '../../lib/assessment/transfer';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import { toCsv } from '../../lib/csv';
import { AreaStep, areaFields } from './AreaStep';
import { DataPanel } from './DataPanel';
import { areaLabel, blankValues, downloadText, isBlank, withDefaults } from './formValues';
import { ResultsStep } from './ResultsStep';
import { SCOPING_FIELDS, ScopingStep, type ScopingOptions } from './ScopingStep';
import type { AssessmentSlots } from './slots';
import { StepNavigation } from './StepNavigation';

export interface AssessmentProps extends AssessmentContent, AssessmentSlots {
  scopingOptions: ScopingOptions;
  /** Why a gap moved up, by scoping answer. */
  raisedLabels: Record<string, string>;
}

/** localStorage if the browser lets us use it; some privacy settings throw on access. */
function browserStorage(): Storage | null {
  try {
    localStorage.setItem(`${STORAGE_KEY}:probe`, '1');
    localStorage.removeItem(`${STORAGE_KEY}:probe`);
    return localStorage;
  } catch {
    return null;
  }
}

export default function AssessmentApp(props: AssessmentProps) {
  const { areas, questions, contentVersion } = props;
  const steps = useMemo(
    () => [
      { id: SCOPING_STEP, label: 'Scope of your organization' },
      ...areas.map((area) => ({ id: area.id, label: areaLabel(area) })),
      { id: RESULTS_STEP, label: 'Results' },
    ],
    [areas],
  );
  const form = useForm<AssessmentAnswers>({ defaultValues: blankValues(questions), mode: 'onTouched' });
  const [step, setStep] = useState(SCOPING_STEP);
  const [loaded, setLoaded] = useState(false);
  // A message for the person; setAside: saved data was unreadable and moved aside.
  const [notice, setNotice] = useState<{ text: string; setAside?: boolean } | null>(null);
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
    storage.current = browserStorage();
    const result = storage.current ? loadSavedAssessment(storage.current) : { kind: 'unavailable' as const };
    if (result.kind === 'unavailable') setSaveStatus('Saving is off: this browser blocks local storage.');
    if (result.kind === 'loaded') {
      restore(result.saved);
      setStep(knownStepOr(result.saved.step, areas));
      if (result.migratedFrom !== null) {
        setNotice({
          text: `Saved answers were upgraded from format version ${result.migratedFrom}. N/A answers need a reason to count.`,
        });
      } else if (result.saved.contentVersion !== contentVersion) {
        setNotice({ text: 'The questions changed since you saved: check the unanswered ones in the results.' });
      }
    }
    if (result.kind === 'invalid') {
      setNotice({
        setAside: true,
        text: `Saved answers could not be read (${result.reason}). They were kept aside in this browser under ${INVALID_STORAGE_KEY}, not deleted, and the assessment started fresh.`,
      });
    }
    setLoaded(true);
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
        setSaveStatus('Nothing is saved yet.');
      } else {
        const saved = saveAssessment(target, { ...values, step }, contentVersion);
        setSaveStatus(
          saved
            ? `Saved at ${new Date().toLocaleTimeString()}.`
            : 'Saving failed: storage is full or blocked. Export a file.',
        );
      }
    };
    persist(form.getValues());
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => persist(values) });
  }, [loaded, step, form, contentVersion]);

  useEffect(() => {
    if (navigations > 0) heading.current?.focus();
  }, [navigations]);

  useEffect(() => {
    if (printRequested && step === RESULTS_STEP) {
      setPrintRequested(false);
      print();
    }
  }, [step, printRequested]);

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

  const download = (label: string, text: string, extension = 'csv') =>
    downloadText(exportFileName(new Date(), extension, label), text);

  return (
    <div className="assessment" data-ready={loaded}>
      <div className="assessment-notice" role="status">
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
              {notice.setAside ? 'Start fresh' : 'Dismiss'}
            </button>
          </div>
        )}
      </div>
      <div className="assessment-layout">
        <StepNavigation form={form} steps={steps} current={step} questions={questions} onJump={go} />
        <form className="assessment-step" onSubmit={next} noValidate aria-labelledby="assessment-step-heading">
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
            />
          )}
          {areaQuestions.length > 0 && <AreaStep form={form} intro={props.areaIntro} questions={areaQuestions} />}
          {step === RESULTS_STEP && (
            <ResultsStep form={form} content={props} slots={props} raisedLabels={props.raisedLabels} onJump={go} />
          )}
          <div className="step-buttons no-print">
            {index > 0 && (
              <button type="button" className="button-secondary" onClick={() => go(steps[index - 1]!.id)}>
                Back
              </button>
            )}
            {step !== RESULTS_STEP && (
              <button type="submit" className="button">
                {index === steps.length - 2 ? 'See results' : 'Next'}
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
        actions={[
          [
            'Export answers (JSON)',
            () => download('assessment', buildExportFile(form.getValues(), contentVersion), 'json'),
          ],
          [
            'Download results (CSV)',
            () =>
              download(
                'assessment-results',
                toCsv(
                  resultsCsvRows(
                    areas,
                    questions,
                    form.getValues().answers,
                    computeResults(props, form.getValues()).score,
                  ),
                ),
              ),
          ],
          [
            'Download Statement of Applicability (CSV)',
            () =>
              download('statement-of-applicability', toCsv(soaCsvRows(computeResults(props, form.getValues()).soa))),
          ],
          [
            'Print report',
            () => {
              setPrintRequested(true);
              setStep(RESULTS_STEP);
            },
          ],
        ]}
        onImport={(text, size) => {
          const result = parseImportFile(text, size, contentVersion);
          if (!result.ok) return result.error;
          restore(result.state);
          setNotice({
            text: `Answers imported.${result.contentChanged ? ' They answered another edition of the questions: check the unanswered ones.' : ''}`,
          });
          go(RESULTS_STEP);
          return null;
        }}
        onDeleteAll={() => {
          if (storage.current) clearSavedAssessment(storage.current);
          form.reset(blankValues(questions));
          setNotice({ text: 'All answers were deleted from this browser.' });
          go(SCOPING_STEP);
        }}
      />
    </div>
  );
}
