/** The confirmation of "Delete all" (see DeleteAllDialog): opened as a modal at once, Cancel focused. */
import { useEffect, useRef } from 'react';
import type { DeleteAllProps } from './DeleteAllDialog';

export default function DeleteAllDialogBody({
  id,
  warning,
  deletion,
  onConfirm,
  onClose,
  copy,
}: DeleteAllProps & { deletion: string[]; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
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
        <button type="button" className="button-secondary" autoFocus onClick={() => dialog.current?.close()}>
          {copy.cancel}
        </button>
      </div>
    </dialog>
  );
}
