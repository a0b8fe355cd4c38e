/**
 * The open workspace's name above the views, with the button that shows the workspace manager. It
 * loads with the page and stays tiny; the manager loads on demand the first time it is shown.
 */
import { Suspense, lazy, useRef, useState } from 'react';
import { LoadFailure, loadOrReport } from '../shared/loadFailure';
import type { WorkbenchCopy } from './copy';
import type { SavedWorkspace } from './useWorkspace';

const WorkspacesPanel = lazy(() => loadOrReport(() => import('./WorkspacesPanel')));

interface Props {
  saved: SavedWorkspace;
  contentVersion: string;
  questionIds: readonly string[];
  copy: WorkbenchCopy;
}

export function WorkspaceBar(props: Props) {
  const { saved, copy } = props;
  const [shown, setShown] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const name = saved.workspaces?.index.workspaces.find((entry) => entry.id === saved.current)?.name;
  const close = () => {
    setShown(false);
    toggle.current?.focus();
  };
  return (
    <div className="workbench-workspace">
      {name !== undefined && (
        <p>
          <strong>
            {copy.workspaces.current} {name}
          </strong>{' '}
          <button
            ref={toggle}
            type="button"
            className="button-secondary"
            aria-expanded={shown}
            onClick={() => setShown(!shown)}
          >
            {copy.workspaces.manage}
          </button>
        </p>
      )}
      {shown && (
        <LoadFailure message={copy.viewLoadFailed}>
          <Suspense fallback={<p>{copy.loading}</p>}>
            <WorkspacesPanel {...props} onClose={close} />
          </Suspense>
        </LoadFailure>
      )}
    </div>
  );
}
