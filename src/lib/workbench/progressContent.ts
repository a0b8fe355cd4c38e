/**
 * The content the workbench's progress view needs (snapshots and their comparison), as compact as
 * the page can pass it to the island: a question keeps what its fingerprint, its area and the
 * Statement of Applicability read (id, area, text, priority, controls), not its help or guidance.
 */
import { scoreAssessment } from '../assessment/scoring';
import type { Area, ControlRef, Question } from '../assessment/types';
import { frozenQuestions } from './snapshotComparison';
import type { Snapshot } from './snapshotSchema';
import type { SnapshotContent } from './snapshots';

export type CompactQuestion = Pick<Question, 'id' | 'area' | 'text' | 'priority' | 'controls'>;

export interface ProgressContent {
  contentVersion: string;
  /** Areas in the assessment's order, each with the label its step shows ("Clause 6: Planning"). */
  areas: (Area & { label: string })[];
  questions: CompactQuestion[];
  controls: ControlRef[];
}

/** What the page passes: only the fields the progress view reads. */
export function compactProgressContent(
  content: Pick<SnapshotContent, 'areas' | 'questions' | 'controls' | 'contentVersion'>,
  areaLabel: (area: Area) => string,
): ProgressContent {
  return {
    contentVersion: content.contentVersion,
    areas: content.areas.map(({ id, kind, title }) => ({ id, kind, title, label: areaLabel({ id, kind, title }) })),
    questions: content.questions.map(({ id, area, text, priority, controls }) => ({
      id,
      area,
      text,
      priority,
      controls,
    })),
    controls: content.controls.map(({ id, title }) => ({ id, title })),
  };
}

/** The content as snapshots.ts takes it; the fields left out are never read there. */
export function snapshotContentOf(content: ProgressContent): SnapshotContent {
  return {
    contentVersion: content.contentVersion,
    areas: content.areas.map(({ id, kind, title }) => ({ id, kind, title })),
    questions: content.questions.map((question) => ({
      ...question,
      help: '',
      action: '',
      clauses: [],
      guidance: '',
      raisedFor: [],
    })),
    controls: content.controls,
  };
}

/** Overall readiness of a snapshot with the results' scoring rule, from its own questions; null with nothing applicable. */
export function snapshotOverallReadiness(snapshot: Snapshot, areas: readonly Area[]): number | null {
  return scoreAssessment(areas, frozenQuestions(snapshot), snapshot.answers).overall.percent;
}
