/**
 * Adding or editing one evidence item: every field with its label, errors beside the field and
 * announced. Control and clause ids are typed as lists (as the inventory's tags are); the caller
 * checks the record with the register's schema.
 */
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { parseClauseIds, parseControlIds } from '../../lib/workbench/evidenceFields';
import type { EvidenceItem } from '../../lib/workbench/evidenceSchema';
import { MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../../lib/workbench/fields';
import { fill } from '../shared/text';
import type { EvidenceCopy } from './evidenceCopy';
import { Field, FormActions } from './Field';

interface Props {
  item: EvidenceItem;
  isNew: boolean;
  /** The Annex A control ids of the standard. */
  controlIds: ReadonlySet<string>;
  words: EvidenceCopy;
  /** Saves the record; returns why it cannot be saved, or null. */
  onSave: (record: EvidenceItem) => string | null;
  onCancel: () => void;
}

interface FormValues {
  title: string;
  location: string;
  owner: string;
  controls: string;
  clauses: string;
  lastReviewed: string;
  reviewBy: string;
  notes: string;
}

const valuesOf = (item: EvidenceItem): FormValues => ({
  title: item.title,
  location: item.location,
  owner: item.owner,
  controls: item.controlIds.join('; '),
  clauses: item.clauseIds.join('; '),
  lastReviewed: item.lastReviewed,
  reviewBy: item.reviewBy,
  notes: item.notes,
});

export function EvidenceForm({ item, isNew, controlIds, words, onSave, onCancel }: Props) {
  const { register, handleSubmit, formState } = useForm<FormValues>({ defaultValues: valuesOf(item) });
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { errors } = formState;
  const max = (limit: number) => ({ value: limit, message: fill(words.tooLong, { max: limit }) });
  const f = words.fields;
  const title = isNew ? words.formAddHeading : fill(words.formEditHeading, { name: item.title });

  const submit = (values: FormValues) => {
    const reason = onSave({
      ...item,
      title: values.title.trim(),
      location: values.location.trim(),
      owner: values.owner.trim(),
      controlIds: parseControlIds(values.controls, controlIds).ids,
      clauseIds: parseClauseIds(values.clauses).ids,
      lastReviewed: values.lastReviewed,
      reviewBy: values.reviewBy,
      notes: values.notes.trim(),
    });
    setProblem(reason === null ? null : fill(words.notValid, { reason }));
  };
  const unknownIn = (parse: (text: string) => { unknown: string[] }, message: string) => (text: string) => {
    const { unknown } = parse(text);
    return unknown.length === 0 || fill(message, { ids: unknown.join(', ') });
  };

  return (
    <form className="workbench-form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <Field id="evidence-title" label={f.title} error={errors.title?.message}>
        {(aria) => (
          <input
            type="text"
            {...aria}
            {...register('title', {
              validate: (value) => value.trim() !== '' || words.titleRequired,
              maxLength: max(MAX_SHORT_TEXT_LENGTH),
            })}
          />
        )}
      </Field>
      <Field id="evidence-location" label={f.location} help={words.locationHelp} error={errors.location?.message}>
        {(aria) => <input type="text" {...aria} {...register('location', { maxLength: max(MAX_LONG_TEXT_LENGTH) })} />}
      </Field>
      <Field id="evidence-owner" label={f.owner} error={errors.owner?.message}>
        {(aria) => <input type="text" {...aria} {...register('owner', { maxLength: max(MAX_NAME_LENGTH) })} />}
      </Field>
      <Field id="evidence-controls" label={f.controls} help={words.controlsHelp} error={errors.controls?.message}>
        {(aria) => (
          <input
            type="text"
            {...aria}
            {...register('controls', {
              validate: unknownIn((text) => parseControlIds(text, controlIds), words.unknownControls),
            })}
          />
        )}
      </Field>
      <Field id="evidence-clauses" label={f.clauses} help={words.clausesHelp} error={errors.clauses?.message}>
        {(aria) => (
          <input
            type="text"
            {...aria}
            {...register('clauses', { validate: unknownIn(parseClauseIds, words.unknownClauses) })}
          />
        )}
      </Field>
      <Field id="evidence-last-reviewed" label={f.lastReviewed}>
        {(aria) => <input type="date" {...aria} {...register('lastReviewed')} />}
      </Field>
      <Field id="evidence-review-by" label={f.reviewBy} error={errors.reviewBy?.message}>
        {(aria) => (
          <input
            type="date"
            {...aria}
            {...register('reviewBy', {
              validate: (value, all) =>
                value === '' || all.lastReviewed === '' || value >= all.lastReviewed || words.reviewBeforeLast,
            })}
          />
        )}
      </Field>
      <Field id="evidence-notes" label={f.notes} error={errors.notes?.message}>
        {(aria) => <textarea rows={2} {...aria} {...register('notes', { maxLength: max(MAX_LONG_TEXT_LENGTH) })} />}
      </Field>
      <FormActions problem={problem} save={words.save} cancel={words.cancel} onCancel={onCancel} />
    </form>
  );
}
