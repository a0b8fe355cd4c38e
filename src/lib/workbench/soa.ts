/**
 * The editable Statement of Applicability: today's derived draft (src/lib/assessment/
 * statementOfApplicability.ts) with a person's edits on top. A control never edited follows the
 * draft, so it keeps changing with the answers; the first edit stores an entry for it, which then
 * stands on its own (resetSoaEntry goes back to the draft).
 *
 * Rules, stated for the method page as SOA_RULES:
 * - a justification is flagged when empty, shorter than MIN_SOA_JUSTIFICATION_LENGTH characters, or
 *   the generic text the draft writes (compared ignoring case, spaces and the "Included:" /
 *   "Excluded:" prefix); for an excluded control it is required: approval waits for it;
 * - an exclusion is stale when its justification was given before the last change of the
 *   inventory or of a scoping answer (a draft exclusion, never confirmed, counts as given never).
 */
import { inclusionJustification, type SoaRow } from '../assessment/statementOfApplicability';
import { ROLES, type Role } from '../scoping';
import { isBefore, laterTimestamp } from './dates';
import type { ImplementationStatus, SoaEntry } from './soaSchema';
import type { Workspace } from './workspaceSchema';

/** Fewer characters than this cannot name a reason an auditor would accept. */
export const MIN_SOA_JUSTIFICATION_LENGTH = 25;

export const SOA_RULES = {
  justification: `A justification is flagged when it is empty, shorter than ${MIN_SOA_JUSTIFICATION_LENGTH} characters, or the generic text of the draft. An excluded control needs one before a version can be approved.`,
  staleExclusion:
    'An exclusion is flagged as stale when the AI system inventory or a scoping answer changed after it was justified: check that the reason still holds.',
} as const;

/** One row of the editable SoA: the stored entry or the draft's, with what the page shows. */
export interface SoaWorkRow extends SoaEntry {
  title: string;
  /** "edited": a person's entry; "draft": derived from the answers, not edited yet. */
  source: 'draft' | 'edited';
}

/** The draft row as an entry: nothing owned or linked, never justified by a person. */
export function entryFromDraft(row: SoaRow): SoaEntry {
  const status: ImplementationStatus = row.status === 'excluded' ? 'not-assessed' : row.status;
  return {
    controlId: row.controlId,
    applicable: row.applicable,
    justification: row.justification,
    justifiedAt: '',
    status,
    owner: '',
    systemIds: [],
    risks: '',
    evidenceIds: [],
    notes: '',
    updatedAt: '',
  };
}

/** Every control in the draft's (Annex A) order, edited entries in place of draft rows. */
export function soaWorkRows(draft: readonly SoaRow[], entries: readonly SoaEntry[]): SoaWorkRow[] {
  const edited = new Map(entries.map((entry) => [entry.controlId, entry]));
  return draft.map((row) => {
    const entry = edited.get(row.controlId);
    return entry
      ? { ...entry, title: row.title, source: 'edited' }
      : { ...entryFromDraft(row), title: row.title, source: 'draft' };
  });
}

/** The fields a person edits. */
export type SoaEdit = Partial<Omit<SoaEntry, 'controlId' | 'justifiedAt' | 'updatedAt'>>;

/** Stores the row with the edit applied; `justifiedAt` moves when inclusion or justification changed. */
export function editSoaEntry(workspace: Workspace, row: SoaEntry, edit: SoaEdit, now = new Date()): Workspace {
  const at = now.toISOString();
  const next = { ...toEntry(row), ...edit, updatedAt: at };
  const rejustified = next.applicable !== row.applicable || next.justification !== row.justification;
  const entry: SoaEntry = { ...next, justifiedAt: rejustified ? at : row.justifiedAt };
  const others = workspace.soa.entries.filter((candidate) => candidate.controlId !== row.controlId);
  return { ...workspace, updatedAt: at, soa: { ...workspace.soa, entries: [...others, entry] } };
}

/** Drops the control's entry: it follows the draft again. */
export function resetSoaEntry(workspace: Workspace, controlId: string, now = new Date()): Workspace {
  const entries = workspace.soa.entries.filter((entry) => entry.controlId !== controlId);
  return { ...workspace, updatedAt: now.toISOString(), soa: { ...workspace.soa, entries } };
}

/** Only the stored fields of a row (drops title and source), arrays copied. */
export function toEntry(row: SoaEntry): SoaEntry {
  return {
    controlId: row.controlId,
    applicable: row.applicable,
    justification: row.justification,
    justifiedAt: row.justifiedAt,
    status: row.status,
    owner: row.owner,
    systemIds: [...row.systemIds],
    risks: row.risks,
    evidenceIds: [...row.evidenceIds],
    notes: row.notes,
    updatedAt: row.updatedAt,
  };
}

export type JustificationProblem = 'empty' | 'too-short' | 'generic';

const normalise = (text: string) =>
  text
    .trim()
    .replace(/^(included|excluded)\s*:\s*/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .toLocaleLowerCase();

/** The draft's generic wording, for every role and for none, normalised. */
const GENERIC_JUSTIFICATIONS = new Set(
  [null, ...ROLES].map((role: Role | null) => normalise(inclusionJustification(role))),
);

/** What is wrong with a justification, or null when it can stand. */
export function justificationProblem(text: string): JustificationProblem | null {
  const reason = normalise(text);
  if (reason === '') return 'empty';
  if (GENERIC_JUSTIFICATIONS.has(reason)) return 'generic';
  if (reason.length < MIN_SOA_JUSTIFICATION_LENGTH) return 'too-short';
  return null;
}

/** The last change an exclusion must postdate: of the inventory or of a scoping answer ('' never). */
export const lastScopeChange = (workspace: Workspace) =>
  laterTimestamp(workspace.inventory.changedAt, workspace.assessment.scopingChangedAt);

/** True for an exclusion justified before `lastChange` (see the module comment). */
export function isStaleExclusion(row: SoaEntry, lastChange: string): boolean {
  return !row.applicable && isBefore(row.justifiedAt, lastChange);
}

export type SoaFinding =
  | { controlId: string; kind: 'justification'; problem: JustificationProblem; excluded: boolean }
  | { controlId: string; kind: 'stale-exclusion'; justifiedAt: string; lastChange: string };

/** Every flag of the SoA, in row order: justification problems, then a stale exclusion. */
export function soaFindings(rows: readonly SoaEntry[], lastChange: string): SoaFinding[] {
  return rows.flatMap((row): SoaFinding[] => {
    const findings: SoaFinding[] = [];
    const problem = justificationProblem(row.justification);
    if (problem) findings.push({ controlId: row.controlId, kind: 'justification', problem, excluded: !row.applicable });
    if (isStaleExclusion(row, lastChange)) {
      findings.push({ controlId: row.controlId, kind: 'stale-exclusion', justifiedAt: row.justifiedAt, lastChange });
    }
    return findings;
  });
}
