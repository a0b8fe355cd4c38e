/**
 * The confirmation of "Delete all", shared by the tools: a modal dialog that lists what will be
 * removed from this browser, opened at once with Cancel focused. Each tool loads it on demand with
 * `lazy` when its "Delete all" button is pressed (and renders it once the list is read): a shared
 * module loaded with the pages would be a chunk of its own, which costs more than the button.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DeleteAllWords {
  deleteHeading: string;
  deleteListIntro: string;
  deleteListNothing: string;
  deleteConfirm: string;
  cancel: string;
}

export interface DeleteAllProps {
  /** Id of the dialog's heading (unique on the page). */
  id: string;
  /** What the visitor must know before deleting (for example: export first). */
  warning?: ReactNode;
  /** What will be removed, in the visitor's words. */
  deletion: string[];
  onConfirm: () => void;
  /** The dialog closed (confirmed or cancelled): the tool stops rendering it. */
  onClose: () => void;
  copy: DeleteAllWords;
}

export default function DeleteAllDialogBody({ id, warning, deletion, onConfirm, onClose, copy }: DeleteAllProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    // Cancel first, so Enter never deletes by accident (React's autoFocus runs before the dialog opens).
    cancel.current?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={id} onClose={onClose}>
      <h2 id={id}>{copy.deleteHeading}</h2>
      {warning}
      {deletion.length > 0 ? (
        <>
          <p>{copy.deleteListIntro}</p>
          <ul>
            {deletion.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{copy.deleteListNothing}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {copy.deleteConfirm}
        </button>
        <button ref={cancel} type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
          {copy.cancel}
        </button>
      </div>
    </dialog>
  );
}
