/**
 * Shapes shared by the readiness assessment's logic, storage and island.
 * Plain data only: everything here must survive JSON.stringify and a round trip through a file.
 */
import type { EuExposure, Role, SizeBand } from '../scoping';

/**
 * Version of the saved and exported answer format (the shapes below). Bump it and add a
 * migration in migrations.ts whenever the shape of `scoping` or `answers` changes. It lives here,
 * not in migrations.ts, so that saving does not load the migrations with the page.
 */
export const CURRENT_VERSION = 2;

/** Answer options, in the order the wizard shows them. */
export const ANSWER_STATUSES = ['not-started', 'partial', 'implemented', 'not-applicable'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

// The scoping vocabulary is shared with the estimator: defined in src/lib/scoping.ts, re-exported for this tool's modules.
export { EU_EXPOSURES, ROLES, SIZE_BANDS, type EuExposure, type Role, type SizeBand } from '../scoping';

/** Longest N/A justification and note kept, in characters. */
export const MAX_JUSTIFICATION_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2000;
/** An N/A answer counts only with a justification of at least this many characters. */
export const MIN_JUSTIFICATION_LENGTH = 10;
/** Upper bound for the number of AI systems, to reject nonsense input. */
export const MAX_AI_SYSTEMS = 100_000;

/** One answer to one question. `status: null` means not answered yet. */
export interface Answer {
  status: AnswerStatus | null;
  /** Why the question does not apply; required when status is not-applicable. */
  justification: string;
  /** A written procedure, policy or record exists. */
  documented: boolean;
  /** Proof that it runs (records, tickets, logs) could be shown to an auditor. */
  evidenced: boolean;
  /** Free text for the team. */
  note: string;
}

/** The scoping step. Each field is null until answered. */
export interface Scoping {
  role: Role | null;
  sizeBand: SizeBand | null;
  aiSystemCount: number | null;
  euExposure: EuExposure | null;
}

/** What a person enters: the scoping step plus one answer per question ID. */
export interface AssessmentAnswers {
  scoping: Scoping;
  answers: Record<string, Answer>;
}

/** Something a scoping answer can raise the priority of a gap for: a role, or a possibly high-risk EU AI system. */
export type Emphasis = Role | 'eu-high-risk';

/** A question of the bank (content/data/assessment.yaml), as the logic needs it. */
export interface Question {
  /** Stable ID; answers are stored under it. Lower case letters, digits and hyphens. */
  id: string;
  /** Area (wizard step): a clause number "4".."10" or an Annex A group "A.2".."A.10". */
  area: string;
  text: string;
  help: string;
  /** What to do when this is a gap. */
  action: string;
  clauses: string[];
  controls: string[];
  /** Site path of the guidance page. */
  guidance: string;
  /** 1 = an auditor will look for it first, 2 = core, 3 = maturity. */
  priority: 1 | 2 | 3;
  /** Scoping answers that move a gap on this question up one priority level. */
  raisedFor: Emphasis[];
}

/** A wizard step that holds questions: a clause or an Annex A group. */
export interface Area {
  id: string;
  kind: 'clause' | 'group';
  title: string;
}

/** A control of Annex A with its published title. */
export interface ControlRef {
  id: string;
  title: string;
}

/** A readiness band: the highest band whose rule a result meets applies. */
export interface Band {
  id: string;
  label: string;
  /** Lowest overall readiness percentage for this band. */
  minPercent: number;
  /** When true, the band also needs every priority-1 question implemented (or justified N/A). */
  requiresNoEssentialGaps: boolean;
  /** What the band means, in one or two sentences. */
  summary: string;
}

/** A phase of the path to certification (content/data/certification.yaml). */
export interface Phase {
  id: string;
  name: string;
  minWeeks: number;
  maxWeeks: number;
}

/** The certification timeline for every scoping profile, computed by the estimator's rule at build time. */
export type { TimelineTable } from './timelineTable';

/** An empty answer, used for questions not answered yet. */
export function emptyAnswer(): Answer {
  return { status: null, justification: '', documented: false, evidenced: false, note: '' };
}

/** A scoping step with nothing answered. */
export function emptyScoping(): Scoping {
  return { role: null, sizeBand: null, aiSystemCount: null, euExposure: null };
}
