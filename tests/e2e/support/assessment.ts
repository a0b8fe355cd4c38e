// The readiness assessment as its specs see it: the question bank read from content (not from the
// page), the answers the keyboard tests give, saved states to start from, and role-based locators.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { areasFromStandard } from '../../../src/lib/assessment/questionBank';
import { STORAGE_KEY, saveAssessment } from '../../../src/lib/assessment/storageWrite';
import type { Answer, AnswerStatus, AssessmentAnswers, Question, Scoping } from '../../../src/lib/assessment/types';
import type { Page } from './fixture';

export { STORAGE_KEY };

export const assessmentData = parse(readFileSync('content/data/assessment.yaml', 'utf8'));
const standard = parse(readFileSync('content/data/standard.yaml', 'utf8'));
export const questions: Question[] = assessmentData.questions.map((question: Partial<Question>) => ({
  clauses: [],
  controls: [],
  priority: 2,
  raisedFor: [],
  ...question,
}));
export const areas = areasFromStandard({
  ...standard,
  groups: standard.groups.map((group: object) => ({ controls: [], ...group })),
});
export const questionsOf = (areaId: string) => questions.filter((question) => question.area === areaId);

/** The options of every question as the page labels them. */
export const STATUS_LABELS: Record<AnswerStatus, string> = {
  'not-started': 'Not started',
  partial: 'Partly in place',
  implemented: 'Implemented',
  'not-applicable': 'Not applicable',
};

/** The answer the keyboard tests give to the question at this position: a mix of every status. */
const PATTERN: AnswerStatus[] = ['implemented', 'partial', 'not-started', 'implemented'];
export const NOT_APPLICABLE_QUESTION = 'lifecycle-event-logs';
export const JUSTIFICATION = 'Our systems are bought-in services; the supplier keeps the logs.';

/** The keyboard tests' answers to every question, for seeding and for computing expected results. */
export function journeyAnswers(): Record<string, Answer> {
  return Object.fromEntries(
    questions.map((question, index) => {
      const status = question.id === NOT_APPLICABLE_QUESTION ? 'not-applicable' : PATTERN[index % PATTERN.length]!;
      const flagged = index % 8 === 0;
      const justification = status === 'not-applicable' ? JUSTIFICATION : '';
      return [question.id, { status, justification, documented: flagged, evidenced: flagged, note: '' }];
    }),
  );
}

export const JOURNEY_SCOPING: Scoping = {
  role: 'provider',
  sizeBand: '50-500',
  aiSystemCount: 4,
  euExposure: 'high-risk',
};

/** localStorage as the island saves it (its own writer), to put in place before the page loads. */
export function savedAssessment(state: Partial<AssessmentAnswers> & { step: string }): Record<string, string> {
  const saved = new Map<string, string>();
  const memory = { setItem: (key: string, value: string) => void saved.set(key, value) } as Storage;
  const scoping = state.scoping ?? { role: null, sizeBand: null, aiSystemCount: null, euExposure: null };
  saveAssessment(memory, { scoping, answers: state.answers ?? {}, step: state.step }, assessmentData.contentVersion);
  return Object.fromEntries(saved);
}

export async function storedAssessment(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}

const number = (question: Question) => questions.indexOf(question) + 1;

/** Locators for what a person sees in the wizard. */
export function wizard(page: Page) {
  const form = page.getByRole('form');
  const nav = page.getByRole('navigation', { name: 'Assessment steps' });
  return {
    /** The current step's heading, which takes focus on every step change. */
    stepHeading: form.getByRole('heading', { level: 2 }),
    stepLink: (name: RegExp | string) => nav.getByRole('button', { name }),
    next: page.getByRole('button', { name: 'Next', exact: true }),
    seeResults: page.getByRole('button', { name: 'See results', exact: true }),
    liveReadiness: nav.getByText(/Readiness so far:/),
    question: (question: Question) => page.getByRole('group', { name: `${number(question)}. ${question.text}` }),
    status: (question: Question, status: AnswerStatus) =>
      page
        .getByRole('group', { name: `${number(question)}. ${question.text}` })
        .getByRole('radio', { name: STATUS_LABELS[status], exact: true }),
    evidence: (question: Question, flag: 'Documented' | 'Evidenced') =>
      page
        .getByRole('group', { name: `Evidence for question ${number(question)} (optional)` })
        .getByRole('checkbox', { name: flag }),
    note: (question: Question) => page.getByLabel(`Note on question ${number(question)} (optional)`),
    justification: page.getByLabel('Why does this not apply? (required)'),
    roleGroup: page.getByRole('group', { name: 'What is your main role towards AI?' }),
    sizeGroup: page.getByRole('group', { name: 'How many people work in your organization?' }),
    countField: page.getByLabel('How many AI systems would the management system cover?'),
    euGroup: page.getByRole('group', { name: 'Do any of your AI systems fall under the EU AI Act?' }),
    /** "42%": the Overall row of the results' readiness table. */
    overallReadiness: page
      .getByRole('table', { name: 'Readiness by area' })
      .getByRole('row', { name: /^Overall\b/ })
      .getByRole('cell')
      .first(),
    soaTable: page.getByRole('table', { name: 'Annex A controls' }),
    dataPanel: page.getByRole('region', { name: 'Your answers stay in this browser' }),
    importField: page.getByLabel('Import answers from a JSON export'),
  };
}
