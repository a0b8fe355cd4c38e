/**
 * The wizard's saved answers: restored after hydration, saved on every change the visitor makes
 * (never on navigation alone), never written over another tab's save or over unreadable data the
 * visitor has not dealt with, and removed only by "Delete all answers".
 */
import { useEffect, useState } from 'react';
import { STORAGE_KEY, serializeAssessment, type SavedAssessment } from '../../lib/assessment/storageWrite';
import { setAsideKeys } from '../../lib/persistence/browserStorage';
import type { WriteOutcome } from '../../lib/persistence/savedSlot';
import { loadOrReport } from '../shared/loadFailure';
import { fill } from '../shared/text';
import { useSavedSlot } from '../shared/useSavedSlot';
import type { AssessmentCopy } from './copy';
import { isBlank, type AssessmentForm, type Notice } from './formValues';

const loadSavedAnswers = () => loadOrReport(() => import('./savedAnswers'));

interface Options {
  form: AssessmentForm;
  contentVersion: string;
  copy: AssessmentCopy;
  /** The step to save with the answers (read when a change is saved). */
  currentStep: () => string;
  /** Puts restored answers into the form and opens their step. */
  onRestore: (saved: SavedAssessment) => void;
}

function statusOf(outcome: WriteOutcome | 'off', copy: AssessmentCopy): string {
  if (outcome === 'saved') return fill(copy.savedAt, { time: new Date().toLocaleTimeString() });
  if (outcome === 'full') return copy.savingFailedFull;
  if (outcome === 'off') return copy.savingOff;
  // 'changed-elsewhere' and 'held' are explained by the notice above the wizard.
  return outcome === 'failed' ? copy.savingFailed : '';
}

export function useSavedAnswers({ form, contentVersion, copy, currentStep, onRestore }: Options) {
  const { storage, write } = useSavedSlot(STORAGE_KEY);
  const [restored, setRestored] = useState(false);
  const [restoreFailed, setRestoreFailed] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [held, setHeld] = useState(false);
  const slot = storage?.slot ?? null;
  const mustRestore = storage?.savedAtOpen === true;
  // Saving starts once saved answers (if any) are back in the form.
  const ready = storage !== null && (!mustRestore || restored);

  useEffect(() => {
    if (!mustRestore || !storage) return undefined;
    let current = true;
    loadSavedAnswers().then(
      (module) => {
        if (!current) return;
        const result = module.restoreSaved(storage, contentVersion, copy);
        if (result.saved) onRestore(result.saved);
        setNotice(result.notice ?? null);
        setHeld(result.hold);
        setRestored(true);
      },
      // Reported by the load-failure notice; saving stays off, so nothing saved is overwritten.
      () => setRestoreFailed(true),
    );
    return () => {
      current = false;
    };
    // Once per opened storage: the slot never changes, the props and callbacks are fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mustRestore, slot]);

  useEffect(() => {
    if (!ready || !slot) return undefined;
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        // A blank form over nothing saved is not worth a write (and a reset after "Delete all" is one).
        if (isBlank(values) && slot.seen === null) return;
        setStatus(statusOf(write(serializeAssessment({ ...values, step: currentStep() }, contentVersion)), copy));
      },
    });
  }, [ready, slot, form, write, contentVersion, copy, currentStep]);

  const initialStatus = () => {
    if (!storage) return '';
    if (storage.access.kind === 'blocked') return copy.savingOff;
    if (storage.access.kind === 'full' && !mustRestore) return copy.storeFull;
    return storage.savedAtOpen ? '' : copy.nothingSaved;
  };

  /** What "Delete all answers" will remove, for its confirmation dialog. */
  const deletionList = (): string[] => {
    if (!storage || storage.access.kind === 'blocked') return [];
    const copies = setAsideKeys(storage.access.storage, STORAGE_KEY).length;
    return [
      ...(slot?.seen != null ? [copy.deleteListAnswers] : []),
      ...(copies > 0 ? [fill(copy.deleteListSetAside, { count: copies })] : []),
    ];
  };

  /** Removes the saved answers and every copy set aside; the only way anything saved is deleted. */
  const deleteAll = () => {
    if (storage && storage.access.kind !== 'blocked' && slot) {
      slot.remove(setAsideKeys(storage.access.storage, STORAGE_KEY));
      slot.hold(false);
    }
    setHeld(false);
    setStatus(copy.nothingSaved);
  };

  /** Deletes unreadable data left in place and lets saving start. */
  const deleteUnreadable = () => {
    slot?.remove();
    slot?.hold(false);
    setHeld(false);
    setNotice(null);
    setStatus(copy.nothingSaved);
  };

  const downloadUnreadable = () => {
    if (storage)
      loadSavedAnswers().then(
        (module) => module.downloadUnreadable(storage, 'assessment', held),
        () => undefined,
      );
  };

  return {
    storage,
    ready,
    restoring: mustRestore && !restored && !restoreFailed,
    /** Changes cannot be saved and must not be made: another tab saved, the store is full, or data waits. */
    readOnly: held || storage?.changedElsewhere === true,
    changedElsewhere: storage?.changedElsewhere === true,
    notice,
    setNotice,
    status: status ?? initialStatus(),
    deletionList,
    deleteAll,
    deleteUnreadable,
    downloadUnreadable,
  };
}
