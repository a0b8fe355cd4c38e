/**
 * Adding or editing one inventory record: every field of the record with its label, errors shown
 * beside the field and announced, the record checked by the inventory's own schema before saving.
 */
import { useEffect, useRef, useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { checkedFromParse } from '../../lib/workbench/issues';
import { MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../../lib/workbench/fields';
import { newInventorySystem } from '../../lib/workbench/inventory';
import { inventorySystemSchema, type InventorySystem } from '../../lib/workbench/inventorySchema';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { WorkbenchLabels } from './WorkbenchApp';

interface Props {
  /** The record edited; undefined to add one. */
  system: InventorySystem | undefined;
  taken: ReadonlySet<string>;
  tierLabels: Record<string, string>;
  labels: WorkbenchLabels;
  copy: WorkbenchCopy;
  onSave: (system: InventorySystem) => void;
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

function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  help?: string;
  children: (aria: object) => React.ReactNode;
}) {
  const { id, label, error, help, children } = props;
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      {help && (
        <span id={`${id}-help`} className="field-help">
          {help}
        </span>
      )}
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </p>
  );
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

export function SystemForm({ system, taken, tierLabels, labels, copy, onSave, onCancel }: Props) {
  const [base] = useState(() => system ?? newInventorySystem('', taken));
  const { register, handleSubmit, formState } = useForm<FormValues>({ defaultValues: valuesOf(base) });
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { errors } = formState;
  const max = (limit: number) => ({ value: limit, message: fill(copy.tooLong, { max: limit }) });
  const f = copy.fields;

  const submit = (values: FormValues) => {
    const checked = checkedFromParse(inventorySystemSchema.safeParse(recordOf(base, values)));
    if (checked.ok) onSave(checked.value);
    else setProblem(fill(copy.notValid, { reason: checked.reason }));
  };

  return (
    <form className="workbench-form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <h3 ref={heading} tabIndex={-1}>
        {system ? fill(copy.formEditHeading, { name: system.name }) : copy.formAddHeading}
      </h3>
      <Field id="system-name" label={f.name} error={errors.name?.message}>
        {(aria) => (
          <input
            type="text"
            {...aria}
            {...register('name', {
              validate: (v) => v.trim() !== '' || copy.nameRequired,
              maxLength: max(MAX_NAME_LENGTH),
            })}
          />
        )}
      </Field>
      <Field id="system-purpose" label={f.purpose} error={errors.purpose?.message}>
        {(aria) => <textarea rows={2} {...aria} {...register('purpose', { maxLength: max(MAX_LONG_TEXT_LENGTH) })} />}
      </Field>
      <Field id="system-owner" label={f.owner} error={errors.owner?.message}>
        {(aria) => <input type="text" {...aria} {...register('owner', { maxLength: max(MAX_NAME_LENGTH) })} />}
      </Field>
      <Field id="system-role" label={f.role}>
        {(aria) => <Select aria={aria} options={labels.role} registration={register('role')} notSet={copy.notSet} />}
      </Field>
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
        {(aria) => (
          <textarea rows={2} {...aria} {...register('scopeReason', { maxLength: max(MAX_SHORT_TEXT_LENGTH) })} />
        )}
      </Field>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        <button type="submit">{copy.save}</button>{' '}
        <button type="button" className="button-secondary" onClick={onCancel}>
          {copy.cancel}
        </button>
      </p>
    </form>
  );
}
