/**
 * Restores saved answers after hydration. Loaded with import() only when this browser holds
 * saved answers, so a first visit does not download the validation and migration code.
 */
import { INVALID_STORAGE_KEY, loadSavedAssessment } from '../../lib/assessment/storage';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import type { Notice } from './formValues';

interface Sink {
  /** Restores answers and the saved step (which may no longer exist). */
  restore: (saved: AssessmentAnswers & { step: string }) => void;
  setNotice: (notice: Notice) => void;
}

/** Reads, checks and migrates the saved answers, then hands them and any message to the wizard. */
export function restoreSaved(storage: Storage, contentVersion: string, sink: Sink): void {
  // The wizard read the key just before, so storage is reachable ("unavailable" is handled there).
  const result = loadSavedAssessment(storage);
  if (result.kind === 'loaded') {
    sink.restore(result.saved);
    if (result.migratedFrom !== null) {
      sink.setNotice({
        text: `Saved answers were upgraded from format version ${result.migratedFrom}. N/A answers need a reason to count.`,
      });
    } else if (result.saved.contentVersion !== contentVersion) {
      sink.setNotice({ text: 'The questions changed since you saved: check the unanswered ones in the results.' });
    }
  }
  if (result.kind === 'invalid') {
    sink.setNotice({
      setAside: true,
      text: `Saved answers could not be read (${result.reason}). They were kept aside in this browser under ${INVALID_STORAGE_KEY}, not deleted, and the assessment started fresh.`,
    });
  }
}
