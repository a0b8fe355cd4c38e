/**
 * Results and gaps (issue 14, item 4): the assessment's readiness (computeResults, the same figures
 * /assessment/ shows), "documented and evidenced" from the evidence register once it has items, and
 * one gap list of the question gaps and the workbench's gap items, each with why and where to fix
 * it. The rules are stated on /assessment/method/.
 */
import { useMemo, useState } from 'react';
import { localToday } from '../../lib/workbench/dates';
import { workbenchResults } from '../../lib/workbench/workbenchResults';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { EvidencePageData } from './evidenceData';
import { QuestionGapItem, WorkbenchGapItem } from './GapItem';

interface Props {
  workspace: Workspace;
  data: EvidencePageData;
  copy: WorkbenchCopy;
}

const percentText = (percent: number | null) => (percent === null ? 'N/A' : `${percent}%`);

export default function ResultsView({ workspace, data, copy }: Props) {
  const words = copy.evidence.results;
  // The view renders only in the browser, after hydration: the visitor's own day.
  const [today] = useState(() => localToday());
  const results = useMemo(() => workbenchResults(data.content, workspace, today), [data.content, workspace, today]);
  const { score, band, unanswered, figures, controlEvidence, allGaps } = results;
  const documentedOnly = figures.controls.filter((control) => control.documented && !control.evidenced).length;
  const stateCount = (state: string) => controlEvidence.filter((control) => control.state === state).length;

  return (
    <section aria-labelledby="results-heading" className="workbench-results">
      <h2 id="results-heading">{words.heading}</h2>
      <p>{words.intro}</p>
      <h3>{words.readiness}</h3>
      <p className="readiness-figure" data-testid="workbench-readiness">
        <strong>{percentText(score.overall.percent)}</strong> {band?.label}
      </p>
      <p>{band?.summary}</p>
      {unanswered.length > 0 && (
        <p>
          {fill(words.unanswered, { count: unanswered.length, total: data.content.questions.length })}{' '}
          <a href="/assessment/">{words.answerInAssessment}</a>
        </p>
      )}
      <h3>{words.documentedHeading}</h3>
      <p data-testid="documented-evidenced">
        {fill(figures.source === 'register' ? words.documentedFromRegister : words.documentedFromAnswers, {
          count: figures.documentedAndEvidenced,
          applicable: figures.applicable,
        })}{' '}
        {figures.source === 'register' && fill(words.documentedOnly, { count: documentedOnly })}
      </p>
      {figures.source === 'register' && (
        <p data-testid="control-states">
          {fill(words.controlStates, {
            current: stateCount('current'),
            due: stateCount('due'),
            overdue: stateCount('overdue'),
            missing: stateCount('missing'),
          })}
        </p>
      )}
      <h3 id="results-gaps-heading">{words.gapsHeading}</h3>
      {allGaps.length === 0 ? (
        <p>{words.noGaps}</p>
      ) : (
        <>
          <p>
            {fill(words.gapsIntro, { count: allGaps.length })}{' '}
            <a href="/assessment/method/#workbench-gaps">{words.method}</a>
          </p>
          <ol className="gap-list" aria-labelledby="results-gaps-heading">
            {allGaps.map((entry) =>
              entry.source === 'question' ? (
                <QuestionGapItem key={`question-${entry.gap.question.id}`} gap={entry.gap} words={words} />
              ) : (
                <WorkbenchGapItem
                  key={`${entry.gap.kind}-${Object.values(entry.gap.subject)[1]}`}
                  gap={entry.gap}
                  workspace={workspace}
                  controls={data.content.controls}
                  words={words}
                />
              ),
            )}
          </ol>
        </>
      )}
    </section>
  );
}
