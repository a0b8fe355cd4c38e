/**
 * The estimator's saved answers: a shared link or saved answers read back after hydration, every
 * change saved (never over another tab's save, never the defaults over nothing saved), and the
 * visitor's own estimate kept when a shared link replaces it.
 */
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import { serializeEstimate } from '../../lib/estimator/saving';
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
  const { storage, write } = useSavedSlot(storageKey);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<EstimatorNotice | null>(null);
  const [held, setHeld] = useState(false);
  // The visitor changed an answer before restoring finished (a slow connection): their answers win.
  const userChanged = useRef(false);
  const slot = storage?.slot ?? null;

  useEffect(() => {
    if (!storage) return;
    const needsReading = window.location.hash.includes('=') || storage.savedAtOpen;
    Promise.resolve(needsReading ? loadOnDemand().then((module) => module.restore(storage, maxAiSystems, copy)) : null)
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
    // Once per opened storage: the slot never changes and the other values are fixed props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slot]);

  /** Saves inputs the visitor (or the prefill) changed; says so when the store is full. */
  const save = (inputs: EstimatorInputs) => {
    if (!ready || (slot?.seen === null && JSON.stringify(inputs) === JSON.stringify(defaults))) return;
    if (write(serializeEstimate(inputs)) === 'full') setNotice({ tone: 'warning', text: copy.savingFailedFull });
  };

  const withStorage = (action: (module: OnDemand, opened: NonNullable<typeof storage>) => void) => () => {
    if (storage)
      loadOnDemand().then(
        (module) => action(module, storage),
        () => undefined,
      );
  };

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
    forget: () => {
      slot?.remove();
      slot?.hold(false);
      setHeld(false);
    },
    downloadUnreadable: withStorage((module, opened) => module.downloadUnreadable(opened, 'estimate', held)),
    deleteUnreadable: withStorage((module, opened) => {
      module.deleteUnreadable(opened);
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
