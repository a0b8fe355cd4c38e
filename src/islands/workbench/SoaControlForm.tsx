/**
 * Editing one control of the SoA: decision, justification (required for an exclusion, checked with
 * the same rule as the flags), status, owner, the AI systems and risks it addresses, its evidence
 * and notes. Errors are shown beside the field and announced; a stale exclusion can be re-confirmed.
 */
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH } from '../../lib/workbench/fields';
import {
  MIN_SOA_JUSTIFICATION_LENGTH,
  editSoaEntry,
  justificationProblem,
  type SoaFinding,
  type SoaWorkRow,
} from '../../lib/workbench/soa';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../../lib/workbench/soaSchema';
import { reconfirmJustification } from '../../lib/workbench/soaWorkbench';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { controlPath } from '../../lib/slugs';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import { SoaLinkList } from './SoaLinkList';
import type { SoaPageData } from './SoaView';
import { findingText } from './SoaTable';
import { Field } from './Field';

interface Props {
  row: SoaWorkRow;
  findings: readonly SoaFinding[];
  workspace: Workspace;
  data: SoaPageData;
  copy: WorkbenchCopy;
  /** Saves the changed workspace and says so. */
  onStore: (next: Workspace, text: string) => void;
  onCancel: () => void;
}

interface FormValues {
  decision: 'included' | 'excluded';
  justification: string;
  status: ImplementationStatus;
  owner: string;
  risks: string;
  notes: string;
}

export function SoaControlForm({ row, findings, workspace, data, copy, onStore, onCancel }: Props) {
  const words = copy.soa;
  const { register, handleSubmit, formState } = useForm<FormValues>({
    defaultValues: {
      decision: row.applicable ? 'included' : 'excluded',
      justification: row.justification,
      status: row.status,
      owner: row.owner,
      risks: row.risks,
      notes: row.notes,
    },
  });
  const [systemIds, setSystemIds] = useState(row.systemIds);
  const [evidenceIds, setEvidenceIds] = useState(row.evidenceIds);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { errors } = formState;
  const max = (limit: number) => ({ value: limit, message: fill(copy.tooLong, { max: limit }) });
  const id = row.controlId;
  const title = fill(words.formHeading, { id, title: row.title });
  const stale = findings.some((finding) => finding.kind === 'stale-exclusion');

  const checkJustification = (text: string, values: FormValues) => {
    if (values.decision === 'included') return true;
    const problem = justificationProblem(text);
    return problem === null || fill(words.justificationProblems[problem], { min: MIN_SOA_JUSTIFICATION_LENGTH });
  };
  const submit = (values: FormValues) => {
    const edit = {
      applicable: values.decision === 'included',
      justification: values.justification.trim(),
      status: values.status,
      owner: values.owner.trim(),
      systemIds,
      risks: values.risks.trim(),
      evidenceIds,
      notes: values.notes.trim(),
    };
    onStore(editSoaEntry(workspace, row, edit, new Date()), fill(words.saved, { id }));
  };
  const reconfirm = () => onStore(reconfirmJustification(workspace, row, new Date()), fill(words.reconfirmed, { id }));
  const systems = workspace.inventory.systems.map((system) => ({ value: system.id, label: system.name }));
  const items = workspace.evidence.items;
  const forControl = (item: (typeof items)[number]) => item.controlIds.includes(id) || evidenceIds.includes(item.id);

  return (
    <form className="workbench-form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>
        <a href={controlPath(id)}>{fill(words.guidance, { id })}</a>
      </p>
      {findings.length > 0 && (
        <p className="callout notice notice-warning">
          {fill(words.currentFlags, { flags: findings.map((finding) => findingText(finding, data, words)).join('; ') })}
          {stale && (
            <>
              {' '}
              <button type="button" className="button-secondary" onClick={reconfirm}>
                {words.reconfirm}
              </button>
            </>
          )}
        </p>
      )}
      <ChoiceGroup
        id="soa-decision"
        legend={words.decision}
        options={[
          { value: 'included', label: words.decisionIncluded },
          { value: 'excluded', label: words.decisionExcluded },
        ]}
        registration={register('decision', { deps: ['justification'] })}
      />
      <Field
        id="soa-justification"
        label={words.justification}
        help={fill(words.justificationHelp, { min: MIN_SOA_JUSTIFICATION_LENGTH })}
        error={errors.justification?.message}
      >
        {(aria) => (
          <textarea
            rows={3}
            {...aria}
            {...register('justification', { validate: checkJustification, maxLength: max(MAX_LONG_TEXT_LENGTH) })}
          />
        )}
      </Field>
      <Field id="soa-status" label={words.status}>
        {(aria) => (
          <select {...aria} {...register('status')}>
            {IMPLEMENTATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {data.statusLabels[status] ?? status}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="soa-owner" label={words.owner} error={errors.owner?.message}>
        {(aria) => <input type="text" {...aria} {...register('owner', { maxLength: max(MAX_NAME_LENGTH) })} />}
      </Field>
      <SoaLinkList
        id="soa-systems"
        legend={words.systems}
        options={systems}
        checked={systemIds}
        empty={words.noSystems}
        onChange={setSystemIds}
      />
      <Field id="soa-risks" label={words.risks} error={errors.risks?.message}>
        {(aria) => <textarea rows={2} {...aria} {...register('risks', { maxLength: max(MAX_LONG_TEXT_LENGTH) })} />}
      </Field>
      <SoaLinkList
        id="soa-evidence"
        legend={words.evidence}
        options={items.filter(forControl).map((item) => ({ value: item.id, label: item.title }))}
        more={{
          label: words.otherEvidence,
          options: items.filter((item) => !forControl(item)).map((item) => ({ value: item.id, label: item.title })),
        }}
        help={items.length > 0 ? words.evidenceForControl : undefined}
        checked={evidenceIds}
        empty={words.noEvidence}
        onChange={setEvidenceIds}
      />
      <Field id="soa-notes" label={words.notes} error={errors.notes?.message}>
        {(aria) => <textarea rows={2} {...aria} {...register('notes', { maxLength: max(MAX_LONG_TEXT_LENGTH) })} />}
      </Field>
      <p className="actions">
        <button type="submit" className="button">
          {words.save}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={onCancel}>
          {copy.cancel}
        </button>
      </p>
    </form>
  );
}
