/**
 * Turns the first zod issue into a reason a person can read ("inventory.systems[3].name must be
 * text of at most 120 characters"). zod/mini keeps its bundle small by not shipping message
 * texts, so the wording is ours; list positions are counted from 1.
 */
import type { Checked } from '../persistence/checked';

/** The parts of a zod issue the wording needs (structural, so it works with zod and zod/mini). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  values?: readonly unknown[];
}

const GENERIC_MESSAGE = 'Invalid input';

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Where the issue is, e.g. "inventory.systems[3].name" (positions from 1). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part + 1}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

function issueText(issue: SchemaIssue): string {
  if (issue.message && issue.message !== GENERIC_MESSAGE) return issue.message;
  const size = issue.origin === 'array' ? 'items' : 'characters';
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'something else'}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `must have at most ${issue.maximum} ${size}`
        : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'must not be empty'
        : `must have at least ${issue.minimum} ${size}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map(String).join(', ')}`;
    default:
      return 'is not valid';
  }
}

/** "field must …" for the first issue; `prefix` names the document for issues at its root. */
export function describeIssue(issue: SchemaIssue, prefix = ''): string {
  const where = [prefix, issuePath(issue.path)].filter(Boolean).join('.');
  return `${where || 'the value'} ${issueText(issue)}`;
}

/** Runs a zod safeParse result into Checked, with the first issue as the reason. */
export function checkedFromParse<T>(
  result: { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } },
  prefix = '',
): Checked<T> {
  if (result.success) return { ok: true, value: result.data };
  const [first] = result.error.issues;
  return { ok: false, reason: first ? describeIssue(first, prefix) : `${prefix || 'the value'} is not valid` };
}
