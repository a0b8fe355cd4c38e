/**
 * The inventory and the whole workspace as files: exports at any time, imports (which replace only
 * once the file is fully valid) and starting fresh only while this tab may save.
 */
import { useRef, useState } from 'react';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import type { WorkbenchCopy } from './copy';
import { emptyWorkspace, exportInventory, exportWorkspace, importInventory, importWorkspace } from './onDemand';
import type { WorkbenchNotice } from './onDemand';
import type { SavedWorkspace } from './useWorkspace';

interface Props {
  saved: SavedWorkspace;
  workspace: Workspace;
  contentVersion: string;
  copy: WorkbenchCopy;
}

function FileButton({ label, disabled, onFile }: { label: string; disabled: boolean; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button-secondary" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        hidden
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

export function FilesPanel({ saved, workspace, contentVersion, copy }: Props) {
  const [confirming, setConfirming] = useState(false);
  const readOnly = saved.readOnly;
  const apply = (imported: Promise<{ workspace?: Workspace; notice: WorkbenchNotice }>) =>
    void imported.then(
      (result) => {
        if (result.workspace) saved.update(result.workspace);
        saved.setNotice(result.notice);
      },
      () => undefined,
    );

  return (
    <section aria-labelledby="workbench-files-heading" className="workbench-files">
      <h3 id="workbench-files-heading">{copy.filesHeading}</h3>
      <p className="actions">
        <button type="button" className="button-secondary" onClick={() => exportInventory(workspace, 'csv')}>
          {copy.exportCsv}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={() => exportInventory(workspace, 'json')}>
          {copy.exportJson}
        </button>{' '}
        <FileButton
          label={copy.importInventory}
          disabled={readOnly}
          onFile={(file) => apply(importInventory(file, workspace, copy))}
        />
      </p>
      <p className="actions">
        <button type="button" className="button-secondary" onClick={() => exportWorkspace(workspace)}>
          {copy.exportWorkspace}
        </button>{' '}
        <FileButton
          label={copy.importWorkspace}
          disabled={readOnly}
          onFile={(file) => apply(importWorkspace(file, copy, contentVersion))}
        />{' '}
        <button type="button" className="button-danger" disabled={readOnly} onClick={() => setConfirming(true)}>
          {copy.startFresh}
        </button>
      </p>
      {confirming && (
        <div className="callout notice notice-warning">
          <p>{copy.confirmStartFresh}</p>
          <p className="actions">
            <button
              type="button"
              className="button-danger"
              disabled={readOnly}
              onClick={() => {
                saved.update(emptyWorkspace(contentVersion));
                saved.setNotice({ tone: 'info', text: copy.startedFresh, actions: ['dismiss'] });
                setConfirming(false);
              }}
            >
              {copy.confirmStartFreshYes}
            </button>{' '}
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {copy.cancel}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
