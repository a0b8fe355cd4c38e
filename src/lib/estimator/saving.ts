/**
 * The estimator's saved value: its keys, shape and text. Writing goes through the shared saved slot
 * (../persistence/savedSlot); reading back (validation, migration) is in storage.ts, loaded on demand.
 */
import type { EstimatorInputs } from './inputShape';

/** The one localStorage key of the estimator; the version lives inside the value. */
export const STORAGE_KEY = 'iso42001:estimator';
/** The visitor's own estimate, kept when a shared link replaced it, until they restore or drop it. */
export const PREVIOUS_STORAGE_KEY = `${STORAGE_KEY}:previous`;
export const STORAGE_VERSION = 1;

export interface SavedEstimate {
  version: typeof STORAGE_VERSION;
  savedAt: string;
  inputs: EstimatorInputs;
}

/** The JSON text saved for the inputs. */
export function serializeEstimate(inputs: EstimatorInputs, now = new Date()): string {
  const value: SavedEstimate = { version: STORAGE_VERSION, savedAt: now.toISOString(), inputs };
  return JSON.stringify(value);
}
