import { Suspense, lazy, useState, type ChangeEvent, type ReactNode } from 'react';
import type { AssessmentCopy } from './copy';

interface Props {
  privacy: ReactNode;
  importHelp: ReactNode;
  deleteWarning: ReactNode;
  /** Last save time, or why saving is off. */
  saveStatus: string;
  /** Buttons in order: label and action; an action may wait for its code to load. */
  actions: [string, () => unknown][];
  /** Resolves to an error message, or null when the import worked. */
  onImport: (file: File) => Promise<string | null>;
  /** What "Delete all" will remove, listed in its confirmation dialog. */
  deletionList: () => Promise<string[]>;
  onDeleteAll: () => void;
  /** Importing would replace answers that must not change now (see useSavedAnswers). */
  readOnly: boolean;
  copy: AssessmentCopy;
}

const DeleteAllDialogBody = lazy(() => import('../shared/DeleteAllDialogBody'));

/** Privacy statement, save status, downloads, import and delete. */
export function DataPanel(props: Props) {
  const { privacy, importHelp, deleteWarning, saveStatus, actions, onImport, onDeleteAll, copy } = props;
  /** What the open "Delete all" dialog lists; null while it is closed. */
  const [deletion, setDeletion] = useState<string[] | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  // Shown instead of the save status while an action's code loads (export, CSV and import load
  // on first use) or when it could not be loaded.
  const [actionStatus, setActionStatus] = useState<string | null>(null);

  async function run<T>(action: () => T) {
    setActionStatus(copy.loading);
    try {
      const result = await action();
      setActionStatus(null);
      return result;
    } catch {
      setActionStatus(copy.loadFailed);
      return null;
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setImportError(await run(() => onImport(file)));
    input.value = '';
  }

  return (
    <section className="assessment-data no-print" aria-labelledby="assessment-data-heading">
      <h2 id="assessment-data-heading">{copy.dataHeading}</h2>
      {privacy}
      <p className="field-help">{actionStatus ?? saveStatus}</p>
      <div className="actions">
        {actions.map(([label, action]) => (
          <button type="button" className="button-secondary" onClick={() => run(action)} key={label}>
            {label}
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor="assessment-import">{copy.importLabel}</label>
        <p id="assessment-import-help" className="field-help">
          {importHelp}
        </p>
        <input
          id="assessment-import"
          type="file"
          accept=".json,application/json"
          disabled={props.readOnly}
          aria-describedby={importError ? 'assessment-import-help assessment-import-error' : 'assessment-import-help'}
          onChange={importFile}
        />
        {importError && (
          <p id="assessment-import-error" className="field-error" role="alert">
            {importError}
          </p>
        )}
      </div>
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
            id="delete-dialog-heading"
            warning={deleteWarning}
            deletion={deletion}
            onConfirm={onDeleteAll}
            onClose={() => setDeletion(null)}
            copy={copy}
          />
        </Suspense>
      )}
    </section>
  );
}
