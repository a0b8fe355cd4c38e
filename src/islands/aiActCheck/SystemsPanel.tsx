/**
 * The list of systems with their tiers: open, rename, delete (confirmed), add, export, import, CSV,
 * delete all. With a workbench inventory, its records come first and are renamed or removed there;
 * a system only the check knows can be sent to the inventory.
 */
import { Suspense, lazy, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, type CheckedSystem } from '../../lib/aiActCheck/systemsSaving';
import { fill } from '../shared/text';
import type { AiActCheckCopy } from './copy';

interface Props {
  systems: readonly CheckedSystem[];
  openId: string;
  /** The tier label of each system, or null while it is not finished. */
  tierOf: (system: CheckedSystem) => string | null;
  readOnly: boolean;
  copy: AiActCheckCopy;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onAdd: (name: string) => void;
  onExport: () => void;
  onCsv: () => void;
  onImport: (file: File) => void;
  /** A workbench inventory exists in this browser. */
  hasInventory: boolean;
  /** The system is a record of the workbench's inventory. */
  inInventory: (id: string) => boolean;
  onToInventory: (id: string) => void;
  deletionList: () => Promise<string[]>;
  onDeleteAll: () => void;
}

const DeleteAllDialogBody = lazy(() => import('../shared/DeleteAllDialogBody'));

const nameFrom = (form: HTMLFormElement) => String(new FormData(form).get('name') ?? '').trim();

type RowMode = 'view' | 'rename' | 'confirm-delete';

/** Rename, delete and "Add to the inventory": for systems the inventory does not hold. */
function OnlyInCheckActions(props: Props & { system: CheckedSystem; onMode: (mode: RowMode) => void }) {
  const { system, readOnly, copy, onMode } = props;
  return (
    <>
      <button type="button" className="button-secondary" disabled={readOnly} onClick={() => onMode('rename')}>
        {copy.rename} <span className="visually-hidden">{system.name}</span>
      </button>
      <button type="button" className="button-secondary" disabled={readOnly} onClick={() => onMode('confirm-delete')}>
        {copy.remove} <span className="visually-hidden">{system.name}</span>
      </button>
      {props.hasInventory &&
        (system.toInventory ? (
          <span>
            {copy.joinsInventory} <a href="/assessment/workbench/">{copy.workbenchLink}</a>
          </span>
        ) : (
          <button
            type="button"
            className="button-secondary"
            disabled={readOnly}
            onClick={() => props.onToInventory(system.id)}
          >
            {copy.toInventory} <span className="visually-hidden">{system.name}</span>
          </button>
        ))}
    </>
  );
}

function SystemRow(props: Props & { system: CheckedSystem }) {
  const { system, openId, tierOf, copy, onOpen, onRename, onDelete } = props;
  const listed = props.inInventory(system.id);
  const [mode, setMode] = useState<RowMode>('view');
  const tier = tierOf(system);
  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = nameFrom(event.currentTarget);
    if (name === '') return;
    onRename(system.id, name);
    setMode('view');
  };
  return (
    <li>
      <strong>{system.name}</strong> {system.id === openId && copy.current}: {tier ?? copy.notFinished}
      {listed && ` (${copy.inInventory})`}
      {mode === 'view' && (
        <span className="actions">
          {' '}
          <button type="button" className="button-secondary" onClick={() => onOpen(system.id)}>
            {copy.open} <span className="visually-hidden">{system.name}</span>
          </button>
          {!listed && <OnlyInCheckActions {...props} onMode={setMode} />}
        </span>
      )}
      {mode === 'rename' && (
        <form className="check-inline-form" onSubmit={rename}>
          <label>
            {fill(copy.renameLabel, { name: system.name })}{' '}
            <input type="text" name="name" defaultValue={system.name} maxLength={MAX_NAME_LENGTH} required autoFocus />
          </label>{' '}
          <button type="submit">{copy.save}</button>
          <button type="button" className="button-secondary" onClick={() => setMode('view')}>
            {copy.cancel}
          </button>
        </form>
      )}
      {mode === 'confirm-delete' && (
        <p role="alert">
          {fill(copy.confirmDelete, { name: system.name })}{' '}
          <button type="button" className="button-danger" onClick={() => onDelete(system.id)}>
            {fill(copy.confirmDeleteButton, { name: system.name })}
          </button>
          <button type="button" className="button-secondary" onClick={() => setMode('view')}>
            {copy.cancel}
          </button>
        </p>
      )}
    </li>
  );
}

export function SystemsPanel(props: Props) {
  const { systems, readOnly, copy, onAdd, onExport, onCsv, onImport } = props;
  /** What the open "Delete all" dialog lists; null while it is closed. */
  const [deletion, setDeletion] = useState<string[] | null>(null);
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = nameFrom(event.currentTarget);
    if (name === '') return;
    onAdd(name);
    event.currentTarget.reset();
  };
  return (
    <section className="check-systems" aria-labelledby="check-systems-heading">
      <h2 id="check-systems-heading">{copy.systemsHeading}</h2>
      <p>{props.hasInventory ? copy.inventoryIntro : copy.systemsIntro}</p>
      <ul>
        {systems.map((system) => (
          <SystemRow key={system.id} {...props} system={system} />
        ))}
      </ul>
      <form className="check-inline-form" onSubmit={add}>
        <label>
          {copy.newSystemName}{' '}
          <input type="text" name="name" maxLength={MAX_NAME_LENGTH} required disabled={readOnly} />
        </label>{' '}
        <button type="submit" disabled={readOnly}>
          {copy.addSystem}
        </button>
      </form>
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onExport}>
          {copy.exportJson}
        </button>
        <button type="button" className="button-secondary" onClick={onCsv}>
          {copy.downloadCsv}
        </button>
      </p>
      <p>
        <label>
          {copy.importLabel}{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={readOnly}
            aria-describedby="check-import-help"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      <p id="check-import-help" className="field-help">
        {copy.importHelp}
      </p>
      <button
        type="button"
        className="button-danger"
        onClick={() => props.deletionList().then(setDeletion, () => undefined)}
      >
        {copy.deleteAll}
      </button>
      {deletion && (
        <Suspense fallback={null}>
          <DeleteAllDialogBody
            id="check-delete-heading"
            warning={<p>{copy.deleteWarning}</p>}
            deletion={deletion}
            onConfirm={props.onDeleteAll}
            onClose={() => setDeletion(null)}
            copy={copy}
          />
        </Suspense>
      )}
    </section>
  );
}
