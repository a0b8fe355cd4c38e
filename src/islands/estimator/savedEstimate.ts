/**
 * Reading the estimator's saved answers back, opening a shared link without losing the visitor's
 * own estimate, and what the visitor can do with unreadable data. Part of the on-demand module.
 */
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import { PREVIOUS_STORAGE_KEY, estimatorFormat, serializeEstimate } from '../../lib/estimator/storage';
import { loadSaved } from '../../lib/persistence/loadSaved';
import { decodeVersioned } from '../../lib/persistence/versions';
import type { StorageSnapshot } from '../shared/storageStore';
import { fill } from '../shared/text';
import type { EstimatorCopy } from './copy';
import type { Restored } from './onDemand';

export function restoreSaved(storage: StorageSnapshot, maxAiSystems: number, copy: EstimatorCopy): Restored {
  const { access, slot } = storage;
  if (!slot || access.kind === 'blocked') return { hold: false };
  const outcome = loadSaved(access.storage, slot, estimatorFormat(maxAiSystems));
  if (outcome.kind === 'empty') return { hold: false };
  if (outcome.kind === 'loaded') {
    if (access.kind !== 'full') return { inputs: outcome.value.inputs, hold: false };
    slot.hold(true);
    return { inputs: outcome.value.inputs, hold: true, notice: { tone: 'warning', text: copy.readOnlyFull } };
  }
  const { reason, setAside } = outcome;
  if (setAside.kept) {
    return {
      hold: false,
      notice: {
        tone: 'warning',
        text: fill(copy.unreadable, { reason, count: setAside.count }),
        actions: ['download-unreadable', 'dismiss'],
      },
    };
  }
  return {
    hold: true,
    notice: {
      tone: 'warning',
      text: fill(copy.unreadableNotKept, { reason }),
      actions: ['download-unreadable', 'delete-unreadable'],
    },
  };
}

/**
 * Shows a shared estimate and saves it as the current one, after keeping the visitor's own saved
 * estimate under PREVIOUS_STORAGE_KEY so it can be restored. An older kept estimate is not replaced
 * (it is the visitor's own, from before any shared link). When no copy can be kept, the shared
 * estimate is shown but not saved.
 */
export function openSharedEstimate(
  storage: StorageSnapshot,
  inputs: EstimatorInputs,
  maxAiSystems: number,
  copy: EstimatorCopy,
): Restored {
  const { access, slot } = storage;
  if (!slot || access.kind === 'blocked') return { inputs, hold: false, notice: { tone: 'info', text: copy.shared } };
  const own = slot.seen;
  const ownInputs = own === null ? null : decodeVersioned(own, estimatorFormat(maxAiSystems));
  const differs = ownInputs?.ok === true && JSON.stringify(ownInputs.value.value.inputs) !== JSON.stringify(inputs);
  if (!differs) {
    slot.write(serializeEstimate(inputs));
    return { inputs, hold: false, notice: { tone: 'info', text: copy.shared } };
  }
  try {
    if (access.storage.getItem(PREVIOUS_STORAGE_KEY) === null) access.storage.setItem(PREVIOUS_STORAGE_KEY, own!);
  } catch {
    slot.hold(true);
    return { inputs, hold: true, notice: { tone: 'warning', text: copy.sharedNotSaved } };
  }
  slot.write(serializeEstimate(inputs));
  return {
    inputs,
    hold: false,
    notice: { tone: 'info', text: copy.sharedKeptPrevious, actions: ['restore-previous', 'keep-shared'] },
  };
}

/** Puts the kept estimate back as the saved one; returns its inputs, or null when it is gone or unreadable. */
export function restorePrevious(storage: StorageSnapshot, maxAiSystems: number): EstimatorInputs | null {
  if (storage.access.kind === 'blocked' || !storage.slot) return null;
  const raw = storage.access.storage.getItem(PREVIOUS_STORAGE_KEY);
  const decoded = raw === null ? null : decodeVersioned(raw, estimatorFormat(maxAiSystems));
  if (!decoded?.ok) return null;
  if (storage.slot.write(raw!) !== 'saved') return null;
  storage.access.storage.removeItem(PREVIOUS_STORAGE_KEY);
  return decoded.value.value.inputs;
}

/** The visitor keeps the shared estimate: the kept one is no longer needed. */
export function keepShared(storage: StorageSnapshot): void {
  if (storage.access.kind !== 'blocked') storage.access.storage.removeItem(PREVIOUS_STORAGE_KEY);
}

/** Deletes unreadable data left in place, so saving can start. */
export function deleteUnreadable(storage: StorageSnapshot): void {
  storage.slot?.remove();
  storage.slot?.hold(false);
}
