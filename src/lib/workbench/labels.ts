/**
 * Words shown for the workbench's stored values, shared by the island, the CSV and the method
 * page (as src/lib/assessment/labels.ts does for the assessment). Tier words are not here: they
 * come from the check's tree in content (`tiers[].label` of content/data/ai-act-check.yaml).
 */
import { CONTROL_STATUS_LABELS } from '../assessment/labels';
import { DUE_WITHIN_DAYS, type ControlEvidenceState } from './evidence';
import type { WorkbenchGapKind } from './gaps';
import type { ImpactAssessmentStatus, LifecycleStage, TierSource } from './inventorySchema';
import type { JustificationProblem } from './soa';
import type { ContentChangeKind } from './snapshotComparison';
import type { ImplementationStatus } from './soaSchema';

export const LIFECYCLE_STAGE_LABELS: Record<LifecycleStage, string> = {
  planned: 'Planned',
  development: 'In development',
  validation: 'In verification and validation',
  deployed: 'Deployed',
  retired: 'Retired',
};

export const IMPACT_ASSESSMENT_LABELS: Record<ImpactAssessmentStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'not-required': 'Not required',
};

export const TIER_SOURCE_LABELS: Record<TierSource, string> = {
  check: 'From the EU AI Act check',
  manual: 'Chosen by hand',
};

export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  implemented: CONTROL_STATUS_LABELS.implemented,
  partial: CONTROL_STATUS_LABELS.partial,
  'not-started': CONTROL_STATUS_LABELS['not-started'],
  'not-assessed': CONTROL_STATUS_LABELS['not-assessed'],
};

export const EVIDENCE_STATE_LABELS: Record<ControlEvidenceState, string> = {
  missing: 'Missing',
  current: 'Current',
  due: `Due within ${DUE_WITHIN_DAYS} days`,
  overdue: 'Overdue',
};

export const JUSTIFICATION_PROBLEM_LABELS: Record<JustificationProblem, string> = {
  empty: 'No justification yet',
  'too-short': 'Too short to convince an auditor',
  generic: 'Still the generic text of the draft',
};

export const WORKBENCH_GAP_KIND_LABELS: Record<WorkbenchGapKind, string> = {
  'overdue-evidence': 'Evidence overdue for review',
  'no-evidence': 'Control without evidence',
  'no-impact-assessment': 'AI system without impact assessment',
  'unowned-control': 'Control without owner',
};

/** Why a row of a snapshot comparison is not counted as progress (answers use EFFECTIVE_STATUS_LABELS). */
export const CONTENT_CHANGE_LABELS: Record<ContentChangeKind, string> = {
  changed: 'Content changed between the snapshots',
  added: 'Only in the later snapshot',
  removed: 'Only in the earlier snapshot',
};
