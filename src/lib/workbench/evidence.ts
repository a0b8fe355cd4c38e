/**
 * The evidence register's rules: the state of each item on a given day, the state of each
 * control, and the items the control pages suggest. "Today" is passed in as YYYY-MM-DD.
 *
 * An item supports a control when the item lists the control or the control's SoA entry lists the
 * item: either link counts, so the register and the SoA can be filled from either side.
 */
import type { SoaEntry } from './soaSchema';
import { daysBetween } from './dates';
import type { EvidenceItem } from './evidenceSchema';

/** An item is "due" from this many days before its review-by date. */
export const DUE_WITHIN_DAYS = 30;

export type EvidenceState = 'current' | 'due' | 'overdue';
/** A control's state: the worst of its items, or "missing" when it has none. */
export type ControlEvidenceState = EvidenceState | 'missing';

export const EVIDENCE_STATE_RULES = {
  missing: 'Missing: no item in the register supports the control.',
  current: `Current: the review-by date is more than ${DUE_WITHIN_DAYS} days away, or none is set.`,
  due: `Due: the review-by date is today or within the next ${DUE_WITHIN_DAYS} days.`,
  overdue: 'Overdue: the review-by date has passed.',
  control: 'A control takes the worst state of the items that support it.',
} as const;

/** The item's state on `today` (YYYY-MM-DD). */
export function evidenceItemState(item: Pick<EvidenceItem, 'reviewBy'>, today: string): EvidenceState {
  if (item.reviewBy === '') return 'current';
  const daysLeft = daysBetween(today, item.reviewBy);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_WITHIN_DAYS ? 'due' : 'current';
}

const SEVERITY: Record<ControlEvidenceState, number> = { current: 0, due: 1, overdue: 2, missing: 3 };

/** The items supporting each control, by control id (see the module comment for the links). */
export function itemsByControl(
  controlIds: readonly string[],
  items: readonly EvidenceItem[],
  entries: readonly Pick<SoaEntry, 'controlId' | 'evidenceIds'>[] = [],
): Map<string, EvidenceItem[]> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const linked = new Map(controlIds.map((id) => [id, new Set<EvidenceItem>()]));
  for (const item of items) for (const controlId of item.controlIds) linked.get(controlId)?.add(item);
  for (const entry of entries) {
    for (const itemId of entry.evidenceIds) {
      const item = byId.get(itemId);
      if (item) linked.get(entry.controlId)?.add(item);
    }
  }
  return new Map([...linked].map(([id, set]) => [id, [...set]]));
}

export interface ControlEvidence {
  controlId: string;
  state: ControlEvidenceState;
  items: EvidenceItem[];
}

/** Each control's evidence state on `today`, in the order of `controlIds`. */
export function controlEvidenceStates(
  controlIds: readonly string[],
  items: readonly EvidenceItem[],
  today: string,
  entries: readonly Pick<SoaEntry, 'controlId' | 'evidenceIds'>[] = [],
): ControlEvidence[] {
  const linked = itemsByControl(controlIds, items, entries);
  return controlIds.map((controlId) => {
    const supporting = linked.get(controlId) ?? [];
    const state = supporting.reduce<ControlEvidenceState>((worst, item) => {
      const itemState = evidenceItemState(item, today);
      return worst === 'missing' || SEVERITY[itemState] > SEVERITY[worst] ? itemState : worst;
    }, 'missing');
    return { controlId, state, items: supporting };
  });
}

const titleKey = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export interface EvidenceSuggestion {
  title: string;
  /** An item of this title already supports the control. */
  inRegister: boolean;
}

/**
 * What an auditor expects for the control, from the "evidence" list of its page
 * (content/controls/*.mdx, passed in by the build as `evidenceByControl`), marked when the
 * register already has an item of that title for the control.
 */
export function suggestedEvidence(
  controlId: string,
  evidenceByControl: Readonly<Record<string, readonly string[]>>,
  items: readonly EvidenceItem[],
): EvidenceSuggestion[] {
  const present = new Set(
    items.filter((item) => item.controlIds.includes(controlId)).map((item) => titleKey(item.title)),
  );
  return (evidenceByControl[controlId] ?? []).map((title) => ({ title, inRegister: present.has(titleKey(title)) }));
}
