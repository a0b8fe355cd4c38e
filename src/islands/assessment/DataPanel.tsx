import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { MAX_IMPORT_BYTES } from '../../lib/assessment/transfer';

interface Props {
  privacy: ReactNode;
  importHelp: ReactNode;
  deleteWarning: ReactNode;
  /** Last save time, or why saving is off. */
  saveStatus: string;
  /** Buttons in order: label and action. */
  actions: [string, () => void][];
  /** Returns an error message, or null when the import worked. */
  onImport: (text: string, size: number) => string | null;
  onDeleteAll: () => void;
}

/** Privacy statement, save status, downloads, import and delete. */
export function DataPanel({ privacy, importHelp, deleteWarning, saveStatus, actions, onImport, onDeleteAll }: Props) {
  const [importError, setImportError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // An oversized file is refused by its size alone, without reading it.
    setImportError(onImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size));
    input.value = '';
  }

  return (
    <section className="assessment-data no-print" aria-labelledby="assessment-data-heading">
      <h2 id="assessment-data-heading">Your answers stay in this browser</h2>
      {privacy}
      <p className="field-help">{saveStatus}</p>
      <div className="actions">
        {actions.map(([label, action]) => (
          <button type="button" className="button-secondary" onClick={action} key={label}>
            {label}
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor="assessment-import">Import answers from a JSON export</label>
        <p id="assessment-import-help" className="field-help">
          {importHelp}
        </p>
        <input
          id="assessment-import"
          type="file"
          accept=".json,application/json"
          aria-describedby={importError ? 'assessment-import-help assessment-import-error' : 'assessment-import-help'}
          onChange={importFile}
        />
        {importError && (
          <p id="assessment-import-error" className="field-error" role="alert">
            {importError}
          </p>
        )}
      </div>
      <button type="button" className="button-danger" onClick={() => dialog.current?.showModal()}>
        Delete all answers
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="delete-dialog-heading">
        <h2 id="delete-dialog-heading">Delete all answers?</h2>
        {deleteWarning}
        <div className="actions">
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              dialog.current?.close();
              onDeleteAll();
            }}
          >
            Delete everything
          </button>
          <button type="button" className="button-secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
