/**
 * Hand-written checks for answers that come from outside the program (localStorage, an imported
 * file). They replace a schema library to keep the island small. Each check names the first
 * field that is wrong, so a message can say what was rejected.
 */
import {
  ANSWER_STATUSES,
  EU_EXPOSURES,
  MAX_AI_SYSTEMS,
  MAX_JUSTIFICATION_LENGTH,
  MAX_NOTE_LENGTH,
  ROLES,
  SIZE_BANDS,
  type Answer,
  type AssessmentAnswers,
  type Scoping,
} from './types';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Most answers a saved assessment may hold; the bank has far fewer questions. */
export const MAX_ANSWERS = 500;
const QUESTION_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** null, undefined and "" all mean "not answered". */
function optionalChoice<T extends string>(
  options: readonly T[],
  value: unknown,
  field: string,
): Checked<T | null> {
  if (value === undefined || value === null || value === '') return { ok: true, value: null };
  return isOneOf(options, value) ? { ok: true, value } : fail(`${field} must be one of ${options.join(', ')}`);
}

function optionalText(value: unknown, max: number, field: string): Checked<string> {
  if (value === undefined || value === null) return { ok: true, value: '' };
  if (typeof value !== 'string') return fail(`${field} must be text`);
  return value.length <= max ? { ok: true, value } : fail(`${field} is longer than ${max} characters`);
}

function optionalFlag(value: unknown, field: string): Checked<boolean> {
  if (value === undefined || value === null) return { ok: true, value: false };
  return typeof value === 'boolean' ? { ok: true, value } : fail(`${field} must be true or false`);
}

/** Checks one answer. */
export function checkAnswer(value: unknown, field: string): Checked<Answer> {
  if (!isRecord(value)) return fail(`${field} must be an object`);
  const status = optionalChoice(ANSWER_STATUSES, value.status, `${field}.status`);
  if (!status.ok) return status;
  const justification = optionalText(value.justification, MAX_JUSTIFICATION_LENGTH, `${field}.justification`);
  if (!justification.ok) return justification;
  const note = optionalText(value.note, MAX_NOTE_LENGTH, `${field}.note`);
  if (!note.ok) return note;
  const documented = optionalFlag(value.documented, `${field}.documented`);
  if (!documented.ok) return documented;
  const evidenced = optionalFlag(value.evidenced, `${field}.evidenced`);
  if (!evidenced.ok) return evidenced;
  return {
    ok: true,
    value: {
      status: status.value,
      justification: justification.value,
      documented: documented.value,
      evidenced: evidenced.value,
      note: note.value,
    },
  };
}

/** Checks the answers object: question IDs as keys, answers as values. */
export function checkAnswers(value: unknown): Checked<Record<string, Answer>> {
  if (!isRecord(value)) return fail('answers must be an object');
  const entries = Object.entries(value);
  if (entries.length > MAX_ANSWERS) return fail(`answers holds more than ${MAX_ANSWERS} entries`);
  const answers: Record<string, Answer> = {};
  for (const [id, raw] of entries) {
    if (!QUESTION_ID.test(id)) return fail(`answers has an invalid question ID "${id.slice(0, 40)}"`);
    const answer = checkAnswer(raw, `answers.${id}`);
    if (!answer.ok) return answer;
    answers[id] = answer.value;
  }
  return { ok: true, value: answers };
}

/** Checks the scoping step; every field may still be unanswered (null). */
export function checkScoping(value: unknown): Checked<Scoping> {
  if (!isRecord(value)) return fail('scoping must be an object');
  const role = optionalChoice(ROLES, value.role, 'scoping.role');
  if (!role.ok) return role;
  const sizeBand = optionalChoice(SIZE_BANDS, value.sizeBand, 'scoping.sizeBand');
  if (!sizeBand.ok) return sizeBand;
  const euExposure = optionalChoice(EU_EXPOSURES, value.euExposure, 'scoping.euExposure');
  if (!euExposure.ok) return euExposure;
  const count = value.aiSystemCount;
  const countIsEmpty = count === undefined || count === null || (typeof count === 'number' && Number.isNaN(count));
  if (!countIsEmpty && !(Number.isInteger(count) && (count as number) >= 0 && (count as number) <= MAX_AI_SYSTEMS)) {
    return fail(`scoping.aiSystemCount must be a whole number from 0 to ${MAX_AI_SYSTEMS}`);
  }
  return {
    ok: true,
    value: {
      role: role.value,
      sizeBand: sizeBand.value,
      aiSystemCount: countIsEmpty ? null : (count as number),
      euExposure: euExposure.value,
    },
  };
}

/** Checks scoping and answers together. */
export function checkAssessmentAnswers(value: Record<string, unknown>): Checked<AssessmentAnswers> {
  const scoping = checkScoping(value.scoping);
  if (!scoping.ok) return scoping;
  const answers = checkAnswers(value.answers);
  if (!answers.ok) return answers;
  return { ok: true, value: { scoping: scoping.value, answers: answers.value } };
}
