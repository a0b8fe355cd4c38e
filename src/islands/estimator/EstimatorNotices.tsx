import { Notice, type NoticeAction } from '../shared/Notice';
import { ReloadNotice } from '../shared/ReloadNotice';
import type { EstimatorCopy } from './copy';
import type { EstimatorNoticeAction } from './formValues';
import type { useSavedEstimate } from './useSavedEstimate';

interface Props {
  saved: ReturnType<typeof useSavedEstimate>;
  loadFailed: boolean;
  copy: EstimatorCopy;
  onStartFresh: () => void;
}

/** The estimator's live region: another tab's save, a part that could not load, then the current notice. */
export function EstimatorNotices({ saved, loadFailed, copy, onStartFresh }: Props) {
  const { notice } = saved;
  const handlers: Record<EstimatorNoticeAction, NoticeAction> = {
    dismiss: { label: copy.dismiss, onClick: () => saved.setNotice(null) },
    'start-fresh': { label: copy.startFresh, onClick: onStartFresh },
    'download-unreadable': { label: copy.downloadUnreadable, onClick: saved.downloadUnreadable },
    'delete-unreadable': { label: copy.deleteUnreadable, onClick: saved.deleteUnreadable, danger: true },
    'restore-previous': { label: copy.restorePrevious, onClick: saved.restorePrevious },
    'keep-shared': { label: copy.keepShared, onClick: saved.keepShared },
  };
  return (
    <div tabIndex={-1} role="status" className="estimator-notices">
      {saved.changedElsewhere && <ReloadNotice text={copy.changedElsewhere} label={copy.reload} />}
      {loadFailed && <ReloadNotice text={copy.loadFailed} label={copy.reload} />}
      {notice && (
        <Notice
          tone={notice.tone}
          takeFocus={notice.takeFocus === true}
          actions={(notice.actions ?? []).map((action) => handlers[action])}
        >
          {notice.text}
        </Notice>
      )}
    </div>
  );
}
