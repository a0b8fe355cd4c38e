/**
 * Draft Statement of Applicability derived from the answers, one row per Annex A control.
 * - Excluded: every question mapped to the control was answered N/A with a justification;
 *   the justification is the N/A justifications, joined.
 * - Otherwise applicable; its status comes from the mapped questions that are not N/A:
 *   all implemented -> implemented; none answered -> not assessed; none implemented or partial
 *   -> not started; anything else -> partially implemented.
 * - Documented / evidenced: true only when every applicable mapped answer is marked so.
 */
import { effectiveStatus } from './scoring';
import type { Answer, ControlRef, Question, Role } from './types';

export type ControlStatus = 'implemented' | 'partial' | 'not-started' | 'not-assessed' | 'excluded';

export interface SoaRow {
  controlId: string;
  title: string;
  applicable: boolean;
  justification: string;
  status: ControlStatus;
  documented: boolean;
  evidenced: boolean;
  /** Questions that evidence the control. */
  questionIds: string[];
}

const ROLE_WORDS: Record<Role, string> = {
  developer: 'a developer of AI systems',
  provider: 'a provider of AI systems',
  user: 'an organization that uses AI systems',
};

/** Draft wording for why an applicable control is included. */
export function inclusionJustification(role: Role | null): string {
  const who = role ? ` for ${ROLE_WORDS[role]}` : '';
  return `Included: addresses risks of the AI systems in scope${who}; no exclusion recorded.`;
}

function controlStatus(statuses: string[]): ControlStatus {
  if (statuses.every((status) => status === 'implemented')) return 'implemented';
  if (statuses.every((status) => status === 'unanswered')) return 'not-assessed';
  if (statuses.every((status) => status === 'unanswered' || status === 'not-started')) return 'not-started';
  return 'partial';
}

/** One row per control, in the order given (the order of Annex A). */
export function deriveStatementOfApplicability(
  controls: readonly ControlRef[],
  // Only the mapping is read: the workbench passes just these two fields to keep its page light.
  questions: readonly Pick<Question, 'id' | 'controls'>[],
  answers: Record<string, Answer>,
  role: Role | null,
): SoaRow[] {
  return controls.map((control) => {
    const mapped = questions.filter((question) => question.controls.includes(control.id));
    const applicableAnswers = mapped.filter((question) => effectiveStatus(answers[question.id]) !== 'not-applicable');
    const base = { controlId: control.id, title: control.title, questionIds: mapped.map((question) => question.id) };
    if (mapped.length > 0 && applicableAnswers.length === 0) {
      const reasons = [...new Set(mapped.map((question) => answers[question.id]?.justification.trim() ?? ''))];
      return {
        ...base,
        applicable: false,
        justification: `Excluded: ${reasons.join('; ')}`,
        status: 'excluded',
        documented: false,
        evidenced: false,
      };
    }
    const relevant = applicableAnswers.map((question) => answers[question.id]);
    return {
      ...base,
      applicable: true,
      justification: inclusionJustification(role),
      status: controlStatus(relevant.map((answer) => effectiveStatus(answer))),
      documented: relevant.length > 0 && relevant.every((answer) => answer?.documented === true),
      evidenced: relevant.length > 0 && relevant.every((answer) => answer?.evidenced === true),
    };
  });
}
