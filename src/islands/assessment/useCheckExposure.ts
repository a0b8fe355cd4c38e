/**
 * The scoping step's EU question, answered from the EU AI Act check when the visitor has used it in
 * this browser: read once saved answers are restored, filled in only when the question is still
 * unanswered (a hand-picked answer is never overwritten), and offered beside the question otherwise.
 */
import { useEffect, useState } from 'react';
import type { ExposureFromCheck } from '../../lib/aiActCheck/euExposure';
import { CHECK_STORAGE_KEY } from './checkStorageKey';
import type { AssessmentForm } from './formValues';

export function useCheckExposure(form: AssessmentForm, ready: boolean, readOnly: boolean) {
  const [fromCheck, setFromCheck] = useState<ExposureFromCheck | null>(null);

  useEffect(() => {
    if (!ready) return undefined;
    // The reading code loads only when the check has saved something in this browser.
    let raw: string | null = null;
    try {
      raw = window.localStorage.getItem(CHECK_STORAGE_KEY);
    } catch {
      // Storage blocked: the question is simply the visitor's to answer.
    }
    if (!raw) return undefined;
    const saved = raw;
    let current = true;
    import('./checkExposure').then(
      ({ readCheckExposure }) => {
        const found = readCheckExposure(saved);
        if (!current || !found) return;
        setFromCheck(found);
        if (!readOnly && !form.getValues('scoping.euExposure')) {
          form.setValue('scoping.euExposure', found.exposure, { shouldDirty: true });
        }
      },
      // Without the check's answer the question is simply the visitor's to answer.
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Once, after saved answers are restored.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const applyCheckAnswer = () => {
    if (fromCheck) form.setValue('scoping.euExposure', fromCheck.exposure, { shouldDirty: true });
  };
  return { fromCheck, applyCheckAnswer };
}
