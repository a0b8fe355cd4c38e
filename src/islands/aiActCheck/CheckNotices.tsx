import { Notice, type NoticeAction } from '../shared/Notice';
import { ReloadNotice } from '../shared/ReloadNotice';
import { useLoadFailure } from '../shared/loadFailure';
import type { AiActCheckCopy } from './copy';
import type { useSavedSystems } from './useSavedSystems';

/** The check's live region: another tab's save, a part that could not load, then the current notice. */
export function CheckNotices({ saved, copy }: { saved: ReturnType<typeof useSavedSystems>; copy: AiActCheckCopy }) {
  const loadFailed = useLoadFailure();
  const { notice } = saved;
  const handlers: Record<string, NoticeAction> = {
    dismiss: { label: copy.dismiss, onClick: () => saved.setNotice(null) },
    'download-unreadable': { label: copy.downloadUnreadable, onClick: saved.downloadUnreadable },
    'delete-unreadable': { label: copy.deleteUnreadable, onClick: saved.deleteUnreadable, danger: true },
  };
  return (
    <div role="status" className="check-notices">
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
