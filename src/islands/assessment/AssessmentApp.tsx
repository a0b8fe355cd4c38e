import { Suspense, lazy, useState, type SubmitEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { AssessmentContent } from '../../lib/assessment/results';
import { RESULTS_STEP, SCOPING_STEP, knownStepOr } from '../../lib/assessment/steps';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { LoadFailure, loadOrReport, useLoadFailure } from '../shared/loadFailure';
import { fill } from '../shared/text';
import { AnswerFromToolNote } from './AnswerFromToolNote';
import { COUNT_FROM_INVENTORY, EXPOSURE_FROM_CHECK } from './answerSources';
import { CheckExposureNote } from './CheckExposureNote';
import type { AssessmentCopy } from './copy';
import { DataPanel } from './DataPanel';
import { areaFields, blankValues, withDefaults } from './formValues';
import type { StatusOptions } from './QuestionCard';
import { SCOPING_FIELDS, ScopingStep, type ScopingOptions } from './ScopingStep';
import type { AssessmentSlots } from './slots';
import { StepNavigation } from './StepNavigation';
import { ToolNotices } from './ToolNotices';
import { useAnswerFromTool } from './useAnswerFromTool';
import { useSavedAnswers } from './useSavedAnswers';
import { useWizardSteps } from './useWizardSteps';

/*
 * The scoping step, navigation and data panel load with the page; the rest loads with import()
 * when the visitor needs it: the questions of an area once the visitor moves past scoping (or is
 * about to), the results step (scoring, gaps, SoA, timeline) when opened, the export, CSV and
 * import code on first click, and the reading of saved answers (validation, migrations) only when
 * some exist. A part that fails to load is reported the same way everywhere (../shared/loadFailure).
 */
const loadAreaStep = () => import('./AreaStep');
const AreaStep = lazy(loadAreaStep);
const resultsAndFiles = () => loadOrReport(() => import('./resultsAndFiles'));
const ResultsStep = lazy(() => import('./resultsAndFiles').then((module) => ({ default: module.ResultsStep })));

export interface AssessmentProps extends AssessmentContent, AssessmentSlots {
  /** Wizard steps in order with their headings: scoping, each area, results (built by the page). */
  steps: { id: string; label: string }[];
  /** Interface text (copy.ts). */
  copy: AssessmentCopy;
  scopingOptions: ScopingOptions;
  statusOptions: StatusOptions;
  /** Why a gap moved up, by scoping answer. */
  raisedLabels: Record<string, string>;
  /** The review date of the EU AI Act check's decision tree on this build (YYYY-MM-DD). */
  checkTreeReviewedOn: string;
}

export default function AssessmentApp(props: AssessmentProps) {
  const { areas, questions, contentVersion, steps, copy } = props;
  const { step, go, show, currentStep, heading } = useWizardSteps();
  const [printRequested, setPrintRequested] = useState(false);
  const form = useForm<AssessmentAnswers>({ defaultValues: blankValues(questions), mode: 'onTouched' });
  const restore = (state: AssessmentAnswers) => form.reset(withDefaults(questions, state));
  const saved = useSavedAnswers({
    form,
    contentVersion,
    copy,
    currentStep,
    onRestore: (answers) => {
      restore(answers);
      show(knownStepOr(answers.step, areas));
    },
  });
  const loadFailed = useLoadFailure();
  const check = useAnswerFromTool(form, saved.ready, saved.readOnly, EXPOSURE_FROM_CHECK);
  const inventory = useAnswerFromTool(form, saved.ready, saved.readOnly, COUNT_FROM_INVENTORY);

  const index = steps.findIndex((entry) => entry.id === step);
  const areaQuestions = questions
    .map((question, position) => ({ question, number: position + 1 }))
    .filter(({ question }) => question.area === step);

  async function next(event: SubmitEvent) {
    event.preventDefault();
    const fields =
      step === SCOPING_STEP ? [...SCOPING_FIELDS] : areaFields(areaQuestions.map(({ question }) => question));
    if (saved.readOnly || (await form.trigger(fields, { shouldFocus: true }))) go(steps[index + 1]!.id);
  }

  return (
    <div className="assessment" data-ready={saved.ready}>
      <ToolNotices saved={saved} loadFailed={loadFailed} copy={copy} />
      <div className="assessment-layout" inert={saved.restoring}>
        <StepNavigation form={form} steps={steps} current={step} questions={questions} onJump={go} copy={copy} />
        {/* Focus inside the form fetches the questions' code while the visitor answers the scoping step. */}
        <form
          className="assessment-step"
          onSubmit={next}
          onFocus={() => {
            loadAreaStep();
            saved.prepare();
          }}
          noValidate
          aria-labelledby="assessment-step-heading"
        >
          <h2 id="assessment-step-heading" ref={heading} tabIndex={-1}>
            {steps[index]!.label}
          </h2>
          {/* Read-only (another tab saved, full store, unreadable data waiting): the browser disables every field. */}
          <ReadOnlyGroup readOnly={saved.readOnly} legend={steps[index]!.label}>
            {step === SCOPING_STEP && (
              <ScopingStep
                form={form}
                options={props.scopingOptions}
                intro={props.scopingIntro}
                countHelp={props.countHelp}
                euHelp={props.euHelp}
                countNote={
                  inventory.found && (
                    <AnswerFromToolNote
                      id="scoping-count-inventory"
                      testId="inventory-count-note"
                      form={form}
                      field="scoping.aiSystemCount"
                      answer={inventory.found.count}
                      says={
                        <>
                          {fill(copy.inventorySays, { total: inventory.found.total })}{' '}
                          <strong>{inventory.found.count}</strong>.
                        </>
                      }
                      matches={copy.checkMatches}
                      useLabel={copy.inventoryUse}
                      link={{ href: '/assessment/workbench/#inventory', label: copy.inventoryLink }}
                      readOnly={saved.readOnly}
                      onUse={inventory.apply}
                    />
                  )
                }
                euCheckNote={
                  check.found && (
                    <CheckExposureNote
                      fromCheck={check.found}
                      form={form}
                      options={props.scopingOptions.euExposure}
                      treeReviewedOn={props.checkTreeReviewedOn}
                      readOnly={saved.readOnly}
                      copy={copy}
                      onUse={check.apply}
                    />
                  )
                }
                copy={copy}
              />
            )}
          </ReadOnlyGroup>
          <LoadFailure key={step} message={copy.loadFailed}>
            <Suspense
              fallback={
                <p className="step-body" role="status">
                  {copy.loading}
                </p>
              }
            >
              {areaQuestions.length > 0 && (
                <ReadOnlyGroup readOnly={saved.readOnly} legend={steps[index]!.label}>
                  <AreaStep
                    form={form}
                    intro={props.areaIntro}
                    statusOptions={props.statusOptions}
                    questions={areaQuestions}
                  />
                </ReadOnlyGroup>
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
        saveStatus={saved.status}
        copy={copy}
        readOnly={saved.readOnly}
        actions={[
          [copy.exportJson, async () => (await resultsAndFiles()).exportAnswers(form.getValues(), contentVersion)],
          [copy.resultsCsv, async () => (await resultsAndFiles()).downloadResultsCsv(props, form.getValues())],
          [copy.soaCsv, async () => (await resultsAndFiles()).downloadSoaCsv(props, form.getValues())],
          [
            copy.print,
            () => {
              setPrintRequested(true);
              show(RESULTS_STEP);
            },
          ],
        ]}
        onImport={async (file) => {
          const result = await (await resultsAndFiles()).importAnswers(file, contentVersion, copy);
          if ('error' in result) return result.error;
          // Results first, so the imported answers are saved with the step they open on.
          go(RESULTS_STEP);
          restore(result.state);
          saved.setNotice(result.notice);
          return null;
        }}
        deletionList={saved.deletionList}
        onDeleteAll={() => {
          saved.deleteAll();
          form.reset(blankValues(questions));
          saved.setNotice({ tone: 'info', text: copy.deleted });
          go(SCOPING_STEP);
        }}
      />
    </div>
  );
}
