/**
 * The evidence register (issue 14, item 3): the items in a table with their state on today's date
 * in words, a form to add or edit one, deletion after confirmation, and each applicable control's
 * state with what its page says an auditor expects. Loaded on demand with the workbench logic.
 */
import { useMemo, useRef, useState } from 'react';
import { localToday } from '../../lib/workbench/dates';
import { evidenceItemState } from '../../lib/workbench/evidence';
import {
  evidenceIds,
  newEvidenceItem,
  removeEvidenceItem,
  saveEvidenceItem,
} from '../../lib/workbench/evidenceRegister';
import { evidenceItemSchema, type EvidenceItem } from '../../lib/workbench/evidenceSchema';
import { checkedFromParse } from '../../lib/workbench/issues';
import { EVIDENCE_STATE_LABELS } from '../../lib/workbench/labels';
import { applicableControlEvidence, workbenchSoa } from '../../lib/workbench/workbenchResults';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { DataTable } from '../shared/DataTable';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { fill } from '../shared/text';
import { useArrivalFocus } from './arrivalFocus';
import { ControlEvidencePanel } from './ControlEvidencePanel';
import type { WorkbenchCopy } from './copy';
import { EvidenceForm } from './EvidenceForm';
import type { EvidencePageData } from './evidenceData';
import { EvidenceLocation, StateText } from './evidenceParts';
import type { SavedWorkspace } from './useWorkspace';
import { ConfirmChoice } from './ConfirmChoice';

interface Props {
  saved: SavedWorkspace;
  workspace: Workspace;
  data: EvidencePageData;
  copy: WorkbenchCopy;
}

export default function EvidenceView({ saved, workspace, data, copy }: Props) {
  const words = copy.evidence;
  // The view renders only in the browser, after hydration: the visitor's own day.
  const [today] = useState(() => localToday());
  const items = workspace.evidence.items;
  const [editing, setEditing] = useState<{ item: EvidenceItem; isNew: boolean } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus('evidence', heading);
  const readOnly = saved.readOnly;
  const toDelete = items.find((item) => item.id === deleting);
  const controlIds = useMemo(() => new Set(data.content.controls.map((control) => control.id)), [data.content]);
  const controls = useMemo(
    () => applicableControlEvidence(workbenchSoa(data.content, workspace).rows, workspace, today),
    [data.content, workspace, today],
  );
  const states = items.map((item) => evidenceItemState(item, today));
  const countOf = (state: string) => states.filter((candidate) => candidate === state).length;

  const backToList = () => {
    setEditing(null);
    setDeleting(null);
    heading.current?.focus();
  };
  const startAdding = (title = '', controlIdsOfItem: string[] = []) =>
    setEditing({ item: newEvidenceItem(title, controlIdsOfItem, evidenceIds(workspace)), isNew: true });
  const save = (record: EvidenceItem): string | null => {
    const checked = checkedFromParse(evidenceItemSchema.safeParse(record));
    if (!checked.ok) return checked.reason;
    saved.update(saveEvidenceItem(workspace, checked.value));
    saved.setNotice({ tone: 'info', text: fill(words.saved, { name: checked.value.title }), actions: ['dismiss'] });
    backToList();
    return null;
  };
  const remove = (item: EvidenceItem) => {
    saved.update(removeEvidenceItem(workspace, item.id));
    saved.setNotice({ tone: 'info', text: fill(words.deleted, { name: item.title }), actions: ['dismiss'] });
    backToList();
  };

  const supports = (item: EvidenceItem) =>
    [
      ...item.controlIds,
      ...(item.clauseIds.length > 0 ? [fill(words.clausesPrefix, { ids: item.clauseIds.join(', ') })] : []),
    ].join(', ') || words.notSet;
  const rows = items.map((item, index) => [
    item.title,
    <EvidenceLocation key="location" location={item.location} notSet={words.notSet} />,
    item.owner || words.notSet,
    supports(item),
    item.lastReviewed || words.never,
    item.reviewBy || words.notSet,
    <StateText key="state" state={states[index]!} label={EVIDENCE_STATE_LABELS[states[index]!]} />,
    <span className="row-actions" key="actions">
      <button
        type="button"
        className="button-secondary"
        aria-label={fill(words.editLabel, { name: item.title })}
        disabled={readOnly}
        onClick={() => setEditing({ item, isNew: false })}
      >
        {words.edit}
      </button>{' '}
      <button
        type="button"
        className="button-danger"
        aria-label={fill(words.deleteLabel, { name: item.title })}
        disabled={readOnly}
        onClick={() => setDeleting(item.id)}
      >
        {words.delete}
      </button>
    </span>,
  ]);

  return (
    <section aria-labelledby="evidence-heading" className="workbench-evidence">
      <h2 id="evidence-heading" ref={heading} tabIndex={-1}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      {items.length === 0 ? (
        <p>{words.empty}</p>
      ) : (
        <p data-testid="evidence-summary">
          {fill(words.summary, {
            count: items.length,
            current: countOf('current'),
            due: countOf('due'),
            overdue: countOf('overdue'),
          })}
        </p>
      )}
      <ReadOnlyGroup readOnly={readOnly} legend={words.readOnlyLegend}>
        {items.length > 0 && <DataTable caption={words.caption} head={Object.values(words.columns)} rows={rows} />}
        {toDelete && (
          <ConfirmChoice
            key={toDelete.id}
            label={words.delete}
            question={fill(words.confirmDelete, { name: toDelete.title })}
            yes={fill(words.confirmDeleteYes, { name: toDelete.title })}
            cancel={words.cancel}
            onYes={() => remove(toDelete)}
            onCancel={backToList}
          />
        )}
        {editing === null ? (
          <p className="actions">
            <button type="button" className="button" onClick={() => startAdding()}>
              {words.add}
            </button>
          </p>
        ) : (
          <EvidenceForm
            key={editing.item.id}
            item={editing.item}
            isNew={editing.isNew}
            controlIds={controlIds}
            words={words}
            onSave={save}
            onCancel={backToList}
          />
        )}
      </ReadOnlyGroup>
      <ControlEvidencePanel
        controls={controls}
        titles={data.content.controls}
        evidenceByControl={data.evidenceByControl}
        items={items}
        readOnly={readOnly}
        words={words}
        onSuggest={(controlId, title) => startAdding(title, [controlId])}
      />
    </section>
  );
}
