/**
 * Reading a tool's saved value back when the page opens, the same way in every tool: nothing saved,
 * the value (read-only while the store is full, so nothing typed is lost to a failed write), or
 * unreadable data (a dated copy kept aside, or left in place until the visitor chooses). Part of each
 * tool's on-demand module.
 */
import { loadSaved } from '../../lib/persistence/loadSaved';
import type { VersionedFormat } from '../../lib/persistence/versions';
import type { OpenedStorage } from './storageRuntime';
import { fill } from './text';

/** The tool's words for what restoring can report ({reason} and {count} are filled in). */
export interface RestoreCopy {
  readOnlyFull: string;
  unreadable: string;
  unreadableNotKept: string;
}

export interface RestoredSlot<T> {
  value?: T;
  /** Saving must wait: the store is full, or unreadable data waits for the visitor's choice. */
  hold: boolean;
  notice?: {
    tone: 'warning';
    text: string;
    actions: ('download-unreadable' | 'delete-unreadable' | 'dismiss')[];
  };
}

export function restoreSlot<T>(storage: OpenedStorage, format: VersionedFormat<T>, copy: RestoreCopy): RestoredSlot<T> {
  const { access, slot } = storage;
  if (!slot || access.kind === 'blocked') return { hold: false };
  const outcome = loadSaved(access.storage, slot, format);
  if (outcome.kind === 'empty') return { hold: false };
  if (outcome.kind === 'loaded') {
    if (access.kind !== 'full') return { value: outcome.value, hold: false };
    slot.hold(true);
    return { value: outcome.value, hold: true, notice: { tone: 'warning', text: copy.readOnlyFull, actions: [] } };
  }
  const { reason, setAside } = outcome;
  if (setAside.kept) {
    const text = fill(copy.unreadable, { reason, count: setAside.count });
    return { hold: false, notice: { tone: 'warning', text, actions: ['download-unreadable', 'dismiss'] } };
  }
  const text = fill(copy.unreadableNotKept, { reason });
  return { hold: true, notice: { tone: 'warning', text, actions: ['download-unreadable', 'delete-unreadable'] } };
}
