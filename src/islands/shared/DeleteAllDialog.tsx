/**
 * "Delete all" with confirmation, as every tool offers it: the button loads with the page; the
 * confirmation (a modal dialog listing what will be removed, read when it opens) loads on the
 * first click, with the tool's code that reads that list.
 */
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { loadOrReport } from './loadFailure';

const loadBody = () => loadOrReport(() => import('./DeleteAllDialogBody'));
const DeleteAllDialogBody = lazy(loadBody);

export interface DeleteAllWords {
  deleteAll: string;
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
  deletionList: () => Promise<string[]>;
  onConfirm: () => void;
  copy: DeleteAllWords;
}

export function DeleteAllDialog(props: DeleteAllProps) {
  /** What the open dialog lists; null while it is closed. */
  const [deletion, setDeletion] = useState<string[] | null>(null);
  return (
    <>
      <button
        type="button"
        className="button-danger"
        onClick={() =>
          Promise.all([props.deletionList(), loadBody()]).then(
            ([list]) => setDeletion(list),
            // A part that could not load is reported by the tool's load-failure notice.
            () => undefined,
          )
        }
      >
        {props.copy.deleteAll}
      </button>
      {deletion && (
        <Suspense fallback={null}>
          <DeleteAllDialogBody {...props} deletion={deletion} onClose={() => setDeletion(null)} />
        </Suspense>
      )}
    </>
  );
}
