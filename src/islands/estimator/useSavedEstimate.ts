/**
 * The estimator's saved answers: a shared link or saved answers read back after hydration, every
 * change saved (never over another tab's save, never the defaults over nothing saved), and the
 * visitor's own estimate kept when a shared link replaces it. Storage code loads on demand.
 */
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import { serializeEstimate } from '../../lib/estimator/saving';
import type { OpenedStorage } from '../shared/storageRuntime';
import { useSavedSlot } from '../shared/useSavedSlot';
import type { EstimatorCopy } from './copy';
import { toFormValues, type EstimatorFormValues, type EstimatorNotice } from './formValues';

type OnDemand = typeof import('./onDemand');

interface Options {
  storageKey: string;
  form: UseFormReturn<EstimatorFormValues>;
  maxAiSystems: number;
  copy: EstimatorCopy;
  /** The default answers: not worth saving over nothing saved. */
  defaults: EstimatorInputs;
  loadOnDemand: () => Promise<OnDemand>;
}

export function useSavedEstimate({ storageKey, form, maxAiSystems, copy, defaults, loadOnDemand }: Options) {
  const { storage, save: saveText, withOpened, open, seen } = useSavedSlot(storageKey);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<EstimatorNotice | null>(null);
  const [held, setHeld] = useState(false);
  // The visitor changed an answer before restoring finished (a slow connection): their answers win.
  const userChanged = useRef(false);
  const hydrated = storage !== null;

  useEffect(() => {
    if (!storage) return;
    const needsReading = window.location.hash.includes('=') || storage.savedAtOpen;
    Promise.resolve(
      needsReading
        ? Promise.all([loadOnDemand(), open()]).then(([module, opened]) => module.restore(opened, maxAiSystems, copy))
        : null,
    )
      .then(
        (restored) => {
          if (restored?.inputs && !userChanged.current) form.reset(toFormValues(restored.inputs));
          setNotice(restored?.notice ?? null);
          setHeld(restored?.hold ?? false);
        },
        // Reported by the load-failure notice; the visitor's saved answers were not touched.
        () => undefined,
      )
      .then(() => setReady(true));
    // Once, after hydration: the other values are fixed props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  /** Saves inputs the visitor (or the prefill) changed; says so when the store is full. */
  const save = (inputs: EstimatorInputs) => {
    if (!ready || (seen() === null && JSON.stringify(inputs) === JSON.stringify(defaults))) return;
    saveText(serializeEstimate(inputs), () => setNotice({ tone: 'warning', text: copy.savingFailedFull }));
  };

  const withStorage = (action: (module: OnDemand, opened: OpenedStorage) => void) => withOpened(loadOnDemand, action);

  return {
    ready,
    notice,
    setNotice,
    save,
    markUserChanged: () => {
      userChanged.current = true;
    },
    changedElsewhere: storage?.changedElsewhere === true,
    readOnly: held || storage?.changedElsewhere === true,
    /** "Start again": removes the saved answers (copies set aside stay). */
    forget: withStorage((module, opened) => {
      module.deleteUnreadableInPlace(opened);
      setHeld(false);
    }),
    downloadUnreadable: withStorage((module, opened) => module.downloadUnreadable(opened, 'estimate', held)),
    deleteUnreadable: withStorage((module, opened) => {
      module.deleteUnreadableInPlace(opened);
      setHeld(false);
      setNotice(null);
    }),
    restorePrevious: withStorage((module, opened) => {
      const previous = module.restorePrevious(opened, maxAiSystems);
      if (previous) form.reset(toFormValues(previous));
      setNotice(previous ? { tone: 'info', text: copy.restoredPrevious } : null);
    }),
    keepShared: withStorage((module, opened) => {
      module.keepShared(opened);
      setNotice(null);
    }),
  };
}
