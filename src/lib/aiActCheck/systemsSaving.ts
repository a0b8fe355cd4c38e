/**
 * The check's saved list of AI systems: its key, shape, limits and text. Writing goes through the
 * shared saved slot; reading back (validation, migration) is in savedSystems.ts, loaded on demand.
 */
import type { SystemOutcome } from './systemOutcome';

/** The one localStorage key of the check; the version lives inside the value. */
export const STORAGE_KEY = 'iso42001:ai-act-check';
/** Version 2 keeps each system's outcome beside its answers (for the readiness assessment). */
export const STORAGE_VERSION = 2;
/** More systems than anyone lists by hand; a bound so a hostile file cannot fill the page. */
export const MAX_SYSTEMS = 100;
export const MAX_NAME_LENGTH = 120;
export const MAX_IMPORT_BYTES = 256 * 1024;

export interface CheckedSystem {
  /** Stable within the list; not shown. */
  id: string;
  name: string;
  /** Answer id by question id, as classifyAnswers takes them. */
  answers: Record<string, string>;
  /** What the check concluded, recomputed on every save; null while unfinished. */
  outcome?: SystemOutcome | null;
  /**
   * The visitor asked for this system to join the workbench's inventory: the workbench adds it when
   * it next opens (the check never writes the workbench's data). Absent: not asked.
   */
  toInventory?: boolean;
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
