/**
 * Reading the check's saved list of AI systems back: the versioned format and its checks, shared
 * by localStorage and JSON import through the persistence layer. Loaded on demand.
 */
import { isRecord, type Checked } from '../persistence/checked';
import { decodeVersioned, type Migration, type VersionedFormat } from '../persistence/versions';
import type { SystemOutcome } from './systemOutcome';
import { TIERS, type TierId } from './vocabulary';

import { MAX_NAME_LENGTH, MAX_SYSTEMS, STORAGE_VERSION, type CheckedSystem, type SavedSystems } from './systemsSaving';

export {
  MAX_IMPORT_BYTES,
  MAX_NAME_LENGTH,
  MAX_SYSTEMS,
  STORAGE_KEY,
  STORAGE_VERSION,
  serializeSystems,
  type CheckedSystem,
  type SavedSystems,
} from './systemsSaving';

const MAX_ANSWERS = 100;
const KEY = /^[a-z0-9-]{1,60}$/;

function checkAnswers(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_ANSWERS) return null;
  const ok = entries.every(
    ([question, answer]) => KEY.test(question) && typeof answer === 'string' && KEY.test(answer),
  );
  return ok ? (Object.fromEntries(entries) as Record<string, string>) : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A saved outcome: null when absent (unfinished, or saved before outcomes were kept), undefined when broken. */
function checkSystemOutcome(value: unknown): SystemOutcome | null | undefined {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return undefined;
  const { tier, provisional, reviewedOn } = value;
  const knownTier = typeof tier === 'string' && (TIERS as readonly string[]).includes(tier);
  if (!knownTier || typeof provisional !== 'boolean' || typeof reviewedOn !== 'string' || !DATE.test(reviewedOn)) {
    return undefined;
  }
  return { tier: tier as TierId, provisional, reviewedOn };
}

function checkSystem(value: unknown, index: number): Checked<CheckedSystem> {
  const where = `system ${index + 1}`;
  if (!isRecord(value)) return { ok: false, reason: `${where} is not an object` };
  const { id, name } = value;
  if (typeof id !== 'string' || !KEY.test(id)) return { ok: false, reason: `${where} has no valid id` };
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    return { ok: false, reason: `${where} has no name of 1 to ${MAX_NAME_LENGTH} characters` };
  }
  const answers = checkAnswers(value.answers);
  if (!answers) return { ok: false, reason: `${where} has answers that are not question and answer ids` };
  const outcome = checkSystemOutcome(value.outcome);
  if (outcome === undefined) return { ok: false, reason: `${where} has an outcome that is not a known tier` };
  const { toInventory } = value;
  if (toInventory !== undefined && typeof toInventory !== 'boolean') {
    return { ok: false, reason: `${where} has a request to join the inventory that is not true or false` };
  }
  return { ok: true, value: { id, name, answers, outcome, ...(toInventory ? { toInventory } : {}) } };
}

/** Upgrades of older formats, one step at a time; version 1 is the first. */
const migrations: Record<number, Migration> = {
  // Version 1 kept answers only; its systems have no outcome until the check next saves them.
  1: (value) => ({ ...value, version: 2 }),
};

export const savedSystemsFormat: VersionedFormat<SavedSystems> = {
  currentVersion: STORAGE_VERSION,
  migrations,
  check: (value): Checked<SavedSystems> => {
    if (typeof value.savedAt !== 'string') return { ok: false, reason: 'it has no save time' };
    if (!Array.isArray(value.systems)) return { ok: false, reason: 'it has no list of systems' };
    if (value.systems.length > MAX_SYSTEMS) return { ok: false, reason: `it lists more than ${MAX_SYSTEMS} systems` };
    const systems: CheckedSystem[] = [];
    for (const [index, candidate] of value.systems.entries()) {
      const checked = checkSystem(candidate, index);
      if (!checked.ok) return checked;
      systems.push(checked.value);
    }
    if (new Set(systems.map((system) => system.id)).size !== systems.length) {
      return { ok: false, reason: 'two systems share an id' };
    }
    return { ok: true, value: { version: STORAGE_VERSION, savedAt: value.savedAt.slice(0, 40), systems } };
  },
};

/** Decodes saved or imported text: JSON, version, migration, checks. */
export const decodeSavedSystems = (raw: string) => decodeVersioned(raw, savedSystemsFormat);
