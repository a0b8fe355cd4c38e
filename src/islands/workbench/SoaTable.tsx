/**
 * The SoA's controls as a table: each control linked to its guidance page, its decision (and
 * whether it is still the draft's), status, owner, linked evidence, flags as text, and its actions.
 */
import type { SoaFinding, SoaWorkRow } from '../../lib/workbench/soa';
import { linkedEvidence } from '../../lib/workbench/soaWorkbench';
import type { EvidenceItem } from '../../lib/workbench/evidenceSchema';
import { controlPath } from '../../lib/slugs';
import { DataTable } from '../shared/DataTable';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { SoaPageData } from './SoaView';

type SoaCopy = WorkbenchCopy['soa'];

/** A flag in words (the same words in the table and in the form). */
export function findingText(finding: SoaFinding, data: SoaPageData, copy: SoaCopy): string {
  if (finding.kind === 'stale-exclusion') return fill(copy.flagStale, { changed: finding.lastChange.slice(0, 10) });
  const problem = data.problemLabels[finding.problem] ?? finding.problem;
  return fill(finding.excluded ? copy.flagExclusion : copy.flagInclusion, { problem });
}

interface Props {
  rows: readonly SoaWorkRow[];
  findings: Map<string, SoaFinding[]>;
  evidence: readonly EvidenceItem[];
  data: SoaPageData;
  copy: SoaCopy;
  onEdit: (row: SoaWorkRow) => void;
  onReset: (row: SoaWorkRow) => void;
}

export function SoaTable({ rows, findings, evidence, data, copy, onEdit, onReset }: Props) {
  const statusOf = (row: SoaWorkRow) =>
    row.applicable ? (data.statusLabels[row.status] ?? row.status) : copy.notApplicableStatus;
  const flagsOf = (row: SoaWorkRow) => {
    const flags = findings.get(row.controlId) ?? [];
    if (flags.length === 0) return copy.noFlags;
    return (
      <ul className="soa-flags">
        {flags.map((finding) => (
          <li key={finding.kind}>{findingText(finding, data, copy)}</li>
        ))}
      </ul>
    );
  };
  const cells = rows.map((row) => [
    <span key="control">
      <a href={controlPath(row.controlId)}>{row.controlId}</a> {row.title}
    </span>,
    <span key="decision">
      <strong>{row.applicable ? copy.included : copy.excluded}</strong>
      <span className="soa-source"> ({row.source === 'edited' ? copy.edited : copy.fromDraft})</span>
    </span>,
    statusOf(row),
    row.owner,
    linkedEvidence(row.evidenceIds, evidence)
      .map((item) => item.title)
      .join('; '),
    flagsOf(row),
    <span className="row-actions" key="actions">
      <button
        type="button"
        className="button-secondary"
        aria-label={fill(copy.editLabel, { id: row.controlId })}
        onClick={() => onEdit(row)}
      >
        {copy.edit}
      </button>
      {row.source === 'edited' && (
        <>
          {' '}
          <button
            type="button"
            className="button-secondary"
            aria-label={fill(copy.resetLabel, { id: row.controlId })}
            onClick={() => onReset(row)}
          >
            {copy.resetShort}
          </button>
        </>
      )}
    </span>,
  ]);
  return <DataTable caption={copy.caption} head={Object.values(copy.columns)} rows={cells} className="soa-table" />;
}
