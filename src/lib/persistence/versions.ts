/**
 * Saved and exported data carries its format version; a migration turns version N into N + 1.
 * Loaded only when saved or imported data has to be read.
 */
import { isRecord, type Checked } from './checked';

export type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

/** A tool's stored format: its current version, the steps up to it, and the check of the result. */
export interface VersionedFormat<T> {
  currentVersion: number;
  /** migrations[N] turns version N into N + 1. */
  migrations: Readonly<Record<number, Migration>>;
  /** Validates a value already brought to currentVersion. */
  check: (value: Record<string, unknown>) => Checked<T>;
}

export interface Migrated<T> {
  value: T;
  /** The version the data had, or null when it was current. */
  migratedFrom: number | null;
}

/** Brings a value up to the format's current version; says which version it came from. */
export function migrateToCurrent(
  value: Record<string, unknown>,
  currentVersion: number,
  migrations: Readonly<Record<number, Migration>>,
): Checked<Migrated<Record<string, unknown>>> {
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: 'it has no format version' };
  }
  if (version > currentVersion) {
    return { ok: false, reason: `it uses format version ${version}, newer than this page reads (${currentVersion})` };
  }
  if (version < 1) return { ok: false, reason: `format version ${version} does not exist` };
  let current = value;
  for (let step = version; step < currentVersion; step += 1) {
    const migrate = migrations[step];
    if (!migrate) return { ok: false, reason: `format version ${step} cannot be upgraded` };
    current = migrate(current);
  }
  return { ok: true, value: { value: current, migratedFrom: version === currentVersion ? null : version } };
}

/** Parses JSON text, migrates it and checks it: the one way every tool reads its stored data. */
export function decodeVersioned<T>(raw: string, format: VersionedFormat<T>): Checked<Migrated<T>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (!isRecord(parsed)) return { ok: false, reason: 'it is not an object' };
  const migrated = migrateToCurrent(parsed, format.currentVersion, format.migrations);
  if (!migrated.ok) return migrated;
  const checked = format.check(migrated.value.value);
  return checked.ok
    ? { ok: true, value: { value: checked.value, migratedFrom: migrated.value.migratedFrom } }
    : checked;
}
