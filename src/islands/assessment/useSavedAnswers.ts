/**
 * The wizard's saved answers: restored after hydration, saved on every change the visitor makes
 * (never on navigation alone), never written over another tab's save or over unreadable data the
 * visitor has not dealt with, and removed only by "Delete all answers". The storage code loads on
 * demand: at once when something is saved, else when the visitor starts on the form.
 */
import { useEffect, useState } from 'react';
import { STORAGE_KEY, serializeAssessment, type SavedAssessment } from '../../lib/assessment/storageWrite';
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
  const { storage, write, open, seen } = useSavedSlot(STORAGE_KEY);
  const [restore, setRestore] = useState<'pending' | 'done' | 'failed'>('pending');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [held, setHeld] = useState(false);
  const mustRestore = storage?.savedAtOpen === true;
  // Saving starts once saved answers (if any) are back in the form.
  const ready = storage !== null && (!mustRestore || restore === 'done');

  useEffect(() => {
    if (!mustRestore) return undefined;
    let current = true;
    Promise.all([open(), loadSavedAnswers()]).then(
      ([opened, module]) => {
        if (!current) return;
        const result = module.restoreSaved(opened, contentVersion, copy);
        if (result.saved) onRestore(result.saved);
        setNotice(result.notice ?? null);
        setHeld(result.hold);
        setRestore('done');
      },
      // Reported by the load-failure notice; saving stays off, so nothing saved is overwritten.
      () => setRestore('failed'),
    );
    return () => {
      current = false;
    };
    // Once: the saved value is read back a single time, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mustRestore]);

  useEffect(() => {
    if (!ready) return undefined;
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        // A blank form over nothing saved is not worth a write (and a reset after "Delete all" is one).
        if (isBlank(values) && seen() === null) return;
        const text = serializeAssessment({ ...values, step: currentStep() }, contentVersion);
        write(text).then(
          (outcome) => setStatus(statusOf(outcome, copy)),
          () => undefined,
        );
      },
    });
  }, [ready, form, write, seen, contentVersion, copy, currentStep]);

  const initialStatus = () => {
    if (!storage) return '';
    if (storage.blocked) return copy.savingOff;
    return storage.savedAtOpen ? '' : copy.nothingSaved;
  };

  /** Runs an action of the on-demand module with the opened storage; failures are reported. */
  const withSaved = <T>(
    action: (module: Awaited<ReturnType<typeof loadSavedAnswers>>, opened: Awaited<ReturnType<typeof open>>) => T,
  ) => Promise.all([loadSavedAnswers(), open()]).then(([module, opened]) => action(module, opened));

  return {
    ready,
    restoring: mustRestore && restore === 'pending',
    /** Changes cannot be saved and must not be made: another tab saved, the store is full, or data waits. */
    readOnly: held || storage?.changedElsewhere === true,
    changedElsewhere: storage?.changedElsewhere === true,
    notice,
    setNotice,
    status: status ?? initialStatus(),
    /** Loads the storage code while the visitor starts on the form, so the first save is instant. */
    prepare: () => {
      open().catch(() => undefined);
    },
    /** What "Delete all answers" will remove, for its confirmation dialog. */
    deletionList: () => withSaved((module, opened) => module.deletionList(opened, copy)),
    /** Removes the saved answers and every copy set aside: the only way anything saved is deleted. */
    deleteAll: () =>
      withSaved((module, opened) => {
        module.deleteAll(opened);
        setHeld(false);
        setStatus(copy.nothingSaved);
      }).catch(() => undefined),
    /** Deletes unreadable data left in place and lets saving start. */
    deleteUnreadable: () =>
      withSaved((module, opened) => {
        module.deleteUnreadableInPlace(opened);
        setHeld(false);
        setNotice(null);
        setStatus(copy.nothingSaved);
      }).catch(() => undefined),
    downloadUnreadable: () =>
      withSaved((module, opened) => module.downloadUnreadable(opened, 'assessment', held)).catch(() => undefined),
  };
}
