/**
 * One comparison of two snapshots as headings and tables (issue 15, item 2): readiness overall and
 * per area, questions that improved, regressed or moved into or out of N/A, controls newly excluded
 * or re-included, evidence that became overdue, and the rows whose content changed (never counted
 * as progress). Used for two chosen snapshots and for the changes since the last review.
 */
import type { ReactNode } from 'react';
import type { ProgressContent } from '../../lib/workbench/progressContent';
import {
  CURRENT_STATE_ID,
  type QuestionChange,
  type ReadinessChange,
  type SnapshotComparison,
  type SnapshotSide,
} from '../../lib/workbench/snapshotComparison';
import { DataTable, type DataRow } from '../shared/DataTable';
import { fill } from '../shared/text';
import type { ProgressCopy } from './progressCopy';

interface Props {
  comparison: SnapshotComparison;
  content: ProgressContent;
  /** Titles of the register's items as they are now, by id. */
  evidenceTitles: ReadonlyMap<string, string>;
  copy: ProgressCopy;
  /** The report's own headings: h3 under the view's h2, h4 under a section's h3. */
  level: 3 | 4;
}

export const sideName = (side: SnapshotSide, copy: ProgressCopy) =>
  side.id === CURRENT_STATE_ID ? copy.now : side.name;

const percentText = (percent: number | null, copy: ProgressCopy) =>
  percent === null ? copy.notApplicable : `${percent}%`;

export function pointsText(change: number | null, copy: ProgressCopy): string {
  if (change === null) return copy.notApplicable;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return fill(copy.points, { sign, value: Math.abs(change) });
}

function Section({
  heading,
  level,
  count,
  children,
  copy,
}: {
  heading: string;
  level: 3 | 4;
  count: number;
  children: ReactNode;
  copy: ProgressCopy;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="progress-change-group">
      <Heading>{heading}</Heading>
      {count === 0 ? <p>{copy.noChanges}</p> : children}
    </div>
  );
}

export function ComparisonReport({ comparison, content, evidenceTitles, copy, level }: Props) {
  const older = sideName(comparison.older, copy);
  const newer = sideName(comparison.newer, copy);
  const between = { older, newer };
  const questionText = new Map(content.questions.map((question) => [question.id, question.text]));
  const areaLabel = new Map(content.areas.map((area) => [area.id, area.label]));
  const controlTitle = new Map(content.controls.map((control) => [control.id, control.title]));
  const { readiness } = comparison;

  const readinessRow = (label: string, change: ReadinessChange): DataRow => [
    label,
    percentText(change.older, copy),
    percentText(change.newer, copy),
    <>
      {pointsText(change.change, copy)}
      {change.includesChangedContent && <span className="progress-flag">{copy.changedContentFlag}</span>}
    </>,
  ];
  const readinessRows = [
    readinessRow(copy.overall, readiness.overall),
    readinessRow(copy.clauses, readiness.clauses),
    readinessRow(copy.annexA, readiness.annexA),
    ...readiness.areas.map((change) => readinessRow(areaLabel.get(change.id) ?? change.id, change)),
  ];
  const anyChangedContent = [readiness.overall, readiness.clauses, readiness.annexA, ...readiness.areas].some(
    (change) => change.includesChangedContent,
  );

  const questionTable = (template: string, changes: QuestionChange[]) => {
    const heading = fill(template, { count: changes.length });
    return (
      <Section heading={heading} level={level} count={changes.length} copy={copy}>
        <DataTable
          caption={fill(copy.questionCaption, { heading, ...between })}
          hideCaption
          head={Object.values(copy.questionColumns)}
          rows={changes.map((change) => [
            questionText.get(change.questionId) ?? change.questionId,
            areaLabel.get(change.area) ?? change.area,
            copy.statuses[change.from],
            copy.statuses[change.to],
          ])}
        />
      </Section>
    );
  };
  const controlTable = (template: string, ids: string[]) => {
    const heading = fill(template, { count: ids.length });
    return (
      <Section heading={heading} level={level} count={ids.length} copy={copy}>
        <DataTable
          caption={fill(copy.controlsCaption, { heading, ...between })}
          hideCaption
          head={Object.values(copy.controlColumns)}
          rows={ids.map((id) => [id, controlTitle.get(id) ?? ''])}
          scrollRegion={false}
        />
      </Section>
    );
  };
  const overdueHeading = fill(copy.overdueHeading, { count: comparison.becameOverdue.length });
  const changed = [
    ...comparison.contentChanged.questions.map((change) => ({
      row: questionText.get(change.id) ?? fill(copy.questionRow, { id: change.id }),
      change: change.change,
    })),
    ...comparison.contentChanged.controls.map((change) => ({
      row: fill(copy.controlRow, { id: change.id }),
      change: change.change,
    })),
  ];
  const changedHeading = fill(copy.contentChangedHeading, { count: changed.length });
  const Heading = level === 3 ? 'h3' : 'h4';

  return (
    <div className="progress-report">
      <p>
        {fill(copy.comparing, {
          ...between,
          olderDate: comparison.older.takenOn,
          newerDate: comparison.newer.takenOn,
        })}
        {comparison.contentVersionChanged &&
          ` ${fill(copy.contentVersions, { older: comparison.older.contentVersion, newer: comparison.newer.contentVersion })}`}
      </p>
      <div className="progress-change-group">
        <Heading>{copy.readinessHeading}</Heading>
        <DataTable
          caption={fill(copy.readinessCaption, between)}
          hideCaption
          head={Object.values(copy.readinessColumns)}
          rows={readinessRows}
          className="progress-readiness"
        />
        {anyChangedContent && <p className="callout progress-note">{copy.changedContentNote}</p>}
      </div>
      {questionTable(copy.improvedHeading, comparison.improved)}
      {questionTable(copy.regressedHeading, comparison.regressed)}
      {comparison.applicabilityChanged.length > 0 &&
        questionTable(copy.applicabilityHeading, comparison.applicabilityChanged)}
      {controlTable(copy.excludedHeading, comparison.newlyExcluded)}
      {controlTable(copy.reIncludedHeading, comparison.reIncluded)}
      <Section heading={overdueHeading} level={level} count={comparison.becameOverdue.length} copy={copy}>
        <DataTable
          caption={fill(copy.overdueCaption, { heading: overdueHeading, ...between })}
          hideCaption
          head={Object.values(copy.overdueColumns)}
          rows={comparison.becameOverdue.map((item) => [
            evidenceTitles.get(item.itemId) ?? fill(copy.removedItem, { id: item.itemId }),
            item.reviewBy,
          ])}
          scrollRegion={false}
        />
      </Section>
      {changed.length > 0 && (
        <Section heading={changedHeading} level={level} count={changed.length} copy={copy}>
          <p>{copy.contentChangedIntro}</p>
          <DataTable
            caption={fill(copy.contentChangedCaption, { heading: changedHeading, ...between })}
            hideCaption
            head={Object.values(copy.contentChangedColumns)}
            rows={changed.map((row) => [row.row, copy.changeKinds[row.change]])}
          />
        </Section>
      )}
    </div>
  );
}
