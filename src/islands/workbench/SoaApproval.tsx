/**
 * "Approve this version": label, approver and date; approveSoaVersion freezes every row or refuses
 * with its reason, which is shown below the button and announced. The approved versions follow.
 */
import { useState, type FormEvent } from 'react';
import { localToday } from '../../lib/workbench/dates';
import type { SoaWorkRow } from '../../lib/workbench/soa';
import { approveSoaVersion } from '../../lib/workbench/soaVersions';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { DataTable } from '../shared/DataTable';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';

interface Props {
  workspace: Workspace;
  rows: readonly SoaWorkRow[];
  copy: WorkbenchCopy;
  onApproved: (next: Workspace, text: string) => void;
}

export function SoaApproval({ workspace, rows, copy, onApproved }: Props) {
  const words = copy.soa;
  const [label, setLabel] = useState('');
  const [approver, setApprover] = useState('');
  // The view renders only after hydration, so the visitor's own day is safe to read here.
  const [approvedOn, setApprovedOn] = useState(localToday);
  const [refusal, setRefusal] = useState<string | null>(null);
  const versions = workspace.soa.versions;

  const approve = (event: FormEvent) => {
    event.preventDefault();
    const checked = approveSoaVersion(workspace, rows, { label, approver, approvedOn }, new Date());
    if (!checked.ok) {
      setRefusal(fill(words.approvalRefused, { reason: checked.reason }));
      return;
    }
    setRefusal(null);
    setLabel('');
    onApproved(checked.value, fill(words.approved, { label: label.trim() }));
  };

  const versionRows = versions.map((version) => [
    version.label,
    version.approver,
    version.approvedOn,
    String(version.rows.filter((row) => !row.applicable).length),
  ]);

  return (
    <>
      <form className="workbench-form soa-approval" noValidate onSubmit={approve} aria-labelledby="soa-approve-heading">
        <h3 id="soa-approve-heading">{words.approveHeading}</h3>
        <p>{words.approveIntro}</p>
        <p className="field">
          <label htmlFor="soa-version-label">{words.versionLabel}</label>
          <input
            type="text"
            id="soa-version-label"
            value={label}
            aria-describedby={refusal ? 'soa-approval-refusal' : undefined}
            onChange={(event) => setLabel(event.target.value)}
          />
        </p>
        <p className="field">
          <label htmlFor="soa-approver">{words.approver}</label>
          <input type="text" id="soa-approver" value={approver} onChange={(event) => setApprover(event.target.value)} />
        </p>
        <p className="field">
          <label htmlFor="soa-approved-on">{words.approvedOn}</label>
          <input
            type="date"
            id="soa-approved-on"
            value={approvedOn}
            onChange={(event) => setApprovedOn(event.target.value)}
          />
        </p>
        <p className="actions">
          <button type="submit" className="button">
            {words.approve}
          </button>
        </p>
        <div role="alert">
          {refusal && (
            <p id="soa-approval-refusal" className="field-error">
              {refusal}
            </p>
          )}
        </div>
      </form>
      {versions.length > 0 && (
        <DataTable caption={words.versionsCaption} head={Object.values(words.versionColumns)} rows={versionRows} />
      )}
    </>
  );
}
