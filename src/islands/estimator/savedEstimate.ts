/**
 * Reading the estimator's saved answers back, opening a shared link without losing the visitor's
 * own estimate, and what the visitor can do with unreadable data. Part of the on-demand module.
 */
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import { PREVIOUS_STORAGE_KEY, estimatorFormat, serializeEstimate } from '../../lib/estimator/storage';
import { decodeVersioned } from '../../lib/persistence/versions';
import { restoreSlot } from '../shared/restoreSlot';
import type { OpenedStorage } from '../shared/storageRuntime';
import type { EstimatorCopy } from './copy';
import type { Restored } from './onDemand';

export function restoreSaved(storage: OpenedStorage, maxAiSystems: number, copy: EstimatorCopy): Restored {
  const { value, ...rest } = restoreSlot(storage, estimatorFormat(maxAiSystems), copy);
  return value ? { inputs: value.inputs, ...rest } : rest;
}

/**
 * Shows a shared estimate and saves it as the current one, after keeping the visitor's own saved
 * estimate under PREVIOUS_STORAGE_KEY so it can be restored. An older kept estimate is not replaced
 * (it is the visitor's own, from before any shared link). When no copy can be kept, the shared
 * estimate is shown but not saved.
 */
export function openSharedEstimate(
  storage: OpenedStorage,
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
export function restorePrevious(storage: OpenedStorage, maxAiSystems: number): EstimatorInputs | null {
  if (storage.access.kind === 'blocked' || !storage.slot) return null;
  const raw = storage.access.storage.getItem(PREVIOUS_STORAGE_KEY);
  const decoded = raw === null ? null : decodeVersioned(raw, estimatorFormat(maxAiSystems));
  if (!decoded?.ok) return null;
  if (storage.slot.write(raw!) !== 'saved') return null;
  storage.access.storage.removeItem(PREVIOUS_STORAGE_KEY);
  return decoded.value.value.inputs;
}

/** The visitor keeps the shared estimate: the kept one is no longer needed. */
export function keepShared(storage: OpenedStorage): void {
  if (storage.access.kind !== 'blocked') storage.access.storage.removeItem(PREVIOUS_STORAGE_KEY);
}
