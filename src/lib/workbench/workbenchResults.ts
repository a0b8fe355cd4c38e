/**
 * The workbench's results (issue 14, item 4): the assessment's own results (computeResults, the
 * same figures /assessment/ shows) with the workspace on top: the editable SoA rows, the
 * "documented and evidenced" figure from the register once it has items, and one gap list of the
 * question gaps and the workbench's gap items (README steps 5 to 7).
 */
import { computeResults, type AssessmentContent, type AssessmentResults } from '../assessment/results';
import { deriveStatementOfApplicability, type SoaRow } from '../assessment/statementOfApplicability';
import { controlEvidenceStates, type ControlEvidence } from './evidence';
import { evidenceFigures, type EvidenceFigures } from './evidenceRegister';
import { combineGaps, workbenchGaps, type AnyGap } from './gaps';
import { soaWorkRows, type SoaWorkRow } from './soa';
import type { Workspace } from './workspaceSchema';

/** What the SoA rows need of the content (a part of AssessmentContent). */
export type SoaContent = Pick<AssessmentContent, 'controls' | 'questions'>;

export interface WorkbenchSoa {
  /** The draft the answers give (deriveStatementOfApplicability). */
  draft: SoaRow[];
  /** Every control, edited entries in place of draft rows (soaWorkRows). */
  rows: SoaWorkRow[];
}

/** The SoA as the workbench sees it: today's draft with the person's edits on top. */
export function workbenchSoa(content: SoaContent, workspace: Workspace): WorkbenchSoa {
  const { scoping, answers } = workspace.assessment;
  const draft = deriveStatementOfApplicability(content.controls, content.questions, answers, scoping.role);
  return { draft, rows: soaWorkRows(draft, workspace.soa.entries) };
}

/** True once the SoA is being edited: a control has been edited or a version approved. */
export const soaInUse = (workspace: Workspace) => workspace.soa.entries.length > 0 || workspace.soa.versions.length > 0;

/** The evidence state of each applicable control on `today`, in Annex A order. */
export function applicableControlEvidence(rows: readonly SoaWorkRow[], workspace: Workspace, today: string) {
  const applicable = rows.filter((row) => row.applicable).map((row) => row.controlId);
  return controlEvidenceStates(applicable, workspace.evidence.items, today, rows);
}

export interface WorkbenchResults extends AssessmentResults {
  rows: SoaWorkRow[];
  figures: EvidenceFigures;
  /** Each applicable control's evidence state (see applicableControlEvidence). */
  controlEvidence: ControlEvidence[];
  /** Question gaps and workbench gap items in one list, by priority (combineGaps). */
  allGaps: AnyGap[];
}

/** Everything the "Results and gaps" view shows, computed from the workspace on `today` (YYYY-MM-DD). */
export function workbenchResults(content: AssessmentContent, workspace: Workspace, today: string): WorkbenchResults {
  const { scoping, answers } = workspace.assessment;
  const results = computeResults(content, { scoping, answers });
  const rows = soaWorkRows(results.soa, workspace.soa.entries);
  const items = workspace.evidence.items;
  const gaps = workbenchGaps({
    rows,
    soaInUse: soaInUse(workspace),
    questions: content.questions,
    scoping,
    items,
    systems: workspace.inventory.systems,
    today,
  });
  return {
    ...results,
    rows,
    figures: evidenceFigures(results.soa, rows, items, today),
    controlEvidence: applicableControlEvidence(rows, workspace, today),
    allGaps: combineGaps(results.gaps, gaps),
  };
}
