/**
 * "Delete all" with confirmation, as every tool offers it: the button, then a modal dialog that
 * lists what will be removed from this browser (read when it opens) with Cancel focused first.
 */
import { useRef, useState, type ReactNode } from 'react';

export interface DeleteAllWords {
  deleteAll: string;
  deleteHeading: string;
  deleteListIntro: string;
  deleteListNothing: string;
  deleteConfirm: string;
  cancel: string;
}

interface Props {
  /** Id of the dialog's heading (unique on the page). */
  id: string;
  /** What the visitor must know before deleting (for example: export first). */
  warning?: ReactNode;
  /** What will be removed, in the visitor's words. */
  deletionList: () => Promise<string[]>;
  onConfirm: () => void;
  copy: DeleteAllWords;
}

export function DeleteAllDialog({ id, warning, deletionList, onConfirm, copy }: Props) {
  const [deletion, setDeletion] = useState<string[]>([]);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="button-danger"
        onClick={() =>
          deletionList().then(
            (list) => {
              setDeletion(list);
              dialog.current?.showModal();
            },
            () => undefined,
          )
        }
      >
        {copy.deleteAll}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={id}>
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
          <button type="button" className="button-secondary" autoFocus onClick={() => dialog.current?.close()}>
            {copy.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
