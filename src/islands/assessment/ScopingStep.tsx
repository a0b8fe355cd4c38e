import type { ReactNode } from 'react';
import { MAX_AI_SYSTEMS } from '../../lib/assessment/types';
import type { AssessmentCopy } from './copy';
import type { AssessmentForm } from './formValues';
import { ChoiceGroup } from '../shared/ChoiceGroup';

type Options = { value: string; label: string }[];

/** Option labels of the scoping step (from src/lib/assessment/labels.ts, passed by the page). */
export interface ScopingOptions {
  role: Options;
  sizeBand: Options;
  euExposure: Options;
}

/** Field names the scoping step validates before moving on. */
export const SCOPING_FIELDS = [
  'scoping.role',
  'scoping.sizeBand',
  'scoping.aiSystemCount',
  'scoping.euExposure',
] as const;

interface Props {
  form: AssessmentForm;
  options: ScopingOptions;
  intro: ReactNode;
  countHelp: ReactNode;
  euHelp: ReactNode;
  /** What the workbench's inventory in this browser counts, when it has systems. */
  countNote?: ReactNode;
  /** What the EU AI Act check in this browser answers, when it has been used. */
  euCheckNote?: ReactNode;
  copy: AssessmentCopy;
}

export function ScopingStep({ form, options, intro, countHelp, euHelp, countNote, euCheckNote, copy }: Props) {
  const { register, formState } = form;
  const errors = formState.errors.scoping;
  const required = { required: copy.chooseOne };
  const countError = errors?.aiSystemCount?.message;
  return (
    <div className="step-body">
      {intro}
      <ChoiceGroup
        id="scoping-role"
        legend={copy.roleLegend}
        options={options.role}
        registration={register('scoping.role', required)}
        error={errors?.role?.message}
      />
      <ChoiceGroup
        id="scoping-size"
        legend={copy.sizeLegend}
        options={options.sizeBand}
        registration={register('scoping.sizeBand', required)}
        error={errors?.sizeBand?.message}
      />
      <div className="field">
        <label htmlFor="scoping-count">{copy.countLabel}</label>
        <p id="scoping-count-help" className="field-help">
          {countHelp}
        </p>
        <input
          id="scoping-count"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_AI_SYSTEMS}
          className="count-input"
          aria-describedby={countError ? 'scoping-count-help scoping-count-error' : 'scoping-count-help'}
          aria-invalid={countError ? true : undefined}
          {...register('scoping.aiSystemCount', {
            setValueAs: (value: unknown) => (value === '' || value == null ? null : Number(value)),
            validate: (value) =>
              (Number.isInteger(value) && value! >= 0 && value! <= MAX_AI_SYSTEMS) || copy.countError,
          })}
        />
        {countError && (
          <p id="scoping-count-error" className="field-error" role="alert">
            {countError}
          </p>
        )}
      </div>
      {countNote}
      <ChoiceGroup
        id="scoping-eu"
        legend={copy.euLegend}
        help={euHelp}
        options={options.euExposure}
        registration={register('scoping.euExposure', required)}
        error={errors?.euExposure?.message}
      />
      {euCheckNote}
    </div>
  );
}
