/**
 * Adding or editing one inventory record: every field of the record with its label, errors shown
 * beside the field and announced. The caller checks the record with the inventory's schema.
 *
 * Loaded on demand with the inventory view, not with the page (see WorkbenchApp): react-hook-form,
 * ChoiceGroup, ReadOnlyGroup and text come from the forms chunk the other tools load with their
 * pages (see astro.config.mjs).
 */
import { useEffect, useRef, useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import type { InventorySystem } from '../../lib/workbench/inventorySchema';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { WorkbenchLabels } from './WorkbenchApp';
import { Field, FormActions } from './Field';

export interface SystemFormProps {
  /** The record edited, or the new record being added (`isNew`). */
  system: InventorySystem;
  isNew: boolean;
  readOnly: boolean;
  /** Most characters per field (src/lib/workbench/fields.ts). */
  limits: { name: number; short: number; long: number };
  tierLabels: Record<string, string>;
  labels: WorkbenchLabels;
  copy: WorkbenchCopy;
  /** Saves the record; returns why it cannot be saved, or null. */
  onSave: (record: unknown) => string | null;
  onCancel: () => void;
}

interface FormValues {
  name: string;
  purpose: string;
  owner: string;
  role: string;
  lifecycleStage: string;
  dataCategories: string;
  thirdPartyComponents: string;
  tier: string;
  impactStatus: string;
  impactDate: string;
  inScope: boolean;
  scopeReason: string;
}

const tags = (text: string) =>
  text
    .split(';')
    .map((tag) => tag.trim())
    .filter(Boolean);

const valuesOf = (system: InventorySystem): FormValues => ({
  name: system.name,
  purpose: system.purpose,
  owner: system.owner,
  role: system.role ?? '',
  lifecycleStage: system.lifecycleStage ?? '',
  dataCategories: system.dataCategories.join('; '),
  thirdPartyComponents: system.thirdPartyComponents.join('; '),
  tier: system.euAiAct.tier ?? '',
  impactStatus: system.impactAssessment.status,
  impactDate: system.impactAssessment.date,
  inScope: system.inScope,
  scopeReason: system.scopeReason,
});

/** The record from the form; a tier changed here becomes a tier chosen by hand. */
function recordOf(base: InventorySystem, values: FormValues): unknown {
  const tier = values.tier || null;
  const euAiAct = tier === base.euAiAct.tier ? base.euAiAct : { tier, source: 'manual', checkedOn: '' };
  return {
    ...base,
    name: values.name.trim(),
    purpose: values.purpose.trim(),
    owner: values.owner.trim(),
    role: values.role || null,
    lifecycleStage: values.lifecycleStage || null,
    dataCategories: tags(values.dataCategories),
    thirdPartyComponents: tags(values.thirdPartyComponents),
    euAiAct,
    impactAssessment: { status: values.impactStatus, date: values.impactDate },
    inScope: values.inScope,
    scopeReason: values.scopeReason.trim(),
  };
}

function Select({
  aria,
  options,
  registration,
  notSet,
}: {
  aria: object;
  options: Record<string, string>;
  registration: UseFormRegisterReturn;
  notSet?: string;
}) {
  return (
    <select {...aria} {...registration}>
      {notSet !== undefined && <option value="">{notSet}</option>}
      {Object.entries(options).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

export function SystemForm(props: SystemFormProps) {
  const { system: base, isNew, readOnly, limits, tierLabels, labels, copy, onSave, onCancel } = props;
  const { register, handleSubmit, formState } = useForm<FormValues>({ defaultValues: valuesOf(base) });
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { errors } = formState;
  const max = (limit: number) => ({ value: limit, message: fill(copy.tooLong, { max: limit }) });
  const f = copy.fields;
  const title = isNew ? copy.formAddHeading : fill(copy.formEditHeading, { name: base.name });

  const submit = (values: FormValues) => {
    const reason = onSave(recordOf(base, values));
    setProblem(reason === null ? null : fill(copy.notValid, { reason }));
  };

  return (
    <form className="workbench-form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <ReadOnlyGroup readOnly={readOnly} legend={title}>
        <Field id="system-name" label={f.name} error={errors.name?.message}>
          {(aria) => (
            <input
              type="text"
              {...aria}
              {...register('name', {
                validate: (v) => v.trim() !== '' || copy.nameRequired,
                maxLength: max(limits.name),
              })}
            />
          )}
        </Field>
        <Field id="system-purpose" label={f.purpose} error={errors.purpose?.message}>
          {(aria) => <textarea rows={2} {...aria} {...register('purpose', { maxLength: max(limits.long) })} />}
        </Field>
        <Field id="system-owner" label={f.owner} error={errors.owner?.message}>
          {(aria) => <input type="text" {...aria} {...register('owner', { maxLength: max(limits.name) })} />}
        </Field>
        <ChoiceGroup
          id="system-role"
          legend={f.role}
          options={[
            ...Object.entries(labels.role).map(([value, label]) => ({ value, label })),
            { value: '', label: copy.notSet },
          ]}
          registration={register('role')}
        />
        <Field id="system-lifecycle" label={f.lifecycleStage}>
          {(aria) => (
            <Select
              aria={aria}
              options={labels.lifecycle}
              registration={register('lifecycleStage')}
              notSet={copy.notSet}
            />
          )}
        </Field>
        <Field id="system-data" label={f.dataCategories}>
          {(aria) => <input type="text" {...aria} {...register('dataCategories')} />}
        </Field>
        <Field id="system-components" label={f.thirdPartyComponents}>
          {(aria) => <input type="text" {...aria} {...register('thirdPartyComponents')} />}
        </Field>
        <Field id="system-tier" label={f.tier} help={copy.tierHelp}>
          {(aria) => <Select aria={aria} options={tierLabels} registration={register('tier')} notSet={copy.notSet} />}
        </Field>
        <Field id="system-impact" label={f.impactStatus}>
          {(aria) => <Select aria={aria} options={labels.impact} registration={register('impactStatus')} />}
        </Field>
        <Field id="system-impact-date" label={f.impactDate}>
          {(aria) => <input type="date" {...aria} {...register('impactDate')} />}
        </Field>
        <p className="field field-checkbox">
          <input type="checkbox" id="system-in-scope" {...register('inScope')} />{' '}
          <label htmlFor="system-in-scope">{f.inScope}</label>
        </p>
        <Field id="system-scope-reason" label={f.scopeReason} error={errors.scopeReason?.message}>
          {(aria) => <textarea rows={2} {...aria} {...register('scopeReason', { maxLength: max(limits.short) })} />}
        </Field>
        <FormActions problem={problem} save={copy.save} cancel={copy.cancel} onCancel={onCancel} />
      </ReadOnlyGroup>
    </form>
  );
}
