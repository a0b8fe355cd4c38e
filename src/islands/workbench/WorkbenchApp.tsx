/**
 * The readiness workbench (issue 14), first view: the AI system inventory. This shell is what loads
 * with the page: the saved workspace's state, the notices and the form (react-hook-form, which every
 * tool loads with its page, so it stays in the chunk they share instead of splitting it). The
 * inventory view and the workbench logic (zod/mini) load on demand, once the workspace is read.
 */
import { Suspense, lazy } from 'react';
import { Notice, type NoticeAction } from '../shared/Notice';
import { ReloadNotice } from '../shared/ReloadNotice';
import { LoadFailure, loadOrReport, useLoadFailure } from '../shared/loadFailure';
import type { WorkbenchCopy } from './copy';
import { SystemForm } from './SystemForm';
import { useWorkspace, type SavedWorkspace } from './useWorkspace';

const InventoryView = lazy(() => loadOrReport(() => import('./InventoryView')));

interface Props {
  contentVersion: string;
  /** The check's tier words by tier id (content/data/ai-act-check.yaml). */
  tierLabels: Record<string, string>;
  /** Role, lifecycle, impact assessment and tier source words (src/lib labels), by value. */
  labels: {
    role: Record<string, string>;
    lifecycle: Record<string, string>;
    impact: Record<string, string>;
    tierSource: Record<string, string>;
  };
  copy: WorkbenchCopy;
}

function WorkbenchNotices({ saved, copy }: { saved: SavedWorkspace; copy: WorkbenchCopy }) {
  const loadFailed = useLoadFailure();
  const { notice } = saved;
  const handlers: Record<string, NoticeAction> = {
    dismiss: { label: copy.dismiss, onClick: () => saved.setNotice(null) },
    'download-unreadable': { label: copy.downloadUnreadable, onClick: saved.downloadUnreadable },
    'delete-unreadable': { label: copy.deleteUnreadable, onClick: saved.deleteUnreadable, danger: true },
  };
  return (
    <div role="status" className="workbench-notices">
      {saved.changedElsewhere && <ReloadNotice text={copy.changedElsewhere} label={copy.reload} />}
      {loadFailed && <ReloadNotice text={copy.loadFailed} label={copy.reload} />}
      {notice && (
        <Notice tone={notice.tone} actions={(notice.actions ?? []).map((action) => handlers[action]!)}>
          {notice.text}
        </Notice>
      )}
    </div>
  );
}

export default function WorkbenchApp({ contentVersion, tierLabels, labels, copy }: Props) {
  const saved = useWorkspace(copy, contentVersion);
  return (
    <div className="workbench-app" data-ready={saved.ready ? 'true' : undefined}>
      <WorkbenchNotices saved={saved} copy={copy} />
      {saved.workspace ? (
        <LoadFailure message={copy.viewLoadFailed}>
          <Suspense fallback={<p>{copy.loading}</p>}>
            <InventoryView
              saved={saved}
              workspace={saved.workspace}
              contentVersion={contentVersion}
              tierLabels={tierLabels}
              labels={labels}
              copy={copy}
              Form={SystemForm}
            />
          </Suspense>
        </LoadFailure>
      ) : (
        <p>{copy.loading}</p>
      )}
    </div>
  );
}

export type WorkbenchLabels = Props['labels'];
