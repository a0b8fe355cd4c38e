/**
 * The check's saved list of systems: read back after hydration (never during render), every change
 * the visitor makes saved through the shared slot (never over another tab's save), unreadable data
 * set aside with a notice. Storage code loads on demand, only when something is saved or changes.
 */
import { useEffect, useState } from 'react';
import type { SystemOutcome } from '../../lib/aiActCheck/systemOutcome';
import { STORAGE_KEY, serializeSystems, type CheckedSystem } from '../../lib/aiActCheck/systemsSaving';
import { loadOrReport } from '../shared/loadFailure';
import type { OpenedStorage } from '../shared/storageRuntime';
import { useSavedSlot } from '../shared/useSavedSlot';
import type { AiActCheckCopy } from './copy';
import type { CheckNotice } from './onDemand';

type OnDemand = typeof import('./onDemand');
export const loadOnDemand = () => loadOrReport(() => import('./onDemand'));

/**
 * `outcomeOf` classifies a system; its result is kept with the system on every save, so the readiness
 * assessment can read tiers without the decision tree.
 */
export function useSavedSystems(
  initial: CheckedSystem[],
  copy: AiActCheckCopy,
  outcomeOf: (system: CheckedSystem) => SystemOutcome | null,
) {
  const withOutcomes = (list: readonly CheckedSystem[]) =>
    list.map((system) => ({ ...system, outcome: outcomeOf(system) }));
  const { storage, save, withOpened, open } = useSavedSlot(STORAGE_KEY);
  const [systems, setSystems] = useState(initial);
  const [ready, setReady] = useState(false);
  const [held, setHeld] = useState(false);
  const [notice, setNotice] = useState<CheckNotice | null>(null);
  /** The list is still the starting one: nothing was restored or changed (or all was deleted). */
  const [untouched, setUntouched] = useState(true);
  const hydrated = storage !== null;

  useEffect(() => {
    if (!storage) return;
    Promise.resolve(
      storage.savedAtOpen
        ? Promise.all([loadOnDemand(), open()]).then(([module, opened]) => module.restore(opened, copy))
        : null,
    )
      .then(
        (restored) => {
          if (restored?.systems && restored.systems.length > 0) {
            setSystems(withOutcomes(restored.systems));
            setUntouched(false);
          }
          setNotice(restored?.notice ?? null);
          setHeld(restored?.hold ?? false);
        },
        // Reported by the load-failure notice; nothing saved was touched.
        () => undefined,
      )
      .then(() => setReady(true));
    // Once, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);

  /** Shows and saves the visitor's change. */
  const update = (changed: CheckedSystem[]) => {
    const next = withOutcomes(changed);
    setSystems(next);
    setUntouched(false);
    if (!ready || held) return;
    save(serializeSystems(next), () => setNotice({ tone: 'warning', text: copy.savingFailedFull }));
  };

  const withStorage = (action: (module: OnDemand, opened: OpenedStorage) => void) => withOpened(loadOnDemand, action);

  return {
    ready,
    systems,
    untouched,
    update,
    notice,
    setNotice,
    changedElsewhere: storage?.changedElsewhere === true,
    /** Nothing may change: another tab saved, the store is full, or unreadable data waits for a choice. */
    readOnly: held || storage?.changedElsewhere === true,
    downloadUnreadable: withStorage((module, opened) => module.downloadUnreadable(opened, 'ai-act-check', held)),
    /** What "Delete all" will remove, for its confirmation. */
    deletionList: () =>
      Promise.all([loadOnDemand(), open()]).then(([module, opened]) => module.deletionList(opened, copy)),
    /** Removes the saved list and every copy set aside; the check starts again from its first system. */
    deleteAll: withStorage((module, opened) => {
      module.deleteAll(opened);
      setHeld(false);
      setSystems(initial);
      setUntouched(true);
      setNotice({ tone: 'info', text: copy.deletedAll, actions: ['dismiss'] });
    }),
    deleteUnreadable: withStorage((module, opened) => {
      module.deleteUnreadableInPlace(opened);
      setHeld(false);
      setNotice(null);
    }),
  };
}
