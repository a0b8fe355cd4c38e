/**
 * Progress (issue 15, items 2 and 3): take named, dated snapshots of the workspace; list, rename and
 * delete them; compare any two; the trend of overall readiness; and the changes since the last
 * review, which is what prints (input to the management review, clause 9.3). Loaded on demand.
 */
import { useMemo, useRef, useState } from 'react';
import { localToday } from '../../lib/workbench/dates';
import { snapshotContentOf, snapshotOverallReadiness, type ProgressContent } from '../../lib/workbench/progressContent';
import { changesSinceLastReview } from '../../lib/workbench/snapshotComparison';
import { addSnapshot, deleteSnapshot, renameSnapshot, takeSnapshot } from '../../lib/workbench/snapshots';
import type { Snapshot } from '../../lib/workbench/snapshotSchema';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { fill } from '../shared/text';
import { ComparisonReport } from './ComparisonReport';
import type { ProgressCopy } from './progressCopy';
import { ReadinessTrendChart } from './ReadinessTrendChart';
import { SnapshotCompare } from './SnapshotCompare';
import { SnapshotList, type SnapshotRow } from './SnapshotList';
import type { SavedWorkspace } from './useWorkspace';

interface Props {
  saved: SavedWorkspace;
  workspace: Workspace;
  content: ProgressContent;
  copy: ProgressCopy;
}

function snapshotRows(snapshots: Snapshot[], content: ProgressContent): SnapshotRow[] {
  return snapshots.map((snapshot, index) => {
    const percent = snapshotOverallReadiness(snapshot, content.areas);
    const before = snapshots[index - 1];
    const beforePercent = before ? snapshotOverallReadiness(before, content.areas) : null;
    return {
      snapshot,
      percent,
      change: percent === null || beforePercent === null ? null : percent - beforePercent,
      contentChanged: before !== undefined && before.contentVersion !== snapshot.contentVersion,
    };
  });
}

export default function ProgressView({ saved, workspace, content, copy }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const snapshotContent = useMemo(() => snapshotContentOf(content), [content]);
  const { snapshots } = workspace;
  const rows = useMemo(() => snapshotRows(snapshots, content), [snapshots, content]);
  const evidenceTitles = useMemo(
    () => new Map(workspace.evidence.items.map((item) => [item.id, item.title])),
    [workspace.evidence.items],
  );
  // After hydration (a lazy view), so "now" and the visitor's day never differ from the server's render.
  const review = useMemo(() => {
    const now = new Date();
    const changes = changesSinceLastReview(workspace, snapshotContent, now, localToday(now));
    return changes && { ...changes, preparedOn: localToday(now) };
  }, [workspace, snapshotContent]);

  const take = () => {
    const now = new Date();
    const snapshot = takeSnapshot(workspace, snapshotContent, name, now, localToday(now));
    const checked = addSnapshot(workspace, snapshot, now);
    if (!checked.ok) {
      setError(checked.reason);
      return;
    }
    setError(null);
    setName('');
    saved.update(checked.value);
    saved.setNotice({ tone: 'info', text: fill(copy.taken, { name: snapshot.name }), actions: ['dismiss'] });
  };
  const rename = (id: string, next: string) => {
    const checked = renameSnapshot(workspace, id, next);
    if (!checked.ok) return checked.reason;
    saved.update(checked.value);
    saved.setNotice({ tone: 'info', text: fill(copy.renamed, { name: next.trim() }), actions: ['dismiss'] });
    return null;
  };
  const remove = (snapshot: Snapshot) => {
    saved.update(deleteSnapshot(workspace, snapshot.id));
    saved.setNotice({ tone: 'info', text: fill(copy.deleted, { name: snapshot.name }), actions: ['dismiss'] });
  };

  return (
    <section aria-labelledby="progress-heading" className="workbench-progress">
      <div className="progress-screen">
        <h2 id="progress-heading" tabIndex={-1}>
          {copy.heading}
        </h2>
        <p>{copy.intro}</p>
        <ReadOnlyGroup readOnly={saved.readOnly} legend={copy.readOnlyLegend}>
          <form
            className="progress-form"
            aria-label={copy.take}
            onSubmit={(event) => {
              event.preventDefault();
              take();
            }}
          >
            <p className="field">
              <label htmlFor="snapshot-name">{copy.nameLabel}</label>
              <span id="snapshot-name-help" className="field-help">
                {copy.nameHelp}
              </span>
              <input
                id="snapshot-name"
                type="text"
                value={name}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'snapshot-name-help snapshot-name-error' : 'snapshot-name-help'}
                onChange={(event) => setName(event.target.value)}
              />
              {error && (
                <span id="snapshot-name-error" className="field-error" role="alert">
                  {error}
                </span>
              )}
            </p>
            <p className="actions">
              <button type="submit" className="button">
                {copy.take}
              </button>
            </p>
          </form>
          <h3 id="snapshots-heading" ref={listHeading} tabIndex={-1}>
            {copy.listHeading}
          </h3>
          {rows.length === 0 ? (
            <p>{copy.none}</p>
          ) : (
            <SnapshotList
              rows={rows}
              readOnly={saved.readOnly}
              copy={copy}
              heading={listHeading}
              onRename={rename}
              onDelete={remove}
            />
          )}
        </ReadOnlyGroup>
        <h3>{copy.compareHeading}</h3>
        {snapshots.length < 2 ? (
          <p>{copy.needTwo}</p>
        ) : (
          <SnapshotCompare snapshots={snapshots} content={content} evidenceTitles={evidenceTitles} copy={copy} />
        )}
      </div>
      <div className="progress-printed">
        <section aria-labelledby="review-heading" className="progress-review">
          <h3 id="review-heading">{copy.reviewHeading}</h3>
          {review ? (
            <>
              <p>{fill(copy.reviewIntro, { name: review.since.name, date: review.since.takenOn })}</p>
              <p>{fill(copy.reviewPrepared, { date: review.preparedOn })}</p>
              <p className="actions no-print">
                <button type="button" className="button-secondary" onClick={() => window.print()}>
                  {copy.print}
                </button>
              </p>
              <ComparisonReport
                comparison={review.comparison}
                content={content}
                evidenceTitles={evidenceTitles}
                copy={copy}
                level={4}
              />
            </>
          ) : (
            <p>{copy.reviewNone}</p>
          )}
        </section>
        {rows.length > 0 && (
          <section aria-labelledby="trend-heading" className="progress-trend">
            <h3 id="trend-heading">{copy.trendHeading}</h3>
            {rows.length === 1 && <p>{copy.trendOnlyOne}</p>}
            <ReadinessTrendChart
              inputs={rows.map((row) => ({
                id: row.snapshot.id,
                label: row.snapshot.name,
                date: row.snapshot.takenOn,
                percent: row.percent,
                contentChanged: row.contentChanged,
              }))}
              copy={copy}
            />
          </section>
        )}
      </div>
    </section>
  );
}
