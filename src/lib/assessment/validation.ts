/**
 * Hand-written checks for answers that come from outside the program (localStorage, an imported
 * file). They replace a schema library to keep the island small. A check names the first field
 * that is wrong, so a message can say what was rejected.
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
import { isRecord, type Checked } from '../persistence/checked';

export { isRecord, type Checked } from '../persistence/checked';

/** Most answers a saved assessment may hold; the bank has far fewer questions. */
export const MAX_ANSWERS = 500;
export const QUESTION_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Thrown inside this module only; turned into { ok: false } at the boundary. */
class InvalidField extends Error {}

function reject(reason: string): never {
  throw new InvalidField(reason);
}

function record(value: unknown, field: string): Record<string, unknown> {
  return isRecord(value) ? value : reject(`${field} must be an object`);
}

/** null, undefined and "" all mean "not answered". */
function choice<T extends string>(options: readonly T[], value: unknown, field: string): T | null {
  if (value == null || value === '') return null;
  return (options as readonly unknown[]).includes(value)
    ? (value as T)
    : reject(`${field} must be one of ${options.join(', ')}`);
}

function text(value: unknown, max: number, field: string): string {
  if (value == null) return '';
  return typeof value === 'string' && value.length <= max
    ? value
    : reject(`${field} must be text of at most ${max} characters`);
}

function flag(value: unknown, field: string): boolean {
  if (value == null) return false;
  return typeof value === 'boolean' ? value : reject(`${field} must be true or false`);
}

function readAnswer(value: unknown, field: string): Answer {
  const answer = record(value, field);
  return {
    status: choice(ANSWER_STATUSES, answer.status, `${field}.status`),
    justification: text(answer.justification, MAX_JUSTIFICATION_LENGTH, `${field}.justification`),
    documented: flag(answer.documented, `${field}.documented`),
    evidenced: flag(answer.evidenced, `${field}.evidenced`),
    note: text(answer.note, MAX_NOTE_LENGTH, `${field}.note`),
  };
}

function readScoping(value: unknown): Scoping {
  const scoping = record(value, 'scoping');
  const count = scoping.aiSystemCount;
  // JSON turns NaN into null; a number input left empty gives NaN before that.
  const empty = count == null || Number.isNaN(count);
  if (!empty && !(Number.isInteger(count) && (count as number) >= 0 && (count as number) <= MAX_AI_SYSTEMS)) {
    reject(`scoping.aiSystemCount must be a whole number from 0 to ${MAX_AI_SYSTEMS}`);
  }
  return {
    role: choice(ROLES, scoping.role, 'scoping.role'),
    sizeBand: choice(SIZE_BANDS, scoping.sizeBand, 'scoping.sizeBand'),
    aiSystemCount: empty ? null : (count as number),
    euExposure: choice(EU_EXPOSURES, scoping.euExposure, 'scoping.euExposure'),
  };
}

function readAnswers(value: unknown): Record<string, Answer> {
  const entries = Object.entries(record(value, 'answers'));
  if (entries.length > MAX_ANSWERS) reject(`answers holds more than ${MAX_ANSWERS} entries`);
  const answers: Record<string, Answer> = {};
  for (const [id, raw] of entries) {
    if (!QUESTION_ID.test(id)) reject(`answers has an invalid question ID "${id.slice(0, 40)}"`);
    answers[id] = readAnswer(raw, `answers.${id}`);
  }
  return answers;
}

/** Checks scoping and answers together; every scoping field may still be unanswered (null). */
export function checkAssessmentAnswers(value: Record<string, unknown>): Checked<AssessmentAnswers> {
  try {
    return { ok: true, value: { scoping: readScoping(value.scoping), answers: readAnswers(value.answers) } };
  } catch (error) {
    if (error instanceof InvalidField) return { ok: false, reason: error.message };
    throw error;
  }
}
