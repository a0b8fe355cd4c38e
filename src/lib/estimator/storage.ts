/** Reading the saved inputs back: the stored format for the shared persistence layer. Saving is in saving.ts. */
import { isRecord, type Checked } from '../persistence/checked';
import { decodeVersioned, type Migration, type VersionedFormat } from '../persistence/versions';
import { parseInputs } from './inputs';
import { STORAGE_VERSION, type SavedEstimate } from './saving';

export { PREVIOUS_STORAGE_KEY, STORAGE_KEY, STORAGE_VERSION, serializeEstimate, type SavedEstimate } from './saving';

/**
 * Upgrades of older saved values, one step at a time. Version 1 is the first, so there is nothing to
 * upgrade yet; add `1: (v1) => v2` style steps here when the format changes.
 */
const migrations: Record<number, Migration> = {};

/** The saved estimate's format; `maxAiSystems` comes from the pricing model in content. */
export function estimatorFormat(maxAiSystems: number): VersionedFormat<SavedEstimate> {
  return {
    currentVersion: STORAGE_VERSION,
    migrations,
    check: (value): Checked<SavedEstimate> => {
      if (typeof value.savedAt !== 'string') return { ok: false, reason: 'it has no save time' };
      const inputs = isRecord(value.inputs) ? parseInputs(value.inputs, maxAiSystems) : null;
      if (!inputs) return { ok: false, reason: 'its answers are missing, unknown or out of range' };
      return { ok: true, value: { version: STORAGE_VERSION, savedAt: value.savedAt.slice(0, 40), inputs } };
    },
  };
}

/** Decodes a stored value's text (JSON, version, migration, checks). */
export const decodeSavedEstimate = (raw: string, maxAiSystems: number) =>
  decodeVersioned(raw, estimatorFormat(maxAiSystems));
