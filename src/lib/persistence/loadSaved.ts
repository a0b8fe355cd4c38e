/**
 * Reading a tool's saved value back: decode, migrate and check it, and set it aside when it cannot
 * be read. Loaded on demand, only when something is saved.
 */
import type { KeyValueStore } from './browserStorage';
import type { SavedSlot } from './savedSlot';
import { setAsideUnreadable, type SetAsideOutcome } from './setAside';
import { decodeVersioned, type VersionedFormat } from './versions';

export type LoadOutcome<T> =
  | { kind: 'empty' }
  | { kind: 'loaded'; value: T; migratedFrom: number | null }
  /** Not readable: copied aside (and removed), or left in place with the slot held. */
  | { kind: 'unreadable'; reason: string; setAside: SetAsideOutcome };

/**
 * Loads what the slot saw when it opened. An unreadable value is copied aside; when that fails it
 * stays where it is and the slot is held, so the tool cannot write over it until the visitor
 * downloads or deletes it.
 */
export function loadSaved<T>(
  storage: KeyValueStore,
  slot: SavedSlot,
  format: VersionedFormat<T>,
  now = new Date(),
): LoadOutcome<T> {
  const raw = slot.seen;
  if (raw === null) return { kind: 'empty' };
  const decoded = decodeVersioned(raw, format);
  if (decoded.ok) return { kind: 'loaded', ...decoded.value };
  const setAside = setAsideUnreadable(storage, slot.key, raw, now);
  if (setAside.kept) slot.resync();
  else slot.hold(true);
  return { kind: 'unreadable', reason: decoded.reason, setAside };
}
