/**
 * The workspace manager (issue 15): the workspaces of this browser with their last change and
 * readiness, and making, opening, renaming, duplicating and deleting them (after confirmation).
 * Loaded on demand the first time it is shown; the views below show the open workspace.
 */
import { useEffect, useRef, useState } from 'react';
import { type ReadinessSummary, type WorkspaceEntry } from '../../lib/workbench/workspaceIndexSchema';
import { readinessSummary } from '../../lib/workbench/workspaceReadiness';
import { DataTable } from '../shared/DataTable';
import { Notice } from '../shared/Notice';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import { useWorkspaceActions } from './useWorkspaceActions';
import type { SavedWorkspace } from './useWorkspace';
import { WorkspaceNameForm } from './WorkspaceNameForm';
import { isDefaultWorkspace } from './workspacesOnDemand';
import { ConfirmChoice } from './ConfirmChoice';

interface Props {
  saved: SavedWorkspace;
  contentVersion: string;
  questionIds: readonly string[];
  copy: WorkbenchCopy;
  onClose: () => void;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A last change in the visitor's own time zone, e.g. 2026-12-02 09:30. */
function localTime(iso: string): string {
  const at = new Date(iso);
  const day = `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
  return `${day} ${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}

export default function WorkspacesPanel({ saved, contentVersion, questionIds, copy: all, onClose }: Props) {
  const copy = all.workspaces;
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const announce = (text: string) => {
    setStatus(text);
    heading.current?.focus();
  };
  const actions = useWorkspaceActions({ saved, contentVersion, questionIds, copy: all, announce });
  const list = saved.workspaces;
  const entries = list?.index.workspaces ?? [];
  const toRename = entries.find((entry) => entry.id === renaming);
  const toDelete = entries.find((entry) => entry.id === deleting);
  const locked = actions.blocked || list?.origin === 'held';
  useEffect(() => heading.current?.focus(), []);

  const backToList = () => {
    setRenaming(null);
    setDeleting(null);
    heading.current?.focus();
  };

  const readinessText = (summary: ReadinessSummary | null) => {
    if (!summary || summary.answered === 0) return copy.notAssessed;
    return fill(summary.percent === null ? copy.noneApplies : copy.readiness, summary);
  };
  const row = (entry: WorkspaceEntry) => {
    const isOpen = entry.id === saved.current;
    // The open one as shown: it may hold answers the assessment saved since its last save.
    const summary =
      isOpen && saved.workspace
        ? readinessSummary(
            saved.workspace,
            questionIds.map((id) => ({ id })),
          )
        : entry.readiness;
    const button = (label: string, name: string, onClick: () => void, danger = false) => (
      <button
        type="button"
        className={danger ? 'button-danger' : 'button-secondary'}
        aria-label={fill(name, { name: entry.name })}
        disabled={locked}
        onClick={onClick}
      >
        {label}
      </button>
    );
    return [
      isOpen ? fill(copy.openMark, { name: entry.name }) : entry.name,
      entry.updatedAt ? localTime(entry.updatedAt) : copy.never,
      readinessText(summary),
      String(summary?.systems ?? 0),
      <span className="row-actions" key="actions">
        {!isOpen && button(copy.open, copy.openLabel, () => actions.open(entry))}{' '}
        {button(copy.rename, copy.renameLabel, () => setRenaming(entry.id))}{' '}
        {button(copy.duplicate, copy.duplicateLabel, () => actions.duplicate(entry))}{' '}
        {!isDefaultWorkspace(entry.id) && button(copy.delete, copy.deleteLabel, () => setDeleting(entry.id), true)}
      </span>,
    ];
  };

  return (
    <section aria-labelledby="workspaces-heading" className="workbench-workspaces">
      <h2 id="workspaces-heading" ref={heading} tabIndex={-1}>
        {copy.heading}
      </h2>
      <p>{copy.intro}</p>
      <p>{fill(copy.linked, { name: entries[0]?.name ?? copy.defaultName })}</p>
      {actions.blocked && <Notice tone="warning">{copy.blocked}</Notice>}
      {list?.origin === 'set-aside' && <Notice tone="warning">{fill(copy.listSetAside, list)}</Notice>}
      {list?.origin === 'held' && <Notice tone="warning">{fill(copy.listHeld, list)}</Notice>}
      <p role="status" className="workspaces-status">
        {status}
      </p>
      <DataTable caption={copy.caption} head={Object.values(copy.columns)} rows={entries.map(row)} hideCaption />
      {toDelete && (
        <ConfirmChoice
          key={toDelete.id}
          label={copy.delete}
          question={fill(copy.confirmDelete, { name: toDelete.name })}
          yes={fill(copy.confirmDeleteYes, { name: toDelete.name })}
          cancel={copy.cancel}
          onYes={() => actions.remove(toDelete, backToList)}
          onCancel={backToList}
        />
      )}
      {toRename && (
        <WorkspaceNameForm
          key={toRename.id}
          id="workspace-rename"
          heading={fill(copy.renameHeading, { name: toRename.name })}
          label={copy.newName}
          submit={copy.saveName}
          initial={toRename.name}
          disabled={locked}
          focusOnMount
          onSubmit={(name) => actions.rename(toRename, name, () => setRenaming(null))}
          onCancel={backToList}
          cancel={copy.cancel}
        />
      )}
      <WorkspaceNameForm
        id="workspace-create"
        heading={copy.createHeading}
        label={copy.createName}
        submit={copy.create}
        disabled={locked}
        onSubmit={actions.create}
      />
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onClose}>
          {copy.close}
        </button>
      </p>
    </section>
  );
}
