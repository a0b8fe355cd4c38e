/**
 * The check's saved list of AI systems (name and answers, each classified on its own): its key,
 * versioned format and checks, shared by localStorage and JSON export/import through the
 * persistence layer (src/lib/persistence).
 */
import { isRecord, type Checked } from '../persistence/checked';
import { decodeVersioned, type Migration, type VersionedFormat } from '../persistence/versions';

/** The one localStorage key of the check; the version lives inside the value. */
export const STORAGE_KEY = 'iso42001:ai-act-check';
export const STORAGE_VERSION = 1;
/** More systems than anyone lists by hand; a bound so a hostile file cannot fill the page. */
export const MAX_SYSTEMS = 100;
export const MAX_NAME_LENGTH = 120;
export const MAX_IMPORT_BYTES = 256 * 1024;
const MAX_ANSWERS = 100;
const KEY = /^[a-z0-9-]{1,60}$/;

export interface CheckedSystem {
  /** Stable within the list; not shown. */
  id: string;
  name: string;
  /** Answer id by question id, as classifyAnswers takes them. */
  answers: Record<string, string>;
}

export interface SavedSystems {
  version: typeof STORAGE_VERSION;
  savedAt: string;
  systems: CheckedSystem[];
}

/** The JSON text saved and exported for the list. */
export function serializeSystems(systems: readonly CheckedSystem[], now = new Date()): string {
  const value: SavedSystems = { version: STORAGE_VERSION, savedAt: now.toISOString(), systems: [...systems] };
  return JSON.stringify(value);
}

function checkAnswers(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_ANSWERS) return null;
  const ok = entries.every(
    ([question, answer]) => KEY.test(question) && typeof answer === 'string' && KEY.test(answer),
  );
  return ok ? (Object.fromEntries(entries) as Record<string, string>) : null;
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
  return { ok: true, value: { id, name, answers } };
}

/** Upgrades of older formats, one step at a time; version 1 is the first. */
const migrations: Record<number, Migration> = {};

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
