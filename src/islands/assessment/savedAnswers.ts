/**
 * Reading saved answers back after hydration, and what the visitor can do with data that could not
 * be read. Loaded with import() only when this browser holds saved answers (or when the visitor asks
 * for an unreadable copy), so a first visit does not download validation and migrations.
 */
import { assessmentFormat } from '../../lib/assessment/storage';
import type { SavedAssessment } from '../../lib/assessment/storageWrite';
import { loadSaved } from '../../lib/persistence/loadSaved';
import { deleteSavedAndSetAside, savedAndSetAside } from '../shared/deleteSaved';
import type { OpenedStorage } from '../shared/storageRuntime';
import { fill } from '../shared/text';
import type { AssessmentCopy } from './copy';
import type { Notice } from './formValues';

export interface Restored {
  saved?: SavedAssessment;
  notice?: Notice;
  /** Saving must wait: the store is full, or unreadable data stays in place until the visitor chooses. */
  hold: boolean;
}

/** Reads, checks and migrates the saved answers, and says what the visitor must know. */
export function restoreSaved(storage: OpenedStorage, contentVersion: string, copy: AssessmentCopy): Restored {
  const { access, slot } = storage;
  if (!slot || access.kind === 'blocked') return { hold: false };
  const outcome = loadSaved(access.storage, slot, assessmentFormat);
  if (outcome.kind === 'empty') return { hold: false };
  if (outcome.kind === 'loaded') {
    const saved = outcome.value;
    if (access.kind === 'full') {
      slot.hold(true);
      return { saved, hold: true, notice: { tone: 'warning', text: copy.readOnlyFull } };
    }
    if (outcome.migratedFrom !== null) {
      return {
        saved,
        hold: false,
        notice: { tone: 'info', text: fill(copy.migrated, { version: outcome.migratedFrom }) },
      };
    }
    if (saved.contentVersion !== contentVersion) {
      return { saved, hold: false, notice: { tone: 'info', text: copy.contentChanged } };
    }
    return { saved, hold: false };
  }
  const { setAside, reason } = outcome;
  if (setAside.kept) {
    return {
      hold: false,
      notice: {
        tone: 'warning',
        text: fill(copy.setAsideKept, { reason, count: setAside.count }),
        actions: ['download-unreadable', 'dismiss'],
      },
    };
  }
  const why = { full: copy.setAsideFull, limit: fill(copy.setAsideLimit, setAside), blocked: copy.setAsideBlocked }[
    setAside.why
  ];
  return {
    hold: true,
    notice: {
      tone: 'warning',
      text: fill(copy.setAsideNotKept, { reason, why }),
      actions: ['download-unreadable', 'delete-unreadable'],
    },
  };
}

/** What "Delete all answers" will remove, in the visitor's words. */
export function deletionList(storage: OpenedStorage, copy: AssessmentCopy): string[] {
  const { saved, setAside } = savedAndSetAside(storage);
  return [
    ...(saved ? [copy.deleteListAnswers] : []),
    ...(setAside > 0 ? [fill(copy.deleteListSetAside, { count: setAside })] : []),
  ];
}

/** Removes the saved answers and every copy set aside, and lets saving start again. */
export const deleteAll = deleteSavedAndSetAside;

export { deleteUnreadableInPlace, downloadUnreadable } from '../shared/unreadable';
