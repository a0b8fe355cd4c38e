/**
 * The AI system inventory (issue 14, item 1): the systems in a table, the in-scope count the
 * assessment's scoping step uses, a form to add or edit one, deletion after confirmation, the EU AI
 * Act check's tiers, and the files. Loaded on demand with the workbench logic.
 */
import { useRef, useState } from 'react';
import { MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../../lib/workbench/fields';
import {
  inventorySystemCount,
  newInventorySystem,
  removeInventorySystem,
  saveInventorySystem,
} from '../../lib/workbench/inventory';
import { inventorySystemSchema, type InventorySystem } from '../../lib/workbench/inventorySchema';
import { checkedFromParse } from '../../lib/workbench/issues';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { DataTable } from '../shared/DataTable';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import { FilesPanel } from './FilesPanel';
import { takeCheckTiers } from './onDemand';
import { SystemForm } from './SystemForm';
import type { SavedWorkspace } from './useWorkspace';
import type { WorkbenchLabels } from './WorkbenchApp';
import { ConfirmChoice } from './ConfirmChoice';

interface Props {
  saved: SavedWorkspace;
  workspace: Workspace;
  contentVersion: string;
  tierLabels: Record<string, string>;
  labels: WorkbenchLabels;
  copy: WorkbenchCopy;
}

const LIMITS = { name: MAX_NAME_LENGTH, short: MAX_SHORT_TEXT_LENGTH, long: MAX_LONG_TEXT_LENGTH };

export default function InventoryView({ saved, workspace, contentVersion, tierLabels, labels, copy }: Props) {
  const systems = workspace.inventory.systems;
  /** The record in the form (a new one while adding), or null when the form is closed. */
  const [editing, setEditing] = useState<{ system: InventorySystem; isNew: boolean } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const readOnly = saved.readOnly;
  const inScope = inventorySystemCount(systems);
  const toDelete = systems.find((system) => system.id === deleting);

  const backToList = () => {
    setEditing(null);
    setDeleting(null);
    heading.current?.focus();
  };
  const save = (record: unknown): string | null => {
    const checked = checkedFromParse(inventorySystemSchema.safeParse(record));
    if (!checked.ok) return checked.reason;
    saved.update(saveInventorySystem(workspace, checked.value));
    saved.setNotice({ tone: 'info', text: fill(copy.saved, { name: checked.value.name }), actions: ['dismiss'] });
    backToList();
    return null;
  };
  const remove = (system: InventorySystem) => {
    saved.update(removeInventorySystem(workspace, system.id));
    saved.setNotice({ tone: 'info', text: fill(copy.deleted, { name: system.name }), actions: ['dismiss'] });
    backToList();
  };
  const takeTiers = () =>
    void saved.open().then(
      (opened) => {
        const taken = takeCheckTiers(opened, workspace, copy);
        if (taken.workspace && taken.workspace !== workspace) saved.update(taken.workspace);
        saved.setNotice(taken.notice);
      },
      () => undefined,
    );

  const label = (words: Record<string, string>, value: string | null) =>
    value ? (words[value] ?? value) : copy.notSet;
  const tierCell = (system: InventorySystem) => {
    const { tier, source, checkedOn } = system.euAiAct;
    if (tier === null) return copy.notSet;
    const from = checkedOn
      ? fill(copy.tierOn, { source: labels.tierSource[source], date: checkedOn })
      : labels.tierSource[source];
    return fill(copy.tierFrom, { tier: tierLabels[tier] ?? tier, source: from });
  };
  const rows = systems.map((system) => [
    system.name,
    system.owner || copy.notSet,
    label(labels.role, system.role),
    label(labels.lifecycle, system.lifecycleStage),
    tierCell(system),
    label(labels.impact, system.impactAssessment.status) +
      (system.impactAssessment.date ? ` (${system.impactAssessment.date})` : ''),
    system.inScope ? copy.yes : copy.no,
    <span className="row-actions" key="actions">
      <button
        type="button"
        className="button-secondary"
        aria-label={fill(copy.editLabel, { name: system.name })}
        disabled={readOnly}
        onClick={() => setEditing({ system, isNew: false })}
      >
        {copy.edit}
      </button>{' '}
      <button
        type="button"
        className="button-danger"
        aria-label={fill(copy.deleteLabel, { name: system.name })}
        disabled={readOnly}
        onClick={() => setDeleting(system.id)}
      >
        {copy.delete}
      </button>
    </span>,
  ]);

  return (
    <section aria-labelledby="inventory-heading" className="workbench-inventory">
      <h2 id="inventory-heading" ref={heading} tabIndex={-1}>
        {copy.inventoryHeading}
      </h2>
      {inScope === null ? (
        <p>{copy.emptyInventory}</p>
      ) : (
        <p data-testid="in-scope-count">{fill(copy.inScopeCount, { count: inScope, total: systems.length })}</p>
      )}
      <ReadOnlyGroup readOnly={readOnly} legend={copy.readOnlyLegend}>
        {systems.length > 0 && (
          <DataTable caption={copy.inventoryCaption} head={Object.values(copy.columns)} rows={rows} />
        )}
        {toDelete && (
          <ConfirmChoice
            key={toDelete.id}
            label={copy.delete}
            question={fill(copy.confirmDelete, { name: toDelete.name })}
            yes={fill(copy.confirmDeleteYes, { name: toDelete.name })}
            cancel={copy.cancel}
            onYes={() => remove(toDelete)}
            onCancel={backToList}
          />
        )}
        {editing === null ? (
          <p className="actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                setEditing({ system: newInventorySystem('', new Set(systems.map((item) => item.id))), isNew: true })
              }
            >
              {copy.add}
            </button>{' '}
            <button type="button" className="button-secondary" onClick={takeTiers}>
              {copy.takeTiers}
            </button>
          </p>
        ) : (
          <SystemForm
            key={editing.system.id}
            system={editing.system}
            isNew={editing.isNew}
            readOnly={readOnly}
            limits={LIMITS}
            tierLabels={tierLabels}
            labels={labels}
            copy={copy}
            onSave={save}
            onCancel={backToList}
          />
        )}
      </ReadOnlyGroup>
      <FilesPanel saved={saved} workspace={workspace} contentVersion={contentVersion} copy={copy} />
    </section>
  );
}
