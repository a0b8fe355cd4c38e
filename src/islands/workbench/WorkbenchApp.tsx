/**
 * The readiness workbench (issues 14 and 15). This shell is what loads with the page: the saved
 * workspace's state, the notices and the tabs. Each view and the workbench logic (zod/mini) load on
 * demand, once the workspace is read; the inventory's form (react-hook-form) loads with the inventory
 * view, from the forms chunk the other tools load with their pages (see astro.config.mjs).
 */
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { Notice, type NoticeAction } from '../shared/Notice';
import { ReloadNotice } from '../shared/ReloadNotice';
import { LoadFailure, loadOrReport, useLoadFailure } from '../shared/loadFailure';
import type { ProgressContent } from '../../lib/workbench/progressContent';
import type { WorkbenchCopy } from './copy';
import type { SoaPageData } from './SoaView';
import type { EvidencePageData } from './evidenceData';
import { useWorkspace, type SavedWorkspace } from './useWorkspace';
import { ViewTabs, panelId, tabId } from './ViewTabs';
import { WORKBENCH_VIEWS, viewFromHash, type WorkbenchViewId } from './views';
import { WorkspaceBar } from './WorkspaceBar';

const InventoryView = lazy(() => loadOrReport(() => import('./InventoryView')));
const SoaView = lazy(() => loadOrReport(() => import('./SoaView')));
const FilesView = lazy(() => loadOrReport(() => import('./FilesView')));
const EvidenceView = lazy(() => loadOrReport(() => import('./EvidenceView')));
const ResultsView = lazy(() => loadOrReport(() => import('./ResultsView')));
const ShareView = lazy(() => loadOrReport(() => import('./ShareView')));
const ProgressView = lazy(() => loadOrReport(() => import('./ProgressView')));

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
  /** The Statement of Applicability's build data: controls, the question-to-control map, areas, words. */
  soa: SoaPageData;
  /** The assessment's content and the control pages' evidence lists: the evidence, results and files views. */
  evidenceData: EvidencePageData;
  /** Areas, questions and controls for snapshots and their comparison (compactProgressContent). */
  progress: ProgressContent;
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

/** The view the address names, followed when the fragment changes (a link, back and forward). */
function useSelectedView(): [WorkbenchViewId, (view: WorkbenchViewId) => void] {
  const [view, setView] = useState<WorkbenchViewId>(WORKBENCH_VIEWS[0]);
  useEffect(() => {
    const follow = () => setView(viewFromHash(window.location.hash));
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const select = (next: WorkbenchViewId) => {
    setView(next);
    // replaceState: switching tabs is not a page of history, and no scroll jump to an element.
    window.history.replaceState(null, '', `#${next}`);
  };
  return [view, select];
}

export default function WorkbenchApp({ contentVersion, tierLabels, labels, copy, soa, evidenceData, progress }: Props) {
  // The workspace list's readiness figures count answers against the question bank's ids (the SoA's
  // question-to-control map carries them, so the HTML does not carry them twice).
  const questionIds = useMemo(() => soa.questions.map((question) => question.id), [soa]);
  const saved = useWorkspace(copy, contentVersion, questionIds);
  const [view, selectView] = useSelectedView();
  const { workspace } = saved;
  const renderView = (shown: WorkbenchViewId, current: NonNullable<typeof workspace>) => {
    switch (shown) {
      case 'inventory':
        return (
          <InventoryView
            saved={saved}
            workspace={current}
            contentVersion={contentVersion}
            tierLabels={tierLabels}
            labels={labels}
            copy={copy}
          />
        );
      case 'soa':
        return <SoaView saved={saved} workspace={current} data={soa} copy={copy} />;
      case 'files':
        return <FilesView workspace={current} reports={evidenceData} copy={copy} />;
      case 'evidence':
        return <EvidenceView saved={saved} workspace={current} data={evidenceData} copy={copy} />;
      case 'results':
        return <ResultsView workspace={current} data={evidenceData} copy={copy} />;
      case 'share':
        return <ShareView workspace={current} copy={copy} />;
      case 'progress':
        return <ProgressView saved={saved} workspace={current} content={progress} copy={copy.progress} />;
    }
  };
  const tabbed = WORKBENCH_VIEWS.length > 1;
  return (
    <div className="workbench-app" data-ready={saved.ready ? 'true' : undefined}>
      <WorkbenchNotices saved={saved} copy={copy} />
      <WorkspaceBar saved={saved} contentVersion={contentVersion} questionIds={questionIds} copy={copy} />
      {tabbed && (
        <ViewTabs
          views={WORKBENCH_VIEWS}
          labels={copy.views}
          selected={view}
          label={copy.viewsLabel}
          onSelect={selectView}
        />
      )}
      <div
        id={tabbed ? panelId(view) : undefined}
        role={tabbed ? 'tabpanel' : undefined}
        aria-labelledby={tabbed ? tabId(view) : undefined}
      >
        {workspace ? (
          <LoadFailure message={copy.viewLoadFailed}>
            <Suspense fallback={<p>{copy.loading}</p>}>{renderView(view, workspace)}</Suspense>
          </LoadFailure>
        ) : (
          <p>{copy.loading}</p>
        )}
      </div>
    </div>
  );
}

export type WorkbenchLabels = Props['labels'];
