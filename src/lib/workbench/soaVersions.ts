/**
 * Approved versions of the Statement of Applicability and the change log between them. Approving
 * freezes a copy of every row; the log compares consecutive copies field by field (timestamps
 * aside), and the current rows with the last approved copy.
 */
import type { Checked } from '../persistence/checked';
import { isCalendarDate } from './dates';
import { MAX_NAME_LENGTH } from './fields';
import { justificationProblem, toEntry } from './soa';
import { MAX_SOA_VERSIONS, type ApprovedSoaVersion, type SoaEntry } from './soaSchema';
import type { Workspace } from './workspaceSchema';

export interface SoaApproval {
  label: string;
  approver: string;
  /** YYYY-MM-DD, as written on the signed document. */
  approvedOn: string;
}

/** The fields the change log compares. */
export const SOA_COMPARED_FIELDS = [
  'applicable',
  'justification',
  'status',
  'owner',
  'systemIds',
  'risks',
  'evidenceIds',
  'notes',
] as const;
export type SoaField = (typeof SOA_COMPARED_FIELDS)[number];

function approvalProblem(workspace: Workspace, rows: readonly SoaEntry[], approval: SoaApproval): string | null {
  const label = approval.label.trim();
  if (label === '' || label.length > MAX_NAME_LENGTH)
    return `The version needs a label of 1 to ${MAX_NAME_LENGTH} characters.`;
  if (workspace.soa.versions.some((version) => version.label === label))
    return `A version is already labelled "${label}".`;
  const approver = approval.approver.trim();
  if (approver === '' || approver.length > MAX_NAME_LENGTH)
    return `The approver needs a name of 1 to ${MAX_NAME_LENGTH} characters.`;
  if (!isCalendarDate(approval.approvedOn)) return 'The approval date must be a date written YYYY-MM-DD.';
  if (workspace.soa.versions.length >= MAX_SOA_VERSIONS)
    return `At most ${MAX_SOA_VERSIONS} approved versions are kept.`;
  const unjustified = rows.filter((row) => !row.applicable && justificationProblem(row.justification) !== null);
  if (unjustified.length > 0) {
    return `Excluded controls need a justification first: ${unjustified.map((row) => row.controlId).join(', ')}.`;
  }
  return null;
}

/**
 * Records an approved version: a frozen copy of `rows` (soaWorkRows of the moment). Refused, with
 * the reason, when label, approver or date is missing, the label is taken, or an excluded control
 * lacks a justification that can stand.
 */
export function approveSoaVersion(
  workspace: Workspace,
  rows: readonly SoaEntry[],
  approval: SoaApproval,
  now = new Date(),
): Checked<Workspace> {
  const problem = approvalProblem(workspace, rows, approval);
  if (problem) return { ok: false, reason: problem };
  const at = now.toISOString();
  const version: ApprovedSoaVersion = {
    label: approval.label.trim(),
    approver: approval.approver.trim(),
    approvedOn: approval.approvedOn,
    recordedAt: at,
    rows: rows.map(toEntry),
  };
  const soa = { ...workspace.soa, versions: [...workspace.soa.versions, version] };
  return { ok: true, value: { ...workspace, updatedAt: at, soa } };
}

export interface SoaControlChange {
  controlId: string;
  /** "added" or "removed": the control is in one copy only (a new edition of the control list). */
  kind: 'changed' | 'added' | 'removed';
  fields: SoaField[];
  before: SoaEntry | null;
  after: SoaEntry | null;
  /** When the later row was last edited (ISO time; '' for a draft row). */
  changedAt: string;
}

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, index) => item === b[index]) : a === b;

/** What changed from one set of rows to another, control by control in the later order. */
export function compareSoaRows(before: readonly SoaEntry[], after: readonly SoaEntry[]): SoaControlChange[] {
  const earlier = new Map(before.map((row) => [row.controlId, row]));
  const later = new Set(after.map((row) => row.controlId));
  const changes: SoaControlChange[] = [];
  for (const row of after) {
    const old = earlier.get(row.controlId);
    if (!old) {
      changes.push({
        controlId: row.controlId,
        kind: 'added',
        fields: [],
        before: null,
        after: row,
        changedAt: row.updatedAt,
      });
      continue;
    }
    const fields = SOA_COMPARED_FIELDS.filter((field) => !sameValue(old[field], row[field]));
    if (fields.length > 0)
      changes.push({
        controlId: row.controlId,
        kind: 'changed',
        fields,
        before: old,
        after: row,
        changedAt: row.updatedAt,
      });
  }
  for (const row of before) {
    if (!later.has(row.controlId)) {
      changes.push({ controlId: row.controlId, kind: 'removed', fields: [], before: row, after: null, changedAt: '' });
    }
  }
  return changes;
}

export interface SoaVersionChanges {
  /** The earlier version's label. */
  from: string;
  to: string;
  /** The later version's approval date (YYYY-MM-DD). */
  approvedOn: string;
  changes: SoaControlChange[];
}

/** The change log: what each approved version changed from the one before, oldest first. */
export function soaChangeLog(versions: readonly ApprovedSoaVersion[]): SoaVersionChanges[] {
  return versions.slice(1).map((version, index) => {
    const previous = versions[index] as ApprovedSoaVersion;
    return {
      from: previous.label,
      to: version.label,
      approvedOn: version.approvedOn,
      changes: compareSoaRows(previous.rows, version.rows),
    };
  });
}

/** Changes of the current rows since the last approved version (all rows "added" before any approval). */
export function soaChangesSinceApproval(
  versions: readonly ApprovedSoaVersion[],
  rows: readonly SoaEntry[],
): SoaControlChange[] {
  return compareSoaRows(versions.at(-1)?.rows ?? [], rows.map(toEntry));
}
