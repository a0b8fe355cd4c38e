/**
 * Everything the workbench's files and reports show (issue 15, item 4), computed once from the
 * workspace: the assessment's results (computeResults), the SoA work rows, the gap list (question
 * gaps and workbench gaps combined) and the evidence figures. The workbook (readinessSheets.ts of
 * src/lib/workbook) and the printed management report both read this, so they never disagree.
 */
import { GAP_KIND_LABELS } from '../assessment/labels';
import { computeResults, type AssessmentContent, type AssessmentResults } from '../assessment/results';
import { evidenceFigures, type EvidenceFigures } from './evidenceRegister';
import { combineGaps, workbenchGaps, type AnyGap } from './gaps';
import { WORKBENCH_GAP_KIND_LABELS } from './labels';
import { soaWorkRows, type SoaWorkRow } from './soa';
import type { Workspace } from './workspaceSchema';

export interface ReadinessReport {
  results: AssessmentResults;
  /** Every control in Annex A order, edited entries in place of draft rows. */
  rows: SoaWorkRow[];
  /** Question gaps and workbench gaps by priority. */
  gaps: AnyGap[];
  evidence: EvidenceFigures;
  /** YYYY-MM-DD the figures are for (evidence states depend on it). */
  today: string;
}

/** Builds the report of `workspace` on `today` (YYYY-MM-DD). */
export function readinessReport(workspace: Workspace, content: AssessmentContent, today: string): ReadinessReport {
  const { scoping, answers } = workspace.assessment;
  const results = computeResults(content, { scoping, answers });
  const rows = soaWorkRows(results.soa, workspace.soa.entries);
  const items = workspace.evidence.items;
  const soaInUse = workspace.soa.entries.length > 0 || workspace.soa.versions.length > 0;
  const gaps = combineGaps(
    results.gaps,
    workbenchGaps({
      rows,
      soaInUse,
      questions: content.questions,
      scoping,
      items,
      systems: workspace.inventory.systems,
      today,
    }),
  );
  return { results, rows, gaps, evidence: evidenceFigures(results.soa, rows, items, today), today };
}

/** One gap in words: what kind, about what, and what to do. */
export interface GapLine {
  priority: 1 | 2 | 3;
  kind: string;
  /** The question, control, evidence item or AI system it is about (the person's own text where it is theirs). */
  subject: string;
  action: string;
}

/** The gap actions the workbench's own gaps suggest (question gaps carry theirs in the content). */
export const WORKBENCH_GAP_ACTIONS = {
  'overdue-evidence': 'Review the item and set its next review-by date.',
  'no-evidence': 'Link an item of the evidence register that shows the control runs.',
  'no-impact-assessment': 'Carry out the AI system impact assessment, or record why it is not required.',
  'unowned-control': 'Name the person or role who answers for the control in the SoA.',
} as const;

/** The question gaps' action for "in place, evidence not ready", as the assessment's results word it. */
export const NO_EVIDENCE_ACTION = 'Keep records an auditor can sample.';

/** Words for each gap, in the report's order; names come from the workspace and the content. */
export function gapLines(report: ReadinessReport, workspace: Workspace): GapLine[] {
  const titles = new Map(report.rows.map((row) => [row.controlId, row.title]));
  const control = (id: string) => (titles.has(id) ? `${id} ${titles.get(id)}` : id);
  const systems = new Map(workspace.inventory.systems.map((system) => [system.id, system.name]));
  const items = new Map(workspace.evidence.items.map((item) => [item.id, item.title]));
  return report.gaps.map((entry): GapLine => {
    if (entry.source === 'question') {
      const { question, kind, priority } = entry.gap;
      return {
        priority,
        kind: GAP_KIND_LABELS[kind],
        subject: question.text,
        action: kind === 'no-evidence' ? NO_EVIDENCE_ACTION : question.action,
      };
    }
    const { kind, priority, subject } = entry.gap;
    const about =
      subject.type === 'control'
        ? control(subject.controlId)
        : subject.type === 'system'
          ? (systems.get(subject.systemId) ?? subject.systemId)
          : `${items.get(subject.evidenceId) ?? subject.evidenceId}${
              subject.controlIds.length > 0 ? ` (${subject.controlIds.join(', ')})` : ''
            }`;
    return { priority, kind: WORKBENCH_GAP_KIND_LABELS[kind], subject: about, action: WORKBENCH_GAP_ACTIONS[kind] };
  });
}

/** The latest approved SoA version's label and date, or null while none was approved. */
export function latestApprovedVersion(workspace: Workspace): { label: string; approvedOn: string } | null {
  const latest = workspace.soa.versions.at(-1);
  return latest ? { label: latest.label, approvedOn: latest.approvedOn } : null;
}
