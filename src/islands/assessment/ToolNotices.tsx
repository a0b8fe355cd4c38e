import { Notice, type NoticeAction } from '../shared/Notice';
import { ReloadNotice } from '../shared/ReloadNotice';
import type { AssessmentCopy } from './copy';
import type { NoticeAction as Action } from './formValues';
import type { useSavedAnswers } from './useSavedAnswers';

interface Props {
  saved: ReturnType<typeof useSavedAnswers>;
  loadFailed: boolean;
  copy: AssessmentCopy;
}

/**
 * The live region above the wizard: another tab's save (the most urgent: this tab stopped saving),
 * a part that could not load, then what restoring, importing or deleting had to say.
 */
export function ToolNotices({ saved, loadFailed, copy }: Props) {
  const { notice } = saved;
  const handlers: Record<Action, NoticeAction> = {
    dismiss: { label: copy.dismiss, onClick: () => saved.setNotice(null) },
    'download-unreadable': { label: copy.downloadUnreadable, onClick: saved.downloadUnreadable },
    'delete-unreadable': { label: copy.deleteUnreadable, onClick: saved.deleteUnreadable, danger: true },
  };
  return (
    <div className="assessment-notice" role="status">
      {saved.restoring && <p>{copy.loading}</p>}
      {saved.changedElsewhere && <ReloadNotice text={copy.changedElsewhere} label={copy.reload} />}
      {loadFailed && <ReloadNotice text={copy.loadFailed} label={copy.reload} />}
      {notice && (
        <Notice tone={notice.tone} actions={(notice.actions ?? ['dismiss']).map((action) => handlers[action])}>
          {notice.text}
        </Notice>
      )}
    </div>
  );
}
