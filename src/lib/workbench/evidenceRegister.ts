/**
 * Editing the evidence register inside a workspace, and the "documented and evidenced" figures the
 * results show: from the register once it has items, from the answers before that (the rule of
 * src/lib/assessment/statementOfApplicability.ts: every applicable mapped answer marked so).
 */
import type { SoaRow } from '../assessment/statementOfApplicability';
import { newRecordId } from './fields';
import { evidenceItemState, itemsByControl } from './evidence';
import type { EvidenceItem } from './evidenceSchema';
import type { SoaEntry } from './soaSchema';
import type { Workspace } from './workspaceSchema';

export const DOCUMENTED_EVIDENCED_RULE =
  'Once the evidence register has items, a control counts as documented when at least one item supports it, and as evidenced when at least one of those has been reviewed and is not overdue. Before that, the answers decide: every applicable question mapped to the control marked documented, or evidenced.';

/** A new item: `title`, linked to `controlIds`, not reviewed yet. */
export function newEvidenceItem(
  title: string,
  controlIds: readonly string[],
  takenIds: ReadonlySet<string>,
  now = new Date(),
  random: () => number = Math.random,
): EvidenceItem {
  return {
    id: newRecordId('evidence', takenIds, random),
    title,
    location: '',
    owner: '',
    controlIds: [...controlIds],
    clauseIds: [],
    lastReviewed: '',
    reviewBy: '',
    notes: '',
    updatedAt: now.toISOString(),
  };
}

/** The ids in use, for newEvidenceItem. */
export const evidenceIds = (workspace: Workspace) => new Set(workspace.evidence.items.map((item) => item.id));

/** Adds the item, or replaces the one with the same id in place; stamps it. */
export function saveEvidenceItem(workspace: Workspace, item: EvidenceItem, now = new Date()): Workspace {
  const at = now.toISOString();
  const stamped = { ...item, updatedAt: at };
  const items = workspace.evidence.items;
  const index = items.findIndex((candidate) => candidate.id === item.id);
  const next =
    index === -1 ? [...items, stamped] : items.map((candidate, position) => (position === index ? stamped : candidate));
  return { ...workspace, updatedAt: at, evidence: { items: next } };
}

/** Removes the item and the SoA's links to it. */
export function removeEvidenceItem(workspace: Workspace, itemId: string, now = new Date()): Workspace {
  const entries = workspace.soa.entries.map((entry) =>
    entry.evidenceIds.includes(itemId)
      ? { ...entry, evidenceIds: entry.evidenceIds.filter((id) => id !== itemId) }
      : entry,
  );
  return {
    ...workspace,
    updatedAt: now.toISOString(),
    evidence: { items: workspace.evidence.items.filter((item) => item.id !== itemId) },
    soa: { ...workspace.soa, entries },
  };
}

export interface ControlEvidenceFigure {
  controlId: string;
  documented: boolean;
  evidenced: boolean;
}

export interface EvidenceFigures {
  /** "register" once it has items, else "answers". */
  source: 'register' | 'answers';
  /** One per applicable control, in row order. */
  controls: ControlEvidenceFigure[];
  applicable: number;
  documentedAndEvidenced: number;
}

/**
 * "Documented and evidenced" per applicable control and in total (see DOCUMENTED_EVIDENCED_RULE).
 * `draft` gives the answers' figures; `rows` (soaWorkRows) say which controls apply.
 */
export function evidenceFigures(
  draft: readonly SoaRow[],
  rows: readonly SoaEntry[],
  items: readonly EvidenceItem[],
  today: string,
): EvidenceFigures {
  const applicable = rows.filter((row) => row.applicable);
  const source = items.length > 0 ? 'register' : 'answers';
  let controls: ControlEvidenceFigure[];
  if (source === 'answers') {
    const drafted = new Map(draft.map((row) => [row.controlId, row]));
    controls = applicable.map(({ controlId }) => ({
      controlId,
      documented: drafted.get(controlId)?.documented ?? false,
      evidenced: drafted.get(controlId)?.evidenced ?? false,
    }));
  } else {
    const linked = itemsByControl(
      applicable.map((row) => row.controlId),
      items,
      rows,
    );
    controls = applicable.map(({ controlId }) => {
      const supporting = linked.get(controlId) ?? [];
      const evidenced = supporting.some(
        (item) => item.lastReviewed !== '' && evidenceItemState(item, today) !== 'overdue',
      );
      return { controlId, documented: supporting.length > 0, evidenced };
    });
  }
  return {
    source,
    controls,
    applicable: controls.length,
    documentedAndEvidenced: controls.filter((control) => control.documented && control.evidenced).length,
  };
}
