/**
 * What the workbench's Statement of Applicability view computes around soa.ts: the rows of today's
 * draft (the derivation the assessment's results use) with the person's edits, the flags counted
 * and looked up by control, a filter by Annex A area, the evidence items a control links to, and
 * re-confirming an exclusion whose reason still holds after the inventory or scoping changed.
 */
import { areaOfReference } from '../assessment/questionBank';
import { deriveStatementOfApplicability } from '../assessment/statementOfApplicability';
import type { ControlRef, Question } from '../assessment/types';
import type { EvidenceItem } from './evidenceSchema';
import { editSoaEntry, soaWorkRows, type SoaFinding, type SoaWorkRow } from './soa';
import type { SoaEntry } from './soaSchema';
import type { Workspace } from './workspaceSchema';

/** The build's content the SoA needs: the controls in Annex A order and which questions map to them. */
export interface SoaContent {
  controls: readonly ControlRef[];
  questions: readonly Pick<Question, 'id' | 'controls'>[];
}

/** Every control's row: the draft derived from the workspace's answers, edited entries in its place. */
export function workspaceSoaRows(workspace: Workspace, content: SoaContent): SoaWorkRow[] {
  const { answers, scoping } = workspace.assessment;
  const draft = deriveStatementOfApplicability(content.controls, content.questions, answers, scoping.role);
  return soaWorkRows(draft, workspace.soa.entries);
}

/** The Annex A area of a control: "A.6.2.8" -> "A.6". */
export const controlArea = (controlId: string) => areaOfReference(controlId);

export interface SoaFindingCounts {
  /** Every flag. */
  total: number;
  /** Controls with at least one flag. */
  controls: number;
  /** Excluded controls whose justification cannot stand: approval waits for these. */
  blocking: number;
  /** Included controls whose justification is empty, too short or generic. */
  weakInclusions: number;
  /** Exclusions justified before the inventory or scoping last changed. */
  stale: number;
}

export function countSoaFindings(findings: readonly SoaFinding[]): SoaFindingCounts {
  const isJustification = (finding: SoaFinding) => finding.kind === 'justification';
  return {
    total: findings.length,
    controls: new Set(findings.map((finding) => finding.controlId)).size,
    blocking: findings.filter((finding) => isJustification(finding) && finding.excluded).length,
    weakInclusions: findings.filter((finding) => isJustification(finding) && !finding.excluded).length,
    stale: findings.filter((finding) => finding.kind === 'stale-exclusion').length,
  };
}

/** The flags of each control, by control id. */
export function findingsByControl(findings: readonly SoaFinding[]): Map<string, SoaFinding[]> {
  const byControl = new Map<string, SoaFinding[]>();
  for (const finding of findings)
    byControl.set(finding.controlId, [...(byControl.get(finding.controlId) ?? []), finding]);
  return byControl;
}

export interface SoaRowFilter {
  /** An Annex A area ("A.6"), or '' for every area. */
  area: string;
  /** Only the controls with a flag. */
  flaggedOnly: boolean;
}

export function filterSoaRows<Row extends SoaEntry>(
  rows: readonly Row[],
  findings: readonly SoaFinding[],
  filter: SoaRowFilter,
): Row[] {
  const flagged = new Set(findings.map((finding) => finding.controlId));
  return rows.filter(
    (row) =>
      (filter.area === '' || controlArea(row.controlId) === filter.area) &&
      (!filter.flaggedOnly || flagged.has(row.controlId)),
  );
}

/** The register's items a control links to, in the order linked; ids of deleted items are left out. */
export function linkedEvidence(evidenceIds: readonly string[], items: readonly EvidenceItem[]): EvidenceItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return evidenceIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The person checked that an exclusion's reason still holds after the inventory or scoping
 * changed: the justification counts as given now, so the exclusion is no longer stale.
 */
export function reconfirmJustification(workspace: Workspace, row: SoaEntry, now = new Date()): Workspace {
  const stored = editSoaEntry(workspace, row, {}, now);
  const at = now.toISOString();
  const entries = stored.soa.entries.map((entry) =>
    entry.controlId === row.controlId ? { ...entry, justifiedAt: at } : entry,
  );
  return { ...stored, soa: { ...stored.soa, entries } };
}
