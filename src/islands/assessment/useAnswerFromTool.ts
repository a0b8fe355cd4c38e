/**
 * A scoping answer that another tool in this browser gives: the EU AI Act check's EU exposure, the
 * workbench inventory's in-scope count. Read once saved answers are restored, filled in only while
 * the question is unanswered (a visitor's answer is never overwritten), and offered beside the
 * question otherwise. The reading code loads only when the other tool has saved something; the
 * other tool's key is only read, never written.
 */
import { useEffect, useState } from 'react';
import type { FieldPath, PathValue } from 'react-hook-form';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import type { AssessmentForm } from './formValues';

export interface AnswerSource<Found, Field extends FieldPath<AssessmentAnswers>> {
  /**
   * Reads the other tool's data, loading the reading code only when it saved something; null when
   * it says nothing for this question.
   */
  load: (storage: Storage) => Promise<Found | null>;
  field: Field;
  answerOf: (found: Found) => PathValue<AssessmentAnswers, Field>;
}

export function useAnswerFromTool<Found, Field extends FieldPath<AssessmentAnswers>>(
  form: AssessmentForm,
  ready: boolean,
  readOnly: boolean,
  source: AnswerSource<Found, Field>,
) {
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (!ready) return undefined;
    let current = true;
    // Storage blocked, or a part that could not load: the question is simply the visitor's to answer.
    Promise.resolve(window)
      .then(({ localStorage }) => source.load(localStorage))
      .then(
        (result) => {
          if (!current || result === null) return;
          setFound(result);
          const answer: unknown = form.getValues(source.field);
          if (!readOnly && (answer == null || answer === '')) {
            form.setValue(source.field, source.answerOf(result), { shouldDirty: true });
          }
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
    // Once, after saved answers are restored.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const apply = () => {
    if (found !== null) form.setValue(source.field, source.answerOf(found), { shouldDirty: true });
  };
  return { found, apply };
}
