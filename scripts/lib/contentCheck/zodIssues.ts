/**
 * Turns a Zod issue into words an editor understands: what the field holds now, and what it
 * should hold. Schemas in src/schemas/ write their own messages as "expected …"; those are kept.
 */
import type { FieldPath } from './yamlSource';

/** The parts of a Zod 4 issue this module reads (structural, so it needs no Zod import). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  prefix?: string;
  suffix?: string;
  includes?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
}

export interface DescribedIssue {
  path: FieldPath;
  /** `title`, `sources[0].url`. */
  field: string;
  what: string;
  expected: string;
}

/** `sources[0].url` from ['sources', 0, 'url']. */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    '',
  );
}

function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (value, segment) => (value as Record<string | number, unknown> | undefined)?.[segment],
    data,
  );
}

/** A value as an editor typed it: strings quoted and shortened, dates as YYYY-MM-DD. */
export function showValue(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
};

const FORMAT_WORDS: Record<string, string> = {
  url: 'a full web address starting with https://',
  email: 'an e-mail address such as name@example.com',
};

function formatWords(issue: SchemaIssue): string {
  if (issue.format === 'ends_with') return `text ending with ${JSON.stringify(issue.suffix)}`;
  if (issue.format === 'starts_with') return `text starting with ${JSON.stringify(issue.prefix)}`;
  if (issue.format === 'includes') return `text containing ${JSON.stringify(issue.includes)}`;
  return FORMAT_WORDS[issue.format ?? ''] ?? issue.message;
}

function describeSize(issue: SchemaIssue, value: unknown, field: string): { what: string; expected: string } {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const atLeast = issue.code === 'too_small';
  const bound = issue.inclusive === false ? (atLeast ? 'more than' : 'fewer than') : atLeast ? 'at least' : 'at most';
  if (issue.origin === 'string' && typeof value === 'string') {
    const size = atLeast ? 'too short' : 'too long';
    return { what: `${field} is ${size} (${value.length} characters)`, expected: `${bound} ${limit} characters` };
  }
  if (issue.origin === 'array' && Array.isArray(value)) {
    return { what: `${field} has ${value.length} item${value.length === 1 ? '' : 's'}`, expected: `${bound} ${limit}` };
  }
  const numberBound = issue.inclusive === false ? (atLeast ? 'more than' : 'less than') : bound;
  return { what: `${field} is ${showValue(value)}`, expected: `${numberBound} ${limit}` };
}

function ownMessage(message: string): string {
  return message.replace(/^expected /, '');
}

/**
 * A whole-file rule (a refinement of the schema's root) whose message starts with the field it is
 * about, e.g. "sizeBands: costs … must not decrease": that field, so the problem gets its line.
 */
function fieldNamedInMessage(message: string, data: unknown): (string | number)[] | undefined {
  const name = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)[:\s]/.exec(message)?.[1];
  if (!name) return undefined;
  const path = name
    .split(/\.|(?=\[)/)
    .map((segment) => (/^\[\d+\]$/.test(segment) ? Number(segment.slice(1, -1)) : segment));
  return valueAt(data, path) === undefined ? undefined : path;
}

/** One issue in words, with the value found in `data` at its path. */
export function describeIssue(issue: SchemaIssue, data: unknown): DescribedIssue {
  if (issue.path.length === 0 && issue.code === 'custom') {
    const named = fieldNamedInMessage(issue.message, data);
    if (named) return { path: named, field: fieldName(named), what: issue.message, expected: '' };
  }
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const field = fieldName(path) || 'the file';
  const value = valueAt(data, path);
  const result = (what: string, expected: string): DescribedIssue => ({ path, field, what, expected });
  const isOwnMessage = /^expected /.test(issue.message);

  switch (issue.code) {
    case 'invalid_type': {
      const expected = isOwnMessage
        ? ownMessage(issue.message)
        : (TYPE_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'another kind of value');
      if (value === undefined)
        return result(`${field} is missing`, isOwnMessage ? expected : `this field, as ${expected}`);
      return result(`${field} is ${showValue(value)}`, expected);
    }
    case 'too_small':
    case 'too_big': {
      const { what, expected } = describeSize(issue, value, field);
      return result(what, expected);
    }
    case 'invalid_format':
      return result(`${field} is ${showValue(value)}`, isOwnMessage ? ownMessage(issue.message) : formatWords(issue));
    case 'invalid_value':
      return result(
        `${field} is ${showValue(value)}`,
        `one of ${(issue.values ?? []).map((option) => JSON.stringify(option)).join(', ')}`,
      );
    case 'unrecognized_keys':
      return result(
        `${field} has unknown fields ${(issue.keys ?? []).join(', ')}`,
        'only the fields documented in src/schemas/',
      );
    default:
      return isOwnMessage
        ? result(`${field} is ${showValue(value)}`, ownMessage(issue.message))
        : result(`${field}: ${issue.message}`, '');
  }
}

/** One described issue per field: Zod may report a field twice (format, then a refinement). */
export function describeIssues(issues: readonly SchemaIssue[], data: unknown): DescribedIssue[] {
  const seen = new Set<string>();
  return issues
    .map((issue) => describeIssue(issue, data))
    .filter((issue) => {
      if (seen.has(issue.field)) return false;
      seen.add(issue.field);
      return true;
    });
}
