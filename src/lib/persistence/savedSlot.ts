/**
 * One saved value under one localStorage key, written so that no tab ever overwrites what another
 * tab saved without knowing it. The slot remembers the exact text it last read or wrote; before
 * each write it reads the key again, and a `storage` event from another tab is compared with it.
 * When they differ, the slot stops writing for good: the page tells the visitor to reload, which
 * shows the newer answers. The key is removed only by `remove` ("Delete all answers").
 */
import { isQuotaExceeded, type KeyValueStore } from './browserStorage';

export type WriteOutcome =
  /** Written. */
  | 'saved'
  /** Another tab changed or deleted the value since this tab read it: nothing was written. */
  | 'changed-elsewhere'
  /** The store is full: the previously saved value is still there. */
  | 'full'
  /** The browser refused for another reason (storage blocked since the page opened). */
  | 'failed'
  /** Writing is held (read-only view, or an unreadable value waiting for the visitor's choice). */
  | 'held';

export interface SavedSlot {
  readonly key: string;
  /** The text this tab last read or wrote under the key (null: nothing saved). */
  readonly seen: string | null;
  /** True once another tab's change was seen: every later write is refused. */
  readonly changedElsewhere: boolean;
  write(value: string): WriteOutcome;
  /** Removes the key and `alsoRemove` (copies set aside); false when the browser refused. */
  remove(alsoRemove?: readonly string[]): boolean;
  /** Stops or resumes writing (resuming never clears a change seen from another tab). */
  hold(held: boolean): void;
  /** Takes the current stored text as seen, after this tab changed the key through other code. */
  resync(): void;
  /** Calls `onChange` when another tab changes or deletes the value; returns the unsubscribe. */
  watch(onChange: () => void, events?: EventTarget): () => void;
}

export function openSavedSlot(storage: KeyValueStore, key: string): SavedSlot {
  const read = () => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  let seen = read();
  let changedElsewhere = false;
  let held = false;

  return {
    key,
    get seen() {
      return seen;
    },
    get changedElsewhere() {
      return changedElsewhere;
    },
    write(value) {
      if (changedElsewhere || read() !== seen) {
        changedElsewhere = true;
        return 'changed-elsewhere';
      }
      if (held) return 'held';
      try {
        storage.setItem(key, value);
        seen = value;
        return 'saved';
      } catch (error) {
        return isQuotaExceeded(error) ? 'full' : 'failed';
      }
    },
    remove(alsoRemove = []) {
      try {
        for (const name of [key, ...alsoRemove]) storage.removeItem(name);
        seen = null;
        return true;
      } catch {
        return false;
      }
    },
    hold(value) {
      held = value;
    },
    resync() {
      seen = read();
    },
    watch(onChange, events = window) {
      const listener = (event: Event) => {
        const { key: changed, newValue } = event as StorageEvent;
        // key null: another tab cleared the whole store.
        if ((changed === key || changed === null) && newValue !== seen) {
          changedElsewhere = true;
          onChange();
        }
      };
      events.addEventListener('storage', listener);
      return () => events.removeEventListener('storage', listener);
    },
  };
}
