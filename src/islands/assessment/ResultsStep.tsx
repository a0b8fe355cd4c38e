import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { isLowestBand } from '../../lib/assessment/bands';
import { CONTROL_STATUS_LABELS, GAP_KIND_LABELS } from '../../lib/assessment/labels';
import { computeResults, type AssessmentContent } from '../../lib/assessment/results';
import type { Tally } from '../../lib/assessment/scoring';
import { controlPath } from '../../lib/slugs';
import type { AssessmentForm } from './formValues';
import type { AssessmentSlots } from './slots';
import { DataTable } from '../shared/DataTable';
import { ReadinessChart } from './ReadinessChart';

interface Props {
  form: AssessmentForm;
  content: AssessmentContent;
  /** Wizard steps with their labels; the areas' labels name the rows. */
  steps: { id: string; label: string }[];
  slots: AssessmentSlots;
  /** Why a gap moved up, by scoping answer ("provider", "eu-high-risk" ...). */
  raisedLabels: Record<string, string>;
  onJump: (step: string) => void;
  /** The person asked to print: print once the results are on screen, then call onPrinted. */
  print: boolean;
  onPrinted: () => void;
}

/** Up to this many unanswered questions are listed by name; more are summarized per area. */
const FEW = 12;
const percentText = (percent: number | null) => (percent === null ? 'N/A' : `${percent}%`);
const yesNo = (applicable: boolean, value: boolean) => (applicable ? (value ? 'Yes' : 'No') : '-');

function tallyCells(label: string, tally: Tally) {
  return [
    label,
    percentText(tally.percent),
    tally.implemented,
    tally.partial,
    tally.notStarted,
    tally.unanswered,
    tally.notApplicable,
    tally.auditReady,
  ];
}

/**
 * Readiness, band, gap list, timeline and the draft Statement of Applicability. Loaded with
 * import() when the visitor opens the results, with the scoring, gap and SoA code it needs.
 */
export default function ResultsStep({ form, content, steps, slots, raisedLabels, onJump, print, onPrinted }: Props) {
  const areaLabel = (area: { id: string }) => steps.find((step) => step.id === area.id)?.label ?? area.id;
  const [scoping, answers] = useWatch({ control: form.control, name: ['scoping', 'answers'] });
  const { score, band, essentialGaps, gaps, unanswered, timeline, soa } = useMemo(
    () => computeResults(content, { scoping, answers }),
    [content, scoping, answers],
  );
  const excluded = soa.filter((row) => !row.applicable).length;
  useEffect(() => {
    if (print) {
      onPrinted();
      window.print();
    }
  }, [print, onPrinted]);
  return (
    <div className="step-body results">
      <h3>Overall readiness</h3>
      <p className="readiness-figure">
        <strong>{percentText(score.overall.percent)}</strong> {band?.label}
      </p>
      <p>{band?.summary}</p>
      <p className="field-help">
        {slots.bandRule} Priority-1 practices open: {essentialGaps}.
      </p>
      <p>
        Apart from the score: {score.overall.auditReady} of {score.overall.implemented} implemented practices are
        documented and evidenced; {score.overall.documentedOnly} are documented but not implemented.
      </p>
      <ReadinessChart
        areas={content.areas.map((area, index) => ({
          id: area.id,
          label: areaLabel(area),
          percent: score.areas[index]!.percent,
        }))}
        overall={{ id: 'overall', label: 'Overall', percent: score.overall.percent }}
        thresholds={content.bands.map((band) => ({ label: band.label, percent: band.minPercent }))}
      />
      <DataTable
        caption="Readiness by area"
        head={[
          'Area',
          'Readiness',
          'Implemented',
          'Partial',
          'Not started',
          'Unanswered',
          'N/A',
          'Documented and evidenced',
        ]}
        rows={content.areas.map((area, index) => tallyCells(areaLabel(area), score.areas[index]!))}
        foot={[
          tallyCells('Clauses 4-10', score.clauses),
          tallyCells('Annex A', score.annexA),
          tallyCells('Overall', score.overall),
        ]}
      />

      <h3>Unanswered questions</h3>
      <p>
        {unanswered.length} of {content.questions.length} questions are unanswered and count as not started.
      </p>
      <ul className={unanswered.length > FEW ? 'inline-list' : undefined}>
        {content.areas.map((area) => {
          const open = unanswered.filter((question) => question.area === area.id);
          return (
            open.length > 0 && (
              <li key={area.id}>
                <button type="button" className="link-button" onClick={() => onJump(area.id)}>
                  {areaLabel(area)}: {open.length}
                </button>
                {unanswered.length <= FEW && (
                  <ul>
                    {open.map((question) => (
                      <li key={question.id}>{question.text}</li>
                    ))}
                  </ul>
                )}
              </li>
            )
          );
        })}
      </ul>

      <h3>What to do next</h3>
      {slots.gapsIntro}
      <ol className="gap-list">
        {gaps.map(({ question, kind, priority, raisedBy }) => (
          <li key={question.id}>
            <span className="tag">Priority {priority}</span> <span className="tag">{GAP_KIND_LABELS[kind]}</span>
            {raisedBy && <span className="field-help"> Moved up: {raisedLabels[raisedBy]}</span>}
            <br />
            <strong>{question.text}</strong>
            <br />
            {kind === 'no-evidence' ? 'Keep records an auditor can sample.' : question.action}{' '}
            <a href={question.guidance}>
              Guidance<span className="visually-hidden">: {question.text}</span>
            </a>
          </li>
        ))}
      </ol>

      <h3>Indicative timeline</h3>
      <p>
        About <strong>{timeline.totalExpectedWeeks} weeks</strong> (range {timeline.totalLowWeeks}-
        {timeline.totalHighWeeks}), scale factor {timeline.factor.toFixed(2)}
        {timeline.assumedDefaults && ', not scaled for missing scoping answers'}.
        {isLowestBand(band, content.bands) && ' Expect extra time first to settle scope, owners and budget.'}
      </p>
      {slots.timelineNote}
      <DataTable
        caption="Phases in weeks"
        head={['Phase', 'Range', 'Expected for you']}
        rows={timeline.phases.map((phase) => [phase.name, `${phase.lowWeeks}-${phase.highWeeks}`, phase.expectedWeeks])}
      />

      <h3>Draft Statement of Applicability</h3>
      <p>
        {soa.length} controls: {soa.length - excluded} applicable, {excluded} excluded.
      </p>
      {slots.soaIntro}
      <DataTable
        caption="Annex A controls"
        head={['Control', 'Applicable', 'Justification', 'Status', 'Documented', 'Evidenced']}
        rows={soa.map((row) => [
          <>
            <a href={controlPath(row.controlId)}>{row.controlId}</a> {row.title}
          </>,
          row.applicable ? 'Yes' : 'No',
          row.justification,
          CONTROL_STATUS_LABELS[row.status],
          yesNo(row.applicable, row.documented),
          yesNo(row.applicable, row.evidenced),
        ])}
      />
    </div>
  );
}
