/**
 * The kept snapshots in a table (name, date, overall readiness and its change from the one before),
 * which is also the trend chart's table; rename in a small form, delete after confirmation. Focus
 * moves to what appeared, and back to the list's heading when it goes.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Snapshot } from '../../lib/workbench/snapshotSchema';
import { DataTable } from '../shared/DataTable';
import { fill } from '../shared/text';
import { pointsText } from './ComparisonReport';
import type { ProgressCopy } from './progressCopy';
import { ConfirmChoice } from './ConfirmChoice';

export interface SnapshotRow {
  snapshot: Snapshot;
  percent: number | null;
  /** Change from the snapshot before, in points; null for the first or when either has no figure. */
  change: number | null;
  /** Its content version differs from the one before's. */
  contentChanged: boolean;
}

interface Props {
  rows: SnapshotRow[];
  readOnly: boolean;
  copy: ProgressCopy;
  heading: RefObject<HTMLHeadingElement | null>;
  /** Returns the reason when the name was refused. */
  onRename: (id: string, name: string) => string | null;
  onDelete: (snapshot: Snapshot) => void;
}

export function SnapshotList({ rows, readOnly, copy, heading, onRename, onDelete }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const toDelete = rows.find((row) => row.snapshot.id === deleting)?.snapshot;
  const toRename = rows.find((row) => row.snapshot.id === renaming)?.snapshot;
  useEffect(() => {
    if (toRename) nameField.current?.focus();
  }, [toRename]);

  const backToList = () => {
    setRenaming(null);
    setDeleting(null);
    setError(null);
    heading.current?.focus();
  };
  const startRename = (snapshot: Snapshot) => {
    setDeleting(null);
    setError(null);
    setName(snapshot.name);
    setRenaming(snapshot.id);
  };
  const saveName = (id: string) => {
    const problem = onRename(id, name);
    if (problem) setError(problem);
    else backToList();
  };

  const tableRows = rows.map(({ snapshot, percent, change, contentChanged }, index) => ({
    cells: [
      String(index + 1),
      snapshot.name,
      snapshot.takenOn,
      percent === null ? copy.notApplicable : `${percent}%`,
      index === 0 ? '' : `${pointsText(change, copy)}${contentChanged ? copy.trendUpdated : ''}`,
      <span className="row-actions" key="actions">
        <button
          type="button"
          className="button-secondary"
          aria-label={fill(copy.renameLabel, { name: snapshot.name })}
          disabled={readOnly}
          onClick={() => startRename(snapshot)}
        >
          {copy.rename}
        </button>{' '}
        <button
          type="button"
          className="button-danger"
          aria-label={fill(copy.deleteLabel, { name: snapshot.name })}
          disabled={readOnly}
          onClick={() => {
            setRenaming(null);
            setDeleting(snapshot.id);
          }}
        >
          {copy.delete}
        </button>
      </span>,
    ],
  }));

  return (
    <>
      <DataTable caption={copy.listCaption} head={Object.values(copy.columns)} rows={tableRows} />
      {toRename && (
        <form
          className="progress-form"
          aria-label={fill(copy.renameHeading, { name: toRename.name })}
          onSubmit={(event) => {
            event.preventDefault();
            saveName(toRename.id);
          }}
        >
          <p className="field">
            <label htmlFor="snapshot-rename">{copy.renameField}</label>
            <input
              ref={nameField}
              id="snapshot-rename"
              type="text"
              value={name}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'snapshot-rename-error' : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {error && (
              <span id="snapshot-rename-error" className="field-error" role="alert">
                {error}
              </span>
            )}
          </p>
          <p className="actions">
            <button type="submit" className="button">
              {copy.saveName}
            </button>{' '}
            <button type="button" className="button-secondary" onClick={backToList}>
              {copy.cancel}
            </button>
          </p>
        </form>
      )}
      {toDelete && (
        <ConfirmChoice
          key={toDelete.id}
          label={copy.delete}
          question={fill(copy.confirmDelete, { name: toDelete.name, date: toDelete.takenOn })}
          yes={fill(copy.confirmDeleteYes, { name: toDelete.name })}
          cancel={copy.cancel}
          onYes={() => {
            onDelete(toDelete);
            backToList();
          }}
          onCancel={backToList}
        />
      )}
    </>
  );
}
