/**
 * Gap items from the workbench: what the inventory, the SoA and the evidence register show is
 * missing. They sit beside the question gaps of src/lib/assessment/gaps.ts and use its priority
 * scale (1 = an auditor looks first) and its raising rule (effectivePriority). The rules are text
 * constants so /assessment/method/ states exactly what the code does.
 */
import { effectivePriority, type Gap } from '../assessment/gaps';
import type { Emphasis, Question, Scoping } from '../assessment/types';
import { controlEvidenceStates, evidenceItemState } from './evidence';
import type { EvidenceItem } from './evidenceSchema';
import type { InventorySystem } from './inventorySchema';
import type { SoaEntry } from './soaSchema';

export type WorkbenchGapKind = 'overdue-evidence' | 'no-evidence' | 'no-impact-assessment' | 'unowned-control';

export type Priority = 1 | 2 | 3;

export const CONTROL_PRIORITY_RULE =
  "A control's priority is the highest priority of the questions mapped to it, after the scoping answers raised them as in the gap list; a control no question maps to has priority 2.";

export const WORKBENCH_GAP_RULES: Record<WorkbenchGapKind, string> = {
  'overdue-evidence':
    'Overdue evidence: an item of the register past its review-by date. Priority: that of the most urgent control it supports (2 when it supports clauses only).',
  'no-evidence':
    "Control without evidence: an applicable control that no item of the register supports, once the register is in use. Priority: the control's.",
  'no-impact-assessment':
    'System without impact assessment: an AI system in scope whose impact assessment is not done (and not marked as not required). Priority 1 when its EU AI Act tier is high-risk or prohibited, otherwise 2.',
  'unowned-control':
    "Control without owner: an applicable control with no owner, once the SoA is being edited (a control has been edited or a version approved). Priority: one level below the control's.",
};

export const WORKBENCH_GAP_ORDER_RULE =
  'Gap items are ordered by priority, then overdue evidence, controls without evidence, systems without impact assessment and controls without owner, then in Annex A, register or inventory order.';

export type GapSubject =
  | { type: 'control'; controlId: string }
  | { type: 'evidence'; evidenceId: string; controlIds: string[] }
  | { type: 'system'; systemId: string };

export interface ControlPriority {
  priority: Priority;
  raisedBy: Emphasis | null;
}

const DEFAULT_PRIORITY: ControlPriority = { priority: 2, raisedBy: null };

export interface WorkbenchGap {
  kind: WorkbenchGapKind;
  priority: Priority;
  subject: GapSubject;
  /** What raised the priority: a scoping answer, or the system's high-risk tier. */
  raisedBy: Emphasis | 'high-risk-system' | null;
}

const KIND_ORDER: Record<WorkbenchGapKind, number> = {
  'overdue-evidence': 0,
  'no-evidence': 1,
  'no-impact-assessment': 2,
  'unowned-control': 3,
};

/** The control's priority by CONTROL_PRIORITY_RULE. */
export function controlPriority(controlId: string, questions: readonly Question[], scoping: Scoping): ControlPriority {
  const mapped = questions
    .filter((question) => question.controls.includes(controlId))
    .map((question) => effectivePriority(question, scoping));
  return mapped.reduce<ControlPriority>(
    (best, next) => (next.priority < best.priority ? next : best),
    mapped[0] ?? DEFAULT_PRIORITY,
  );
}

export interface WorkbenchGapInput {
  /** soaWorkRows: every control, edited or from the draft. */
  rows: readonly SoaEntry[];
  /** True when a control was edited or a version approved (workspace.soa not empty). */
  soaInUse: boolean;
  questions: readonly Question[];
  scoping: Scoping;
  items: readonly EvidenceItem[];
  systems: readonly InventorySystem[];
  /** YYYY-MM-DD. */
  today: string;
}

const HIGH_TIERS = new Set(['high-risk', 'prohibited']);

/** Every gap item of the workbench, ordered by WORKBENCH_GAP_ORDER_RULE. */
export function workbenchGaps(input: WorkbenchGapInput): WorkbenchGap[] {
  const { rows, questions, scoping, items, systems, today } = input;
  const applicable = rows.filter((row) => row.applicable);
  const priorities = new Map(rows.map((row) => [row.controlId, controlPriority(row.controlId, questions, scoping)]));
  const priorityOf = (controlId: string) => priorities.get(controlId) ?? DEFAULT_PRIORITY;
  const gaps: WorkbenchGap[] = [];

  for (const item of items) {
    if (evidenceItemState(item, today) !== 'overdue') continue;
    const supported = item.controlIds.map(priorityOf);
    const urgent = supported.reduce(
      (best, next) => (next.priority < best.priority ? next : best),
      supported[0] ?? DEFAULT_PRIORITY,
    );
    gaps.push({
      kind: 'overdue-evidence',
      ...urgent,
      subject: { type: 'evidence', evidenceId: item.id, controlIds: item.controlIds },
    });
  }
  if (items.length > 0) {
    for (const { controlId, state } of controlEvidenceStates(
      applicable.map((row) => row.controlId),
      items,
      today,
      rows,
    )) {
      if (state === 'missing')
        gaps.push({
          kind: 'no-evidence',
          ...priorityOf(controlId),
          subject: { type: 'control', controlId },
        });
    }
  }
  for (const system of systems) {
    const { status } = system.impactAssessment;
    if (!system.inScope || status === 'done' || status === 'not-required') continue;
    const high = system.euAiAct.tier !== null && HIGH_TIERS.has(system.euAiAct.tier);
    gaps.push({
      kind: 'no-impact-assessment',
      priority: high ? 1 : 2,
      raisedBy: high ? 'high-risk-system' : null,
      subject: { type: 'system', systemId: system.id },
    });
  }
  if (input.soaInUse) {
    for (const row of applicable) {
      if (row.owner.trim() !== '') continue;
      const control = priorityOf(row.controlId);
      gaps.push({
        kind: 'unowned-control',
        priority: Math.min(3, control.priority + 1) as Priority,
        raisedBy: control.raisedBy,
        subject: { type: 'control', controlId: row.controlId },
      });
    }
  }
  // Array.prototype.sort is stable: within a kind and priority, the order above stays.
  return gaps.sort((a, b) => a.priority - b.priority || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export const COMBINED_GAP_ORDER_RULE =
  "The workbench's results show the assessment's gaps and these gap items as one list by priority; within one priority, the assessment's gaps come first, each list in its own order.";

export type AnyGap = { source: 'question'; gap: Gap } | { source: 'workbench'; gap: WorkbenchGap };

/** The question gaps and the workbench's in one list by priority (question gaps first within one). */
export function combineGaps(questionGaps: readonly Gap[], gaps: readonly WorkbenchGap[]): AnyGap[] {
  const all: AnyGap[] = [
    ...questionGaps.map((gap) => ({ source: 'question' as const, gap })),
    ...gaps.map((gap) => ({ source: 'workbench' as const, gap })),
  ];
  return all.sort((a, b) => a.gap.priority - b.gap.priority);
}
