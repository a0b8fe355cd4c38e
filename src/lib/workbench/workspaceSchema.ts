/**
 * The readiness workspace: everything the workbench keeps for one organization in one versioned
 * record (the assessment's answers, the AI system inventory, the editable Statement of
 * Applicability and the evidence register). Format version 3 continues the assessment's own
 * numbering (1 and 2 are the answer formats of src/lib/assessment): a saved or exported
 * assessment is a workspace of an older version and migrates to this one (workspaceFormat.ts).
 */
import * as z from 'zod/mini';
import type { AssessmentAnswers } from '../assessment/types';
import { checkAssessmentAnswers } from '../assessment/validation';
import { isRecord, type Checked } from '../persistence/checked';
import { evidenceRegisterSchema, type EvidenceRegister } from './evidenceSchema';
import { firstDuplicate, textSchema, timestampSchema } from './fields';
import { inventorySchema, type Inventory } from './inventorySchema';
import { checkedFromParse } from './issues';
import { soaSchema, type EditableSoa } from './soaSchema';
import { snapshotListSchema, type Snapshot } from './snapshotSchema';

/** The workspace's format version; the assessment's answer formats are 1 and 2. */
export const WORKSPACE_VERSION = 3;

/** The assessment's answers with what the assessment saves around them. */
export interface WorkspaceAssessment extends AssessmentAnswers {
  /** When the answers were last saved (ISO time; '' unknown). */
  savedAt: string;
  /** contentVersion of the question bank the answers were given to. */
  contentVersion: string;
  /** Wizard step the person was on. */
  step: string;
  /** When a scoping answer last changed (ISO time, '' never seen): stale exclusions compare to it. */
  scopingChangedAt: string;
}

export interface Workspace {
  version: typeof WORKSPACE_VERSION;
  /** Last change to anything in the workspace (ISO time). */
  updatedAt: string;
  assessment: WorkspaceAssessment;
  inventory: Inventory;
  soa: EditableSoa;
  evidence: EvidenceRegister;
  /** Named, dated snapshots, oldest first (snapshots.ts); [] when none was taken. */
  snapshots: Snapshot[];
}

const assessmentMetaSchema = z.object({
  savedAt: textSchema(80),
  contentVersion: textSchema(80),
  step: textSchema(80),
  scopingChangedAt: timestampSchema,
});

const workbenchPartsSchema = z.object({
  updatedAt: timestampSchema,
  inventory: inventorySchema,
  soa: soaSchema,
  evidence: evidenceRegisterSchema,
  // Added to version 3 before any page wrote it, so a workspace without it reads as having none.
  snapshots: snapshotListSchema,
});

/** Ids that must be unique, with the words a reason uses. */
function duplicateReason(
  value: Omit<Workspace, 'version' | 'assessment' | 'snapshots'> & { snapshots: { id: string }[] },
): string | null {
  const lists: [string, string[]][] = [
    ['inventory.systems', value.inventory.systems.map((system) => system.id)],
    ['evidence.items', value.evidence.items.map((item) => item.id)],
    ['soa.entries', value.soa.entries.map((entry) => entry.controlId)],
    ['snapshots', value.snapshots.map((snapshot) => snapshot.id)],
  ];
  for (const [field, ids] of lists) {
    const duplicate = firstDuplicate(ids);
    if (duplicate !== null) return `${field} holds "${duplicate}" twice`;
  }
  return null;
}

/**
 * Validates a value already brought to WORKSPACE_VERSION. The answers go through the assessment's
 * own checks (the same rules as its import); the workbench parts through their zod schemas.
 */
export function checkWorkspace(value: Record<string, unknown>): Checked<Workspace> {
  const assessment = value.assessment;
  if (!isRecord(assessment)) return { ok: false, reason: 'assessment must be an object' };
  const answers = checkAssessmentAnswers(assessment);
  if (!answers.ok) return { ok: false, reason: `assessment.${answers.reason}` };
  const meta = checkedFromParse(assessmentMetaSchema.safeParse(assessment), 'assessment');
  if (!meta.ok) return meta;
  const parts = checkedFromParse(workbenchPartsSchema.safeParse(value));
  if (!parts.ok) return parts;
  const duplicate = duplicateReason(parts.value);
  if (duplicate) return { ok: false, reason: duplicate };
  const snapshots: Snapshot[] = [];
  for (const [index, snapshot] of parts.value.snapshots.entries()) {
    const frozen = checkAssessmentAnswers(snapshot);
    if (!frozen.ok) return { ok: false, reason: `snapshots[${index + 1}].${frozen.reason}` };
    snapshots.push({ ...snapshot, ...frozen.value });
  }
  return {
    ok: true,
    value: {
      version: WORKSPACE_VERSION,
      ...parts.value,
      snapshots,
      assessment: { ...meta.value, ...answers.value },
    },
  };
}
